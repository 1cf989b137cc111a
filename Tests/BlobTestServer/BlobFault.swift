/// A failure the test server can answer with instead of serving a request, for retry tests.
public enum BlobFault: Sendable, Equatable {
    /// 503 ServerBusy, Azure's answer when an account or partition is over its limits; `Retry-After` seconds if given.
    case serverBusy(retryAfter: Int? = nil)
    /// 429 Too Many Requests with `Retry-After` seconds if given, as gateways and Entra ID throttle.
    case tooManyRequests(retryAfter: Int? = nil)
    /// 500 InternalError.
    case internalError
    /// Close the connection without answering.
    case dropConnection

    var error: BlobError? {
        switch self {
        case .serverBusy(let retryAfter):
            BlobError(.serviceUnavailable, "ServerBusy", "The server is currently unable to receive requests. Please retry your request.",
                      headers: retryAfter.map { [("Retry-After", String($0))] } ?? [])
        case .tooManyRequests(let retryAfter):
            BlobError(.tooManyRequests, "TooManyRequests", "Too many requests. Please retry your request later.",
                      headers: retryAfter.map { [("Retry-After", String($0))] } ?? [])
        case .internalError:
            BlobError(.internalServerError, "InternalError", "The server encountered an internal error. Please retry the request.")
        case .dropConnection:
            nil
        }
    }
}
