import Connectors
import Foundation

/// A committed block blob: its bytes and the properties the service keeps with it.
struct StoredBlob: Sendable {
    var bytes: [UInt8]
    var contentType: String
    var contentEncoding: String?
    var contentLanguage: String?
    var cacheControl: String?
    var contentDisposition: String?
    /// Base64 MD5 of the whole blob, when known (Put Blob computes it; Put Block List keeps what the client sent).
    var contentMD5: String?
    /// `x-ms-meta-*` pairs, names as the client spelled them.
    var metadata: [(name: String, value: String)]
    private(set) var etag: String
    let created: Date
    private(set) var lastModified: Date
    /// The committed blocks, in order, for Put Block List to reuse with `<Committed>`.
    var blocks: [(id: String, range: Range<Int>)] = []
    /// The dates as RFC 1123 text, formatted once: a listing of 100,000 blobs would otherwise format 200,000 dates.
    let createdText: String
    private(set) var lastModifiedText: String

    init(bytes: [UInt8], contentType: String, metadata: [(name: String, value: String)], etag: String, created: Date) {
        self.bytes = bytes
        self.contentType = contentType
        self.metadata = metadata
        self.etag = etag
        self.created = created.wholeSeconds
        self.lastModified = self.created
        self.createdText = HTTPDate.format(self.created)
        self.lastModifiedText = createdText
    }

    /// Records a change: a new ETag and Last-Modified.
    mutating func touch(etag: String, now: Date) {
        self.etag = etag
        lastModified = now.wholeSeconds
        lastModifiedText = HTTPDate.format(lastModified)
    }
}
