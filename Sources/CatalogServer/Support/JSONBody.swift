import CatalogModel
import Foundation
import Hummingbird
import NIOCore

/// Reads a JSON request body: too large is 413, not JSON is 400, a missing or wrong field is 422 naming it.
enum JSONBody {
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, limit: Int) async throws -> T {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw CatalogError(code: .payloadTooLarge, message: "the request body is larger than \(limit) bytes")
        }
        guard buffer.readableBytes > 0 else {
            throw CatalogError(code: .badRequest, message: "the request body is empty; send a JSON object")
        }
        let data = Data(buffer.readableBytesView)
        guard (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil else {
            throw CatalogError(code: .badRequest, message: "the request body is not valid JSON")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw describe(error)
        }
    }

    /// A decoding failure as an `invalidInput` error naming the field (`config.port`, `input_datasets[0]`).
    static func describe(_ error: DecodingError) -> CatalogError {
        switch error {
        case .keyNotFound(let key, let context):
            return .invalid(path(context.codingPath + [key]), "is required")
        case .valueNotFound(_, let context):
            return .invalid(path(context.codingPath), "must not be null")
        case .typeMismatch(let expected, let context):
            return .invalid(path(context.codingPath), "must be \(describe(expected))")
        case .dataCorrupted(let context):
            return .invalid(path(context.codingPath), context.debugDescription)
        @unknown default:
            return .invalid("body", "cannot be read")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue, key.stringValue == "Index \(index)" || Int(key.stringValue) == index {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text.isEmpty ? "body" : text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Int64.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is [Any].Type: "an array"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}

extension Request {
    /// The query parameters as a plain dictionary (the last value of a repeated name wins).
    var parameters: [String: String] {
        var result: [String: String] = [:]
        for (key, value) in uri.queryParameters { result[String(key)] = String(value) }
        return result
    }
}

extension TorroRequestContext {
    /// A numeric path parameter; anything else names nothing, so it is a 404 for that kind of entity.
    func id(_ name: String = "id", of kind: String) throws -> Int64 {
        let text = parameters.get(name) ?? ""
        guard let id = Int64(text) else { throw CatalogError.notFound(kind, text) }
        return id
    }
}
