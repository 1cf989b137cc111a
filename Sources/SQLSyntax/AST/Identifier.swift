/// A name as written: its text and whether it was quoted (quoted names keep their case).
public struct Identifier: Sendable, Hashable, CustomStringConvertible {
    public var text: String
    public var quoted: Bool

    public init(_ text: String, quoted: Bool = false) {
        self.text = text
        self.quoted = quoted
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
