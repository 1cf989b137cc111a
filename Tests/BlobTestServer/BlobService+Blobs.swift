import Crypto
import Foundation
import Hummingbird

extension BlobService {
    func putBlob(_ request: BlobRequest) throws -> BlobReply {
        switch request.header("x-ms-blob-type") {
        case "BlockBlob": break
        case nil: throw BlobError(.badRequest, "MissingRequiredHeader", "An HTTP header that's mandatory for this request is not specified.", detail: "x-ms-blob-type")
        case let other?: throw BlobError.notImplemented("x-ms-blob-type \(other)")
        }
        let md5 = try Self.checkedMD5(request)
        let metadata = try request.metadata()
        let etag = store.nextETag()
        let now = Date().wholeSeconds
        let blob = try store.putBlob(account: request.account, container: try Self.containerName(request), key: try Self.blobKey(request),
                                     conditions: request.conditions) { _ in
            var blob = Self.newBlob(request, bytes: request.body, metadata: metadata, etag: etag, now: now)
            blob.contentMD5 = request.header("x-ms-blob-content-md5") ?? md5
            return blob
        }
        return BlobReply(.created, headers: [
            ("ETag", blob.etag), ("Last-Modified", blob.lastModifiedText), ("Content-MD5", md5), ("x-ms-request-server-encrypted", "true"),
        ])
    }

    func getBlob(_ request: BlobRequest, overrides: [(String, String)]) throws -> BlobReply {
        let blob = try store.blob(account: request.account, container: try Self.containerName(request), key: try Self.blobKey(request))
        try request.conditions.checkRead(etag: blob.etag, lastModified: blob.lastModified)
        var headers = Self.headers(of: blob)
        var range = 0..<blob.bytes.count
        var status = HTTPResponse.Status.ok
        if let requested = try Self.requestedRange(request) {
            range = try requested.resolve(size: blob.bytes.count)
            status = .partialContent
            headers.append(("Content-Range", "bytes \(range.lowerBound)-\(range.upperBound - 1)/\(blob.bytes.count)"))
            if let md5 = blob.contentMD5 { headers.append(("x-ms-blob-content-md5", md5)) }
            if request.header("x-ms-range-get-content-md5") == "true" {
                guard range.count <= 4 * 1024 * 1024 else {
                    throw BlobError(.badRequest, "OutOfRangeInput", "One of the request inputs is out of range.", detail: "x-ms-range-get-content-md5 needs a range of at most 4 MiB")
                }
                headers.append(("Content-MD5", Self.md5(blob.bytes[range])))
            }
        } else if let md5 = blob.contentMD5 {
            headers.append(("Content-MD5", md5))
        }
        return BlobReply(status, headers: Self.applying(overrides, to: headers), body: Array(blob.bytes[range]))
    }

    func blobProperties(_ request: BlobRequest, overrides: [(String, String)]) throws -> BlobReply {
        let blob = try store.blob(account: request.account, container: try Self.containerName(request), key: try Self.blobKey(request))
        try request.conditions.checkRead(etag: blob.etag, lastModified: blob.lastModified)
        var headers = Self.headers(of: blob)
        headers += [("Content-Length", String(blob.bytes.count)), ("x-ms-access-tier", "Hot"), ("x-ms-access-tier-inferred", "true")]
        if let md5 = blob.contentMD5 { headers.append(("Content-MD5", md5)) }
        return BlobReply(.ok, headers: Self.applying(overrides, to: headers))
    }

    func deleteBlob(_ request: BlobRequest) throws -> BlobReply {
        try store.deleteBlob(account: request.account, container: try Self.containerName(request), key: try Self.blobKey(request),
                             conditions: request.conditions)
        return BlobReply(.accepted, headers: [("x-ms-delete-type-permanent", "true")])
    }

    func setBlobMetadata(_ request: BlobRequest) throws -> BlobReply {
        let metadata = try request.metadata()
        let blob = try store.updateBlob(account: request.account, container: try Self.containerName(request), key: try Self.blobKey(request),
                                        conditions: request.conditions) { $0.metadata = metadata }
        return BlobReply(.ok, headers: [("ETag", blob.etag), ("Last-Modified", blob.lastModifiedText), ("x-ms-request-server-encrypted", "true")])
    }

