import Connectors
import Foundation

/// The conditional headers of a request (`If-Match`, `If-None-Match`, `If-Modified-Since`, `If-Unmodified-Since`).
struct RequestConditions: Sendable {
    var ifMatch: String?
    var ifNoneMatch: String?
    var ifModifiedSince: Date?
    var ifUnmodifiedSince: Date?

    init(header: (String) -> String?) {
        ifMatch = header("if-match")
        ifNoneMatch = header("if-none-match")
        ifModifiedSince = header("if-modified-since").flatMap(HTTPDate.parse)
        ifUnmodifiedSince = header("if-unmodified-since").flatMap(HTTPDate.parse)
    }

    /// Checks a read (Get Blob, Get Blob Properties) of `blob`: a failed `If-None-Match` or `If-Modified-Since` is
    /// 304 Not Modified, a failed `If-Match` or `If-Unmodified-Since` 412.
    func checkRead(etag: String, lastModified: Date) throws(BlobError) {
        if let ifMatch, !Self.matches(ifMatch, etag) { throw .conditionNotMet() }
        if let ifUnmodifiedSince, lastModified > ifUnmodifiedSince { throw .conditionNotMet() }
        if let ifNoneMatch, Self.matches(ifNoneMatch, etag) { throw BlobError(.notModified, "ConditionNotMet", "The condition specified using HTTP conditional header(s) is not met.") }
        if let ifModifiedSince, lastModified <= ifModifiedSince { throw BlobError(.notModified, "ConditionNotMet", "The condition specified using HTTP conditional header(s) is not met.") }
    }

    /// Checks a write to or a delete of a blob that may not exist yet (`existing` nil).
    func checkWrite(existing: (etag: String, lastModified: Date)?) throws(BlobError) {
        guard let existing else {
            if ifMatch != nil { throw .conditionNotMet() }
            return
        }
        if let ifNoneMatch, ifNoneMatch.trimmingCharacters(in: .whitespaces) == "*" {
            throw BlobError(.conflict, "BlobAlreadyExists", "The specified blob already exists.")
        }
        if let ifMatch, !Self.matches(ifMatch, existing.etag) { throw .conditionNotMet() }
        if let ifNoneMatch, Self.matches(ifNoneMatch, existing.etag) { throw .conditionNotMet() }
        if let ifModifiedSince, existing.lastModified <= ifModifiedSince { throw .conditionNotMet() }
        if let ifUnmodifiedSince, existing.lastModified > ifUnmodifiedSince { throw .conditionNotMet() }
    }

    /// Whether an `If-Match`-style list (`*`, or comma-separated quoted ETags) names `etag`.
    private static func matches(_ list: String, _ etag: String) -> Bool {
        list.split(separator: ",").contains { candidate in
            let value = candidate.trimmingCharacters(in: .whitespaces)
            return value == "*" || value == etag || "\"\(value)\"" == etag
        }
    }
}
