import Foundation

/// Every account's containers and blobs, in memory, behind one lock.
///
/// Methods are the storage half of each REST operation: they check existence and conditions and change state
/// atomically; turning results into HTTP is `BlobService`'s job.
final class BlobStore: Sendable {
    private let accounts: Locked<[String: [String: StoredContainer]]>
    private let etagCounter: Locked<UInt64>

    init(accounts: [String]) {
        self.accounts = Locked(Dictionary(accounts.map { ($0, [:]) }, uniquingKeysWith: { first, _ in first }))
        // Azure ETags look like "0x8DC4F8A1B2C3D4E"; start from the clock so restarts do not repeat them.
        self.etagCounter = Locked(0x8DD_0000_0000_0000 + UInt64(Date().timeIntervalSince1970 * 1000))
    }

    func hasAccount(_ account: String) -> Bool {
        accounts.withLock { $0[account] != nil }
    }

    /// A fresh quoted ETag.
    func nextETag() -> String {
        let value = etagCounter.withLock { counter in
            counter += 1
            return counter
        }
        return "\"0x\(String(value, radix: 16, uppercase: true))\""
    }

    // MARK: Containers

    func createContainer(account: String, name: String, metadata: [(name: String, value: String)], now: Date) throws -> ContainerProperties {
        let properties = ContainerProperties(metadata: metadata, etag: nextETag(), lastModified: now.wholeSeconds)
        try accounts.withLock { state in
            guard state[account]?[name] == nil else {
                throw BlobError(.conflict, "ContainerAlreadyExists", "The specified container already exists.")
            }
            state[account]?[name] = StoredContainer(properties: properties)
        }
        return properties
    }

    func hasContainer(account: String, name: String) -> Bool {
        accounts.withLock { $0[account]?[name] != nil }
    }

    func deleteContainer(account: String, name: String) throws {
        try accounts.withLock { state in
            guard state[account]?.removeValue(forKey: name) != nil else { throw BlobError.containerNotFound() }
        }
    }

    func container(account: String, name: String) throws -> ContainerProperties {
        try accounts.withLock { state in
            guard let properties = state[account]?[name]?.properties else { throw BlobError.containerNotFound() }
            return properties
        }
    }

    func setContainerMetadata(account: String, name: String, metadata: [(name: String, value: String)], now: Date) throws -> ContainerProperties {
        let properties = ContainerProperties(metadata: metadata, etag: nextETag(), lastModified: now.wholeSeconds)
        return try accounts.withLock { state in
            guard state[account]?[name] != nil else { throw BlobError.containerNotFound() }
            state[account]?[name]?.properties = properties
            return properties
        }
    }

    /// Up to `limit` containers whose names start with `prefix`, from `start` on, and the name to continue from.
    func listContainers(account: String, prefix: String, start: String?, limit: Int) -> (items: [(String, ContainerProperties)], next: String?) {
        accounts.withLock { state in
            let names = (state[account] ?? [:]).keys
                .filter { name in BlobKey(name).hasPrefix(prefix) && start.map { BlobKey(name) >= BlobKey($0) } ?? true }
                .sorted { BlobKey($0) < BlobKey($1) }
            let page = names.prefix(limit).compactMap { name in state[account]?[name].map { (name, $0.properties) } }
            return (page, names.count > limit ? names[limit] : nil)
        }
    }

    // MARK: Blobs

    func blob(account: String, container: String, key: BlobKey) throws -> StoredBlob {
        try accounts.withLock { state in
            guard state[account]?[container] != nil else { throw BlobError.containerNotFound() }
            guard let blob = state[account]?[container]?.blobs[key] else { throw BlobError.blobNotFound() }
            return blob
        }
    }

    /// Puts a whole blob built by `make` from the blob it replaces, after `conditions` pass against that blob.
    func putBlob(account: String, container: String, key: BlobKey, conditions: RequestConditions,
                 make: (StoredBlob?) throws -> StoredBlob) throws -> StoredBlob {
        try accounts.withLock { state in
            guard state[account]?[container] != nil else { throw BlobError.containerNotFound() }
            let existing = state[account]?[container]?.blobs[key]
            try conditions.checkWrite(existing: existing.map { ($0.etag, $0.lastModified) })
            let blob = try make(existing)
            state[account]?[container]?.blobs[key] = blob
            state[account]?[container]?.stagedBlocks[key] = nil
            return blob
        }
    }

