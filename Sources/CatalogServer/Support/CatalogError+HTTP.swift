import CatalogModel
import Hummingbird

extension CatalogError.Code {
    /// The HTTP status a domain error becomes.
    var httpStatus: HTTPResponse.Status {
        switch self {
        case .badRequest: .badRequest
        case .invalidInput: .unprocessableContent
        case .notFound: .notFound
        case .conflict: .conflict
        case .payloadTooLarge: .contentTooLarge
        case .forbidden: .forbidden
        case .unavailable: .serviceUnavailable
        default: .internalServerError
        }
    }
}

/// The body of every error response: `{"error": {"code", "message"}}`.
struct ErrorBody: Codable, Sendable {
    struct Detail: Codable, Sendable {
        let code: String
        let message: String
    }

    let error: Detail
}
