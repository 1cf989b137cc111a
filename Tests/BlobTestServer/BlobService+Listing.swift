import Foundation

extension BlobService {
    func listBlobs(_ request: BlobRequest) throws -> BlobReply {
        let container = try Self.containerName(request)
        let prefix = request.query("prefix") ?? ""
        let delimiter = request.query("delimiter").flatMap { $0.isEmpty ? nil : $0 }
        let limit = try Self.pageSize(request)
        let start = try request.query("marker").map { try BlobKey(Self.name(fromMarker: $0)) }
        let includeMetadata = (request.query("include") ?? "").split(separator: ",").contains("metadata")
        let page = try store.listBlobs(account: request.account, container: container, prefix: prefix, delimiter: delimiter, start: start, limit: limit)

        var xml = XMLWriter(reservingCapacity: 256 + page.items.count * 700)
        xml.raw("<EnumerationResults ServiceEndpoint=\"")
        xml.escaped(Self.serviceEndpoint(request))
        xml.raw("\" ContainerName=\"")
        xml.escaped(container)
        xml.raw("\">")
        if let value = request.query("prefix") { xml.element("Prefix", value) }
        if let value = request.query("marker") { xml.element("Marker", value) }
        if let value = request.query("maxresults") { xml.element("MaxResults", value) }
        if let delimiter { xml.element("Delimiter", delimiter) }
        xml.raw("<Blobs>")
        for item in page.items {
            switch item {
            case .blob(let name, let blob): Self.write(name: name, blob: blob, metadata: includeMetadata, to: &xml)
            case .prefix(let name):
                xml.raw("<BlobPrefix>")
                Self.writeName(name, to: &xml)
                xml.raw("</BlobPrefix>")
            }
        }
        xml.raw("</Blobs>")
        xml.element("NextMarker", page.next.map { Self.marker(for: $0.name) })
        xml.raw("</EnumerationResults>")
        return .xml(xml)
    }

    /// One `<Blob>` entry. Built as one interpolated string and appended once: listing 100,000 blobs writes
    /// 1.5 million elements, and element-by-element appends dominate a debug build's listing time.
    private static func write(name: String, blob: StoredBlob, metadata: Bool, to xml: inout XMLWriter) {
        xml.raw("<Blob>")
        writeName(name, to: &xml)
        let etag = blob.etag.dropFirst().dropLast()  // listings give the ETag without its quotes, unlike headers
        let contentType = XMLWriter.escape(blob.contentType)
        var optional = ""
        if let value = blob.contentEncoding { optional += "<Content-Encoding>\(XMLWriter.escape(value))</Content-Encoding>" }
        if let value = blob.contentLanguage { optional += "<Content-Language>\(XMLWriter.escape(value))</Content-Language>" }
        if let value = blob.contentMD5 { optional += "<Content-MD5>\(value)</Content-MD5>" }
        if let value = blob.cacheControl { optional += "<Cache-Control>\(XMLWriter.escape(value))</Cache-Control>" }
        if let value = blob.contentDisposition { optional += "<Content-Disposition>\(XMLWriter.escape(value))</Content-Disposition>" }
        xml.raw("<Properties><Creation-Time>\(blob.createdText)</Creation-Time><Last-Modified>\(blob.lastModifiedText)</Last-Modified>"
            + "<Etag>\(etag)</Etag><Content-Length>\(blob.bytes.count)</Content-Length><Content-Type>\(contentType)</Content-Type>\(optional)"
            + "<BlobType>BlockBlob</BlobType><AccessTier>Hot</AccessTier><AccessTierInferred>true</AccessTierInferred>"
            + "<LeaseStatus>unlocked</LeaseStatus><LeaseState>available</LeaseState><ServerEncrypted>true</ServerEncrypted></Properties>")
        if metadata { writeMetadata(blob.metadata, to: &xml) }
        xml.raw("</Blob>")
    }

    /// `<Name>`, percent-encoded with `Encoded="true"` when the name holds characters XML 1.0 cannot carry, as Azure does.
    private static func writeName(_ name: String, to xml: inout XMLWriter) {
        if isRepresentable(name) {
            xml.element("Name", name)
        } else {
            xml.raw("<Name Encoded=\"true\">")
            xml.escaped(name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name)
            xml.raw("</Name>")
        }
    }

    /// False for control characters other than tab, LF and CR, and for U+FFFE and U+FFFF (UTF-8 `EF BF BE`/`EF BF BF`).
    private static func isRepresentable(_ name: String) -> Bool {
        let verdict = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // A plain index loop: this runs for every listed blob, and iterators are slow in debug builds.
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x20, byte != 0x9, byte != 0xA, byte != 0xD { return false }
                if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return false }
                index += 1
            }
            return true
        }
        return verdict ?? name.unicodeScalars.allSatisfy { $0.value >= 0x20 ? $0.value < 0xFFFE || $0.value > 0xFFFF : [0x9, 0xA, 0xD].contains($0.value) }
    }
}
