import Foundation

/// Reads the XML bodies of List Blobs, List Containers and Azure's error responses.
enum AzureListingParser {
    /// A List Blobs page: `Blob` entries with their properties, `BlobPrefix` entries, `NextMarker`.
    static func blobPage(_ bytes: [UInt8]) throws(XMLScanner.Failure) -> AzureBlobPage {
        try XMLScanner.scan(bytes) { (scanner: inout XMLScanner) throws(XMLScanner.Failure) in
            var page = AzureBlobPage()
            var inBlob = false, inPrefix = false, inProperties = false, inMetadata = false
            var nameEncoded = false, isDirectory = false
            var blob = StoredObject(key: "", size: 0)
            // The content of a leaf element runs from the end of its start tag to the start of its end tag.
            var contentStart = 0
            while let event = try scanner.next() {
                switch event {
                case .start(let name, let attributes, let start):
                    contentStart = start
                    // Inside Properties every element is a leaf; inside Metadata nothing matters until it ends.
                    if inMetadata || inProperties { continue }
                    switch AzureListingTag.of(name, in: scanner) {
                    case .blob:
                        inBlob = true
                        blob = StoredObject(key: "", size: 0)
                        isDirectory = false
                    case .properties: inProperties = true
                    case .name:
                        let encoded = attributes.isEmpty ? nil : try scanner.attribute("Encoded", in: attributes)
                        nameEncoded = encoded?.lowercased() == "true"
                    case .blobPrefix: inPrefix = true
                    case .metadata, .tags: inMetadata = true
                    default: break
                    }
                case .end(let name, let end):
                    let content = contentStart <= end ? contentStart..<end : end..<end
                    let tag = AzureListingTag.of(name, in: scanner)
                    if inMetadata {
                        if tag == .metadata || tag == .tags { inMetadata = false }
                        continue
                    }
                    switch tag {
                    case .contentLength where inProperties: blob.size = scanner.integer(content) ?? 0
                    case .etag where inProperties: blob.etag = nonEmpty(scanner.text(content))
                    case .lastModified where inProperties: blob.lastModified = HTTPDate.parse(scanner.raw(content))
                    case .contentType where inProperties: blob.contentType = nonEmpty(scanner.text(content))
                    case .resourceType where inProperties: isDirectory = scanner.text(content) == "directory"
                    case .properties: inProperties = false
                    case .name where !inProperties:
                        let text = scanner.text(content)
                        let value = nameEncoded ? (text.removingPercentEncoding ?? text) : text
                        if inBlob { blob.key = value } else if inPrefix { page.prefixes.append(value) }
                    case .blob:
                        inBlob = false
                        // Folders of accounts with a hierarchical namespace are listed as blobs; they hold no data.
                        if !isDirectory { page.blobs.append(blob) }
                    case .blobPrefix: inPrefix = false
                    case .nextMarker: page.nextMarker = nonEmpty(scanner.text(content))
                    default: break
                    }
                }
            }
            try scanner.expectRoot("EnumerationResults")
            return page
        }
    }

    /// A List Containers page: `Container/Name` entries and `NextMarker`.
    static func containerPage(_ bytes: [UInt8]) throws(XMLScanner.Failure) -> AzureContainerPage {
        try XMLScanner.scan(bytes) { (scanner: inout XMLScanner) throws(XMLScanner.Failure) in
            var page = AzureContainerPage()
            var inContainer = false, inDetails = false
            var contentStart = 0
            while let event = try scanner.next() {
                switch event {
                case .start(let name, _, let start):
                    contentStart = start
                    switch AzureListingTag.of(name, in: scanner) {
                    case .container: inContainer = true
                    case .properties, .metadata: inDetails = true
                    default: break
                    }
                case .end(let name, let end):
                    let content = contentStart <= end ? contentStart..<end : end..<end
                    switch AzureListingTag.of(name, in: scanner) {
                    case .properties, .metadata: inDetails = false
                    case .name where inContainer && !inDetails: page.names.append(scanner.text(content))
                    case .container: inContainer = false
                    case .nextMarker: page.nextMarker = nonEmpty(scanner.text(content))
                    default: break
                    }
                }
            }
            try scanner.expectRoot("EnumerationResults")
            return page
        }
    }

    /// The `Code` and the first line of `Message` of an `<Error>` body; nils when the body is not one.
    static func error(_ bytes: [UInt8]) -> (code: String?, message: String?) {
        let found = try? XMLScanner.scan(bytes) { (scanner: inout XMLScanner) throws(XMLScanner.Failure) -> (String?, String?) in
            var code: String?, message: String?
            var contentStart = 0
            while let event = try scanner.next() {
                switch event {
                case .start(_, _, let start):
                    contentStart = start
                case .end(let name, let end):
                    let content = contentStart <= end ? contentStart..<end : end..<end
                    switch AzureListingTag.of(name, in: scanner) {
                    case .code: code = nonEmpty(scanner.text(content).trimmingCharacters(in: .whitespacesAndNewlines))
                    case .message:
                        // Azure appends "RequestId:...\nTime:..." lines; the first line is the explanation.
                        message = scanner.text(content).split(whereSeparator: \.isNewline).first.map(String.init)
                    default: break
                    }
                }
            }
            return (code, message)
        }
        return (found?.0, found?.1)
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
