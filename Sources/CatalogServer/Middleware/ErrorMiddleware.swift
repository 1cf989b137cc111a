import CatalogModel
import Foundation
import Hummingbird
import NIOCore
import Logging

/// Turns every error into the JSON error body with its status; internals go to the log, never the client.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = TorroRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as CatalogError {
            if error.code.httpStatus == .internalServerError || error.code == .unavailable {
                context.logger.error("request failed", metadata: ["error": "\(error)"])
            }
            return Self.response(error.code.httpStatus, code: error.code.name, message: error.message)
        } catch let error as any HTTPResponseError {
            let (code, message) = Self.describe(error.status, path: request.uri.path)
            return Self.response(error.status, code: code, message: message)
        } catch {
            context.logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            return Self.response(.internalServerError, code: CatalogError.Code.internalError.name,
                                 message: "an internal error occurred; the server log has the details")
        }
    }

    static func response(_ status: HTTPResponse.Status, code: String, message: String) -> Response {
        let body = ErrorBody(error: .init(code: code, message: message))
        let data = (try? JSONEncoder().encode(body)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    private static func describe(_ status: HTTPResponse.Status, path: String) -> (String, String) {
        switch status {
        case .notFound: (CatalogError.Code.notFound.name, "no route matches \(path)")
        case .methodNotAllowed: ("method_not_allowed", "this method is not allowed on \(path)")
        case .contentTooLarge: (CatalogError.Code.payloadTooLarge.name, "the request body is too large")
        case .badRequest: (CatalogError.Code.badRequest.name, "the request cannot be read")
        case .unprocessableContent: (CatalogError.Code.invalidInput.name, "the request is not valid")
        default: ("http_\(status.code)", status.reasonPhrase)
        }
    }
}
