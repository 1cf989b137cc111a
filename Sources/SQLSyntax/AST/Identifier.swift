/// A name as written: its text and whether it was quoted (quoted names keep their case).
public struct Identifier: Sendable, Hashable, CustomStringConvertible {
    public var text: String { didSet { key = text.lowercased() } }
    public var quoted: Bool
    /// The text lower-cased: how names are matched without regard to case (folding only ever changes case).
    public private(set) var key: String

    public init(_ text: String, quoted: Bool = false) {
        self.text = text
        self.quoted = quoted
        key = text.lowercased()
    }

    /// The name as `dialect` stores it.
    public func folded(_ dialect: Dialect) -> String { quoted ? text : dialect.fold(text) }

    /// Whether this unquoted name is `word`, ignoring case.
    public func matches(_ word: String) -> Bool { !quoted && text.caseInsensitiveEquals(word) }

    public var description: String { quoted ? "\"\(text)\"" : text }
}

/// A dotted name (`schema.table`, `t.column`, `pkg.proc`), with the Oracle database link after `@` if any.
public struct ObjectName: Sendable, Hashable, CustomStringConvertible {
    public var parts: [Identifier]
    public var link: [Identifier]

    public init(_ parts: [Identifier], link: [Identifier] = []) {
        self.parts = parts
        self.link = link
    }

    public var last: Identifier { parts[parts.count - 1] }

    public var description: String {
        parts.map(\.description).joined(separator: ".") + (link.isEmpty ? "" : "@" + link.map(\.description).joined(separator: "."))
    }
}
