/// A List Blobs entry with the blob's properties resolved.
enum ListedBlob: Sendable {
    case blob(String, StoredBlob)
    case prefix(String)
}
