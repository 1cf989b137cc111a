import Foundation

/// A folder on the server's own disk as object storage: one container (""), keys relative to the root.
public struct LocalFileStore: ObjectStore {
    /// The folder, absolute and without a trailing `/`.
    public let root: String
    public let followLinks: Bool
    /// Objects per listing page.
    let pageSize = 5_000

    public init(root: String, followLinks: Bool = false) {
        var path = (root as NSString).expandingTildeInPath
        if !path.hasPrefix("/") { path = FileManager.default.currentDirectoryPath + "/" + path }
        path = (path as NSString).standardizingPath
        self.root = path == "/" ? "" : path
        self.followLinks = followLinks
    }

    public func containers() async throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.isEmpty ? "/" : root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StorageError(.notFound, "the folder \(root) does not exist on the Torro server (config.path)")
        }
        return [""]
    }

    public func list(container: String, prefix: String, page: @Sendable ([StoredObject]) async throws -> Void) async throws {
        let start = prefix.isEmpty ? root : root + "/" + prefix
        guard let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: start.isEmpty ? "/" : start),
                                                          includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey, .isSymbolicLinkKey],
                                                          options: []) else {
            throw StorageError(.notFound, "the folder \(start) cannot be listed; check that it exists and that Torro may read it")
        }
        var objects: [StoredObject] = []
        let rootLength = root.count + 1
        while let url = walker.nextObject() as? URL {
            try Task.checkCancellation()
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true, !followLinks { continue }
            guard values?.isRegularFile == true || (followLinks && values?.isSymbolicLink == true) else { continue }
            let path = url.standardizedFileURL.path
            guard path.count > rootLength else { continue }
            let key = String(path.dropFirst(rootLength))
            let modified = values?.contentModificationDate
            let size = Int64(values?.fileSize ?? 0)
            objects.append(StoredObject(key: key, size: size, etag: Self.etag(size: size, modified: modified), lastModified: modified))
        }
        objects.sort { $0.key < $1.key }
        var index = 0
        while index < objects.count {
            let end = min(index + pageSize, objects.count)
            try await page(Array(objects[index..<end]))
            index = end
        }
    }

    public func read(container: String, key: String, range: Range<Int64>) async throws -> [UInt8] {
        let path = root + "/" + key
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StorageError(.notFound, "the file \(path) cannot be opened; it may have been removed or Torro may not read it")
        }
        defer { try? handle.close() }
        do {
            try handle.seek(toOffset: UInt64(max(0, range.lowerBound)))
            let data = try handle.read(upToCount: Int(max(0, range.upperBound - range.lowerBound))) ?? Data()
            return [UInt8](data)
        } catch {
            throw StorageError(.other, "the file \(path) could not be read: \(error.localizedDescription)")
        }
    }

    /// A stand-in for an ETag: files have none, so size and modification time (to the microsecond) stand for the content.
    static func etag(size: Int64, modified: Date?) -> String {
        let micros = Int64(((modified?.timeIntervalSince1970 ?? 0) * 1_000_000).rounded())
        return "\(size)-\(micros)"
    }
}
