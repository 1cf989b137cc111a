import Foundation

/// One object (a blob, a file) as a listing reports it.
public struct StoredObject: Sendable, Hashable {
    /// The path inside its container, `/`-separated, without a leading `/`.
    public var key: String
    public var size: Int64
    public var etag: String?
    public var lastModified: Date?
    public var contentType: String?

    public init(key: String, size: Int64, etag: String? = nil, lastModified: Date? = nil, contentType: String? = nil) {
        self.key = key
        self.size = size
        self.etag = etag
        self.lastModified = lastModified
        self.contentType = contentType
    }
}

/// Storage that holds objects in containers: Azure Blob Storage, or a folder on disk (one container, "").
public protocol ObjectStore: Sendable {
    /// The containers to discover, after the connection's container filter.
    func containers() async throws -> [String]
    /// Lists every object under `prefix` in `container`, one page at a time, in key order.
    func list(container: String, prefix: String, page: @Sendable ([StoredObject]) async throws -> Void) async throws
    /// The bytes of `range` of an object, clamped to its length.
    func read(container: String, key: String, range: Range<Int64>) async throws -> [UInt8]
}

/// Why storage could not do what was asked, sorted by what discovery should do about it.
public struct StorageError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// A credential was refused: the run fails at once, and `message` says which credential and what to check.
        case authentication
        /// The credential was accepted but may not do this (a SAS without list permission, an RBAC role missing).
        case authorization
        /// The container or object does not exist (any more).
        case notFound
        /// Throttling or a network fault that outlived the retries.
        case transient
        /// Anything else: a malformed response, an unexpected status.
        case other
    }

    public var kind: Kind
    public var message: String
    /// The HTTP status, where there was one.
    public var status: Int?

    public init(_ kind: Kind, _ message: String, status: Int? = nil) {
        self.kind = kind
        self.message = message
        self.status = status
    }

    public var description: String { message }
}