    func stageBlock(account: String, container: String, key: BlobKey, id: String, bytes: [UInt8]) throws {
        try accounts.withLock { state in
            guard state[account]?[container] != nil else { throw BlobError.containerNotFound() }
            state[account]?[container]?.stagedBlocks[key, default: [:]][id] = bytes
        }
    }

    /// Commits `entries` as the blob's content (Put Block List); `make` gets the assembled bytes, the block layout and
    /// the blob being replaced.
    func commitBlocks(account: String, container: String, key: BlobKey, entries: [BlockListEntry], conditions: RequestConditions,
                      make: ([UInt8], [(id: String, range: Range<Int>)], StoredBlob?) throws -> StoredBlob) throws -> StoredBlob {
        try accounts.withLock { state in
            guard state[account]?[container] != nil else { throw BlobError.containerNotFound() }
            let existing = state[account]?[container]?.blobs[key]
            try conditions.checkWrite(existing: existing.map { ($0.etag, $0.lastModified) })
            let staged = state[account]?[container]?.stagedBlocks[key] ?? [:]
            var committed: [String: ArraySlice<UInt8>] = [:]
            for block in existing?.blocks ?? [] { committed[block.id] = existing?.bytes[block.range] }
            var bytes: [UInt8] = []
            var layout: [(id: String, range: Range<Int>)] = []
            for entry in entries {
                let block: ArraySlice<UInt8>? = switch entry.source {
                case .committed: committed[entry.id]
                case .uncommitted: staged[entry.id].map { $0[...] }
                case .latest: staged[entry.id].map { $0[...] } ?? committed[entry.id]
                }
                guard let block else {
                    throw BlobError(.badRequest, "InvalidBlockList", "The specified block list is invalid.",
                                    detail: "block \(entry.id) (\(entry.source.rawValue)) was not found")
                }
                layout.append((entry.id, bytes.count..<bytes.count + block.count))
                bytes.append(contentsOf: block)
            }
            let blob = try make(bytes, layout, existing)
            state[account]?[container]?.blobs[key] = blob
            state[account]?[container]?.stagedBlocks[key] = nil
            return blob
        }
    }

    /// Changes a blob's properties or metadata in place (Set Blob Metadata, Set Blob Properties).
    func updateBlob(account: String, container: String, key: BlobKey, conditions: RequestConditions,
                    change: (inout StoredBlob) -> Void) throws -> StoredBlob {
        let etag = nextETag()
        return try accounts.withLock { state in
            guard state[account]?[container] != nil else { throw BlobError.containerNotFound() }
            guard var blob = state[account]?[container]?.blobs[key] else { throw BlobError.blobNotFound() }
            try conditions.checkWrite(existing: (blob.etag, blob.lastModified))
            change(&blob)
            blob.touch(etag: etag, now: Date())
            state[account]?[container]?.blobs[key] = blob
            return blob
        }
    }

    func deleteBlob(account: String, container: String, key: BlobKey, conditions: RequestConditions) throws {
        try accounts.withLock { state in
            guard state[account]?[container] != nil else { throw BlobError.containerNotFound() }
            guard let blob = state[account]?[container]?.blobs[key] else { throw BlobError.blobNotFound() }
            try conditions.checkWrite(existing: (blob.etag, blob.lastModified))
            state[account]?[container]?.blobs[key] = nil
        }
    }

    /// One List Blobs page: blobs with their properties, and virtual directories, plus the name to continue from.
    func listBlobs(account: String, container: String, prefix: String, delimiter: String?, start: BlobKey?, limit: Int)
        throws -> (items: [ListedBlob], next: BlobKey?) {
        try accounts.withLock { state in
            // Paging may sort the index, so it runs in place on the stored container, not on a copy.
            guard let page = state[account]?[container]?.blobs.page(prefix: prefix, delimiter: delimiter, start: start, limit: limit)
            else { throw BlobError.containerNotFound() }
            let items = page.items.compactMap { item -> ListedBlob? in
                switch item {
                case .blob(let key): state[account]?[container]?.blobs[key].map { .blob(key.name, $0) }
                case .prefix(let prefix): .prefix(prefix)
                }
            }
            return (items, page.next)
        }
    }
}
