/// One page of a blob listing.
public struct AzureBlobPage: Sendable, Hashable {
    /// The blobs on this page, in name order.
    public var blobs: [StoredObject]
    /// The "folders" (`BlobPrefix`) of a listing with a delimiter, each ending with the delimiter.
    public var prefixes: [String]
    /// The marker that asks for the next page; nil on the last page.
    public var nextMarker: String?

    public init(blobs: [StoredObject] = [], prefixes: [String] = [], nextMarker: String? = nil) {
        self.blobs = blobs
        self.prefixes = prefixes
        self.nextMarker = nextMarker
    }
}
