import Foundation

extension BlobService {
    func putBlock(_ request: BlobRequest) throws -> BlobReply {
        guard let id = request.query("blockid") else {
            throw BlobError(.badRequest, "MissingRequiredQueryParameter", "A query parameter that's mandatory for this request is not specified.", detail: "blockid")
        }
        guard let decoded = Data(base64Encoded: id), decoded.count <= 64 else {
            throw BlobError.invalidQuery("blockid", id, "a block id is base64 of at most 64 bytes")
        }
        let md5 = try Self.checkedMD5(request)
        try store.stageBlock(account: request.account, container: try Self.containerName(request), key: try Self.blobKey(request),
                             id: id, bytes: request.body)
        return BlobReply(.created, headers: [("Content-MD5", md5), ("x-ms-request-server-encrypted", "true")])
    }

    func putBlockList(_ request: BlobRequest) throws -> BlobReply {
        guard let entries = BlockListEntry.parse(request.body) else {
            throw BlobError(.badRequest, "InvalidXmlDocument", "XML specified is not syntactically valid.", detail: "expected <BlockList> with <Latest>, <Committed> or <Uncommitted> entries")
        }
        let metadata = try request.metadata()
        let etag = store.nextETag()
        let now = Date().wholeSeconds
        let blob = try store.commitBlocks(account: request.account, container: try Self.containerName(request), key: try Self.blobKey(request),
                                          entries: entries, conditions: request.conditions) { bytes, layout, _ in
            var blob = Self.newBlob(request, bytes: bytes, metadata: metadata, etag: etag, now: now)
            blob.blocks = layout
            return blob
        }
        return BlobReply(.created, headers: [("ETag", blob.etag), ("Last-Modified", blob.lastModifiedText), ("x-ms-request-server-encrypted", "true")])
    }
}