    /// Set Blob Properties replaces every content header; one the request leaves out is cleared, as Azure does.
    func setBlobProperties(_ request: BlobRequest) throws -> BlobReply {
        let blob = try store.updateBlob(account: request.account, container: try Self.containerName(request), key: try Self.blobKey(request),
                                        conditions: request.conditions) { blob in
            blob.contentType = request.header("x-ms-blob-content-type") ?? "application/octet-stream"
            blob.contentEncoding = request.header("x-ms-blob-content-encoding")
            blob.contentLanguage = request.header("x-ms-blob-content-language")
            blob.cacheControl = request.header("x-ms-blob-cache-control")
            blob.contentDisposition = request.header("x-ms-blob-content-disposition")
            blob.contentMD5 = request.header("x-ms-blob-content-md5")
        }
        return BlobReply(.ok, headers: [("ETag", blob.etag), ("Last-Modified", blob.lastModifiedText)])
    }

    /// A blob with the content headers of a Put Blob or Put Block List request (`x-ms-blob-*` before the plain ones).
    static func newBlob(_ request: BlobRequest, bytes: [UInt8], metadata: [(name: String, value: String)], etag: String, now: Date) -> StoredBlob {
        var blob = StoredBlob(
            bytes: bytes, contentType: request.header("x-ms-blob-content-type") ?? request.header("Content-Type") ?? "application/octet-stream",
            metadata: metadata, etag: etag, created: now
        )
        blob.contentEncoding = request.header("x-ms-blob-content-encoding") ?? request.header("Content-Encoding")
        blob.contentLanguage = request.header("x-ms-blob-content-language") ?? request.header("Content-Language")
        blob.cacheControl = request.header("x-ms-blob-cache-control") ?? request.header("Cache-Control")
        blob.contentDisposition = request.header("x-ms-blob-content-disposition")
        blob.contentMD5 = request.header("x-ms-blob-content-md5")
        return blob
    }

    /// The headers Get Blob and Get Blob Properties share.
    static func headers(of blob: StoredBlob) -> [(String, String)] {
        var headers = [
            ("Last-Modified", blob.lastModifiedText), ("x-ms-creation-time", blob.createdText), ("ETag", blob.etag),
            ("Content-Type", blob.contentType), ("x-ms-blob-type", "BlockBlob"), ("x-ms-lease-status", "unlocked"),
            ("x-ms-lease-state", "available"), ("x-ms-server-encrypted", "true"), ("Accept-Ranges", "bytes"),
        ]
        let optional = [("Content-Encoding", blob.contentEncoding), ("Content-Language", blob.contentLanguage),
                        ("Cache-Control", blob.cacheControl), ("Content-Disposition", blob.contentDisposition)]
        headers += optional.compactMap { name, value in value.map { (name, $0) } }
        headers += blob.metadata.map { ("x-ms-meta-\($0.name)", $0.value) }
        return headers
    }

    /// The range asked for: `x-ms-range` wins over `Range`; a malformed `x-ms-range` is an error, a malformed `Range` is ignored.
    static func requestedRange(_ request: BlobRequest) throws -> ByteRange? {
        if let text = request.header("x-ms-range") {
            guard let range = ByteRange(text) else { throw BlobError.invalidHeader("x-ms-range", text) }
            return range
        }
        return request.header("Range").flatMap(ByteRange.init)
    }

    /// The base64 MD5 of the body, after checking it against `Content-MD5` when the client sent one.
    static func checkedMD5(_ request: BlobRequest) throws -> String {
        let md5 = Self.md5(request.body[...])
        if let sent = request.header("Content-MD5"), sent != md5 {
            throw BlobError(.badRequest, "Md5Mismatch", "The MD5 value specified in the request did not match with the MD5 value calculated by the server.",
                            detail: "UserSpecifiedMd5: \(sent) ServerCalculatedMd5: \(md5)")
        }
        return md5
    }

    static func md5(_ bytes: ArraySlice<UInt8>) -> String {
        Data(Insecure.MD5.hash(data: bytes)).base64EncodedString()
    }

    private static func applying(_ overrides: [(String, String)], to headers: [(String, String)]) -> [(String, String)] {
        let replaced = Set(overrides.map { $0.0.lowercased() })
        return headers.filter { !replaced.contains($0.0.lowercased()) } + overrides
    }
}
