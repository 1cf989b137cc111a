import Connectors
import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// Answers every request: logs it, applies an injected fault if one is pending, then serves the token endpoint
/// or a Blob operation, and adds the headers every Azure response carries.
struct BlobResponder: HTTPResponder {
    typealias Context = BlobRequestContext

    let state: BlobServerState

    /// The largest body accepted in one request; Put Blob on Azure allows more, but this server keeps blobs in memory.
    static let maxBodySize = 256 * 1024 * 1024
    /// The service version answered when the request does not name one.
    static let defaultVersion = "2025-11-05"

    func respond(to request: Request, context: Context) async throws -> Response {
        let requestID = UUID().uuidString.lowercased()
        var recorded = RecordedRequest(
            method: request.method.rawValue, path: request.uri.path, rawQuery: request.uri.query,
            headers: request.headers.map { ($0.name.rawName, $0.value) }, status: nil
        )
        let reply: BlobReply
        switch state.faults.take(for: recorded.path) {
        case .dropConnection?:
            state.log.withLock { $0.append(recorded) }
            try await context.channel.close()
            throw CancellationError()
        case let fault?:
            reply = Self.errorReply(fault.error ?? BlobError.notImplemented("fault"), requestID: requestID)
        case nil:
            reply = await serve(request, recorded: recorded, requestID: requestID, logger: context.logger)
        }
        recorded.status = Int(reply.status.code)
        state.log.withLock { $0.append(recorded) }
        return response(reply, to: recorded, requestID: requestID, isHead: request.method == .head)
    }

    private func serve(_ request: Request, recorded: RecordedRequest, requestID: String, logger: Logger) async -> BlobReply {
        do {
            let accountName = recorded.path.split(separator: "/").first.map(String.init) ?? ""
            if request.method == .post, !state.store.hasAccount(accountName), let tenant = TokenEndpoint.tenant(inPath: recorded.path) {
                let body = try await collect(request)
                let answer = try state.tokenEndpoint.respond(tenant: tenant, form: body)
                return BlobReply(answer.status, headers: [("Content-Type", "application/json; charset=utf-8"), ("Cache-Control", "no-store, no-cache")], body: answer.json)
            }
            var blobRequest = try BlobRequest(method: recorded.method, path: recorded.path, rawQuery: recorded.rawQuery, headers: recorded.headers)
            guard state.store.hasAccount(blobRequest.account) else {
                throw BlobError(.badRequest, "InvalidUri", "The requested URI does not represent any resource on the server.",
                                detail: "no storage account '\(blobRequest.account)' on this server")
            }
            let operation = try BlobOperation.identify(blobRequest)
            let overrides = try state.authenticator.authorize(blobRequest, operation, now: Date())
            if request.method == .put { blobRequest.body = try await collect(request) }
            return try state.service.perform(operation, blobRequest, overrides: overrides)
        } catch let error as BlobError {
            return Self.errorReply(error, requestID: requestID)
        } catch {
            logger.error("blob test server failed a request", metadata: ["request.id": "\(requestID)", "request.path": "\(recorded.path)", "error": "\(error)"])
            return Self.errorReply(BlobError(.internalServerError, "InternalError", "The server encountered an internal error. Please retry the request."), requestID: requestID)
        }
    }

    private func collect(_ request: Request) async throws -> [UInt8] {
        do {
            let buffer = try await request.body.collect(upTo: Self.maxBodySize)
            return Array(buffer.readableBytesView)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw BlobError(.contentTooLarge, "RequestBodyTooLarge", "The request body is too large and exceeds the maximum permissible limit.",
                            detail: "this test server accepts at most \(Self.maxBodySize) bytes per request")
        }
    }

    /// Azure's error answer: `x-ms-error-code`, and unless it is a HEAD or 304, the XML `<Error>` body.
    static func errorReply(_ error: BlobError, requestID: String) -> BlobReply {
        var xml = XMLWriter()
        xml.raw("<Error>")
        xml.element("Code", error.code)
        xml.element("Message", "\(error.message)\nRequestId:\(requestID)\nTime:\(UTCDate.iso8601(Date()).dropLast()).0000000Z")
        if let detail = error.detail {
            xml.element(error.code == "AuthenticationFailed" || error.status == .unauthorized ? "AuthenticationErrorDetail" : "Reason", detail)
        }
        xml.raw("</Error>")
        let headers = [("x-ms-error-code", error.code), ("Content-Type", "application/xml")] + error.headers
        return BlobReply(error.status, headers: headers, body: error.status == .notModified ? [] : xml.bytes)
    }

    private func response(_ reply: BlobReply, to request: RecordedRequest, requestID: String, isHead: Bool) -> Response {
        var fields = HTTPFields()
        var common = [
            ("x-ms-request-id", requestID), ("x-ms-version", request.header("x-ms-version") ?? Self.defaultVersion),
            ("Date", HTTPDate.format(Date())), ("Server", "Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0"),
        ]
        if let clientRequestID = request.header("x-ms-client-request-id") { common.append(("x-ms-client-request-id", clientRequestID)) }
        for (name, value) in reply.headers + common {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        let body = isHead ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body))
        return Response(status: reply.status, headers: fields, body: body)
    }
}
