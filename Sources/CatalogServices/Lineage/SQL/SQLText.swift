import CatalogStore
import Foundation
import SQLSyntax

/// The submitted SQL as UTF-8 bytes, to cut statements out of it by their source ranges, and the small text
/// functions that excerpts and identities of statements are made with.
struct SQLText: Sendable {
    let bytes: [UInt8]

    init(_ sql: String) {
        bytes = Array(sql.utf8)
    }

    /// The text a range covers (offsets are clamped to the text).
    func text(_ range: SourceRange) -> String {
        let start = min(max(range.start, 0), bytes.count)
        let end = min(max(range.end, start), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The line that holds `offset`, and the offset where that line starts.
    func line(at offset: Int) -> (text: String, start: Int) {
        let offset = min(max(offset, 0), bytes.count)
        var start = offset
        while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        var end = offset
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return (String(decoding: bytes[start..<end], as: UTF8.self), start)
    }

    /// The text with every run of white space made one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// At most `limit` characters of the collapsed text, with `...` where it was cut.
    static func excerpt(_ text: String, limit: Int) -> String {
        let flat = collapsed(text)
        return flat.count <= limit ? flat : String(flat.prefix(limit)) + "..."
    }

    /// At most `limit` characters of the text as written (trimmed), with `...` where it was cut.
    static func head(_ text: String, limit: Int) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count <= limit ? trimmed : String(trimmed.prefix(limit)) + "..."
    }

    /// A SHA-256 of the text, as lower-case hex.
    static func digest(_ text: String) -> String {
        Digest.sha256Hex(text)
    }
}
