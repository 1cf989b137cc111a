/// One line of a Put Block List body: which block to commit, and where to look for it.
struct BlockListEntry: Equatable, Sendable {
    enum Source: String, Sendable {
        /// `<Committed>`: a block of the blob as it is now.
        case committed = "Committed"
        /// `<Uncommitted>`: a block staged with Put Block.
        case uncommitted = "Uncommitted"
        /// `<Latest>`: the staged block if there is one, else the committed one.
        case latest = "Latest"
    }

    var source: Source
    var id: String

    /// Reads `<BlockList><Latest>id</Latest>...</BlockList>`; nil when the body is not a block list.
    static func parse(_ body: [UInt8]) -> [BlockListEntry]? {
        let text = String(decoding: body, as: UTF8.self)
        guard text.contains("<BlockList") else { return nil }
        var entries: [BlockListEntry] = []
        var rest = text[...]
        while let open = rest.range(of: "<") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: ">") else { break }
            let tag = rest[..<close.lowerBound]
            rest = rest[close.upperBound...]
            guard let source = Source(rawValue: String(tag)), let end = rest.range(of: "</") else { continue }
            entries.append(BlockListEntry(source: source, id: unescape(String(rest[..<end.lowerBound]))))
            rest = rest[end.lowerBound...]
        }
        return entries
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
