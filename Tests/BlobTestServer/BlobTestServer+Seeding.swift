import Foundation

extension BlobTestServer {
    /// Creates a container directly, without HTTP; does nothing if it exists.
    public func createContainer(account: String, name: String, metadata: [String: String] = [:]) throws {
        try checkAccount(account)
        guard !state.store.hasContainer(account: account, name: name) else { return }
        do {
            _ = try state.store.createContainer(account: account, name: name, metadata: Self.pairs(metadata), now: Date())
        } catch let error as BlobError where error.code == "ContainerAlreadyExists" {
            return  // created meanwhile by a request
        }
    }

    /// Stores a block blob directly, without HTTP, creating the container if needed: for large tests and benchmarks.
    /// `lastModified` sets both Creation-Time and Last-Modified, for tests that filter by date.
    public func put(
        account: String, container: String, key: String, bytes: [UInt8], contentType: String = "application/octet-stream",
        metadata: [String: String] = [:], lastModified: Date = Date()
    ) throws {
        try createContainer(account: account, name: container)
        var blob = StoredBlob(bytes: bytes, contentType: contentType, metadata: Self.pairs(metadata), etag: state.store.nextETag(), created: lastModified)
        blob.contentMD5 = BlobService.md5(bytes[...])
        _ = try state.store.putBlob(account: account, container: container, key: BlobKey(key), conditions: RequestConditions { _ in nil }) { _ in blob }
    }

    /// A blob's bytes, or nil when it does not exist.
    public func bytes(account: String, container: String, key: String) -> [UInt8]? {
        do {
            return try state.store.blob(account: account, container: container, key: BlobKey(key)).bytes
        } catch {
            return nil  // the store only fails here with ContainerNotFound or BlobNotFound
        }
    }

    private func checkAccount(_ account: String) throws {
        guard state.store.hasAccount(account) else {
            throw BlobTestServerError(message: "no account '\(account)' on this blob test server; pass it in start(accounts:)")
        }
    }

    private static func pairs(_ metadata: [String: String]) -> [(name: String, value: String)] {
        metadata.isEmpty ? [] : metadata.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
