extension StoredObject {
    /// Newest first: by modification time (unknown times last), then by key, since part files are numbered
    /// in the order they were written.
    static func newestFirst(_ lhs: StoredObject, _ rhs: StoredObject) -> Bool {
        switch (lhs.lastModified, rhs.lastModified) {
        case let (left?, right?) where left != right: return left > right
        case (_?, nil): return true
        case (nil, _?): return false
        default: return lhs.key > rhs.key
        }
    }
}
