import Foundation

/// Builds an XML document into bytes, escaping text and attribute values.
///
/// Listing 100,000 blobs writes about 3 million elements, so text without characters to escape (nearly all of it)
/// is found with `memchr` and copied whole.
struct XMLWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
        raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
    }

    /// Appends markup as is.
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `<name>text</name>`, or `<name />` when `text` is nil.
    mutating func element(_ name: String, _ text: String?) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        guard let text else {
            raw(" />")
            return
        }
        bytes.append(UInt8(ascii: ">"))
        escaped(text)
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Appends text with `&`, `<` and `>` escaped, and `"` too since the text may be an attribute value.
    mutating func escaped(_ text: String) {
        bytes.append(contentsOf: Self.escape(text).utf8)
    }

    /// `text` with `&`, `<`, `>` and `"` escaped; returned as is (no copy) when it has none, the usual case.
    static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func needsEscaping(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            let count = buffer.count
            return memchr(base, 0x26, count) != nil || memchr(base, 0x3C, count) != nil
                || memchr(base, 0x3E, count) != nil || memchr(base, 0x22, count) != nil
        }
        return found ?? true
    }
}
