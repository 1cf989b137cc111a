/// One entry of a List Blobs page: a blob, or a `BlobPrefix` standing for every blob under a virtual directory.
enum ListingItem: Equatable, Sendable {
    case blob(BlobKey)
    case prefix(String)
}
