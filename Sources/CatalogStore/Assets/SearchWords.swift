import CatalogModel

/// Turns text into the lower-case words that both engines index and match the same way.
enum SearchWords {
    /// Words of letters and digits, lower-cased, in order, without repeats. ASCII punctuation and white space
    /// separate words; every non-ASCII character counts as part of a word (so accented and CJK text stays whole).
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var seen = Set<String>()
        var current: [UInt8] = []
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(decoding: current, as: UTF8.self)
            if seen.insert(word).inserted { words.append(word) }
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                current.append(byte + 32)
            default:
                flush()
            }
        }
        flush()
        return words
    }

    /// The indexed text of an asset: its name, URN, description, columns, tags, owners and classification.
    static func document(name: String, urn: URN, business: BusinessMetadata, columns: [Column]) -> String {
        var parts = [name, urn.rawValue, business.description ?? "", business.classification ?? ""]
        parts += business.tags
        parts += business.owners
        for column in columns {
            parts.append(column.name)
            if let description = column.description { parts.append(description) }
            parts += column.tags ?? []
        }
        return words(in: parts.joined(separator: " ")).joined(separator: " ")
    }
}
