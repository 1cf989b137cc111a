/// The element names of Azure's listing and error documents that the parser acts on.
enum AzureListingTag: Sendable {
    case blob, blobPrefix, name, properties, metadata, tags, container, nextMarker
    case contentLength, lastModified, etag, contentType, resourceType
    case code, message
    /// Any other element.
    case other

    /// The tag named by the bytes at `range`: branches on length and first letter, then one comparison.
    ///
    /// Plain `if`s on integers rather than a `switch` or a table: this runs for most elements of every
    /// 5,000-blob page, and in debug builds (the tests') integer comparisons are the only cheap operation.
    static func of(_ range: Range<Int>, in scanner: XMLScanner) -> AzureListingTag {
        let count = range.count
        guard count >= 4, count <= 14 else { return .other }
        let first = scanner.bytes[range.lowerBound]
        let candidate: AzureListingTag
        if count == 4 {
            if first == 0x42 { candidate = .blob } else if first == 0x4E { candidate = .name }
            else if first == 0x45 { candidate = .etag } else if first == 0x54 { candidate = .tags }
            else if first == 0x43 { candidate = .code } else { return .other }
        } else if count == 10 {
            if first == 0x50 { candidate = .properties } else if first == 0x42 { candidate = .blobPrefix }
            else if first == 0x4E { candidate = .nextMarker } else { return .other }
        } else if count == 12 {
            if first == 0x43 { candidate = .contentType } else if first == 0x52 { candidate = .resourceType } else { return .other }
        } else if count == 13 {
            if first == 0x4C { candidate = .lastModified } else { return .other }
        } else if count == 14 {
            if first == 0x43 { candidate = .contentLength } else { return .other }
        } else if count == 7 {
            if first == 0x4D { candidate = .message } else { return .other }
        } else if count == 8 {
            if first == 0x4D { candidate = .metadata } else { return .other }
        } else if count == 9 {
            if first == 0x43 { candidate = .container } else { return .other }
        } else {
            return .other
        }
        return scanner.name(range, is: candidate.spelling) ? candidate : .other
    }

    /// The element name as Azure writes it.
    var spelling: StaticString {
        switch self {
        case .blob: "Blob"
        case .blobPrefix: "BlobPrefix"
        case .name: "Name"
        case .properties: "Properties"
        case .metadata: "Metadata"
        case .tags: "Tags"
        case .container: "Container"
        case .nextMarker: "NextMarker"
        case .contentLength: "Content-Length"
        case .lastModified: "Last-Modified"
        case .etag: "Etag"
        case .contentType: "Content-Type"
        case .resourceType: "ResourceType"
        case .code: "Code"
        case .message: "Message"
        case .other: ""
        }
    }
}
