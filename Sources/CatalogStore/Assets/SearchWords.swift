import CatalogModel

/// Turns text into the lower-case words that both engines index and match the same way.
enum SearchWords {
    /// Words of letters and digits, lower-cased, in order, without repeats.
    static func words(in text: String) -> [String] {
        var words: [String] = []
        var seen = Set<String>()
        var current = ""
        func flush() {
            if !current.isEmpty, seen.insert(current).inserted { words.append(current) }
            current = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else {
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
