/// The one domain error of Torro: a code that callers switch on and a message a user can act on.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is; new codes can be added without breaking callers.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// The stable, snake_case name of the code, as it appears in API responses.
        public let name: String
        public init(_ name: String) { self.name = name }
        public var description: String { name }

        /// The request body is not valid JSON or cannot be read.
        public static let badRequest = Code("bad_request")
        /// A field is missing, has the wrong type or a value out of range.
        public static let invalidInput = Code("invalid_input")
        /// The named entity does not exist.
        public static let notFound = Code("not_found")
        /// The request conflicts with the current state (a duplicate name, a running job).
        public static let conflict = Code("conflict")
        /// The request body is larger than the server accepts.
        public static let payloadTooLarge = Code("payload_too_large")
        /// The caller is not allowed to do this.
        public static let forbidden = Code("forbidden")
        /// A dependency (the database, a remote system) cannot be reached.
        public static let unavailable = Code("unavailable")
        /// Something went wrong inside Torro; the message never shows internals.
        public static let internalError = Code("internal_error")
    }

    public let code: Code
    public let message: String
    /// The underlying error, for logs only; never shown to API clients.
    public let cause: (any Error)?

    public init(code: Code, message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause
    }

    public var description: String {
        if let cause { return "\(code): \(message) (cause: \(cause))" }
        return "\(code): \(message)"
    }

    /// A missing or malformed field, named by its path (`config.jdbc_url`).
    public static func invalid(_ field: String, _ problem: String) -> CatalogError {
        CatalogError(code: .invalidInput, message: "\(field): \(problem)")
    }

    /// An entity of the given kind was not found.
    public static func notFound(_ kind: String, _ key: String) -> CatalogError {
        CatalogError(code: .notFound, message: "\(kind) '\(key)' not found")
    }
}
