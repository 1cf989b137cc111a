import Foundation

/// What a set of objects adds up to: how many, how large, how recent.
public struct ObjectStats: Sendable, Hashable {
    public var objectCount: Int
    public var sizeBytes: Int64
    /// The newest modification time among them, when the listing gave any.
    public var lastModified: Date?

    public init(objectCount: Int = 0, sizeBytes: Int64 = 0, lastModified: Date? = nil) {
        self.objectCount = objectCount
        self.sizeBytes = sizeBytes
        self.lastModified = lastModified
    }

    /// Counts one more object.
    public mutating func add(_ object: StoredObject) {
        objectCount += 1
        sizeBytes += object.size
        if let modified = object.lastModified, lastModified.map({ modified > $0 }) ?? true {
            lastModified = modified
        }
    }

    /// The stats of `objects`.
    public static func of<S: Sequence>(_ objects: S) -> ObjectStats where S.Element == StoredObject {
        var stats = ObjectStats()
        for object in objects { stats.add(object) }
        return stats
    }
}
