/// One lexical unit of SQL text.
public struct Token: Sendable, Hashable {
    /// What kind of unit a token is; keywords are words, told apart by the parser with the dialect's keyword table.
    public enum Kind: Sendable, Hashable {
        /// An unquoted name or keyword, as written.
        case word
        /// A quoted identifier; `value` has the quotes removed and doubled quotes undone.
        case quotedIdentifier
        /// A string literal; `value` is its content.
        case string
        case number
        /// A bind variable or parameter (`:name`, `:1`, `@p`, `?`, `$1`); `value` is its name.
        case parameter
        /// An operator or punctuation (`(`, `,`, `||`, `<=`, `=>`, `(+)` is three tokens).
        case symbol
        /// An optimizer hint comment (`/*+ ... */`, `--+ ...`); `value` is its content.
        case hint
        case comment
        case endOfInput
    }

    public var kind: Kind
    /// The text as written in the source.
    public var text: String
    /// The meaning of the text: unquoted, unescaped content for identifiers, strings, parameters and hints.
    public var value: String
    public var range: SourceRange

    public init(kind: Kind, text: String, value: String, range: SourceRange) {
        self.kind = kind
        self.text = text
        self.value = value
        self.range = range
    }

    /// Whether this is a word equal to `keyword`, ignoring case.
    public func isWord(_ keyword: String) -> Bool {
        kind == .word && text.caseInsensitiveEquals(keyword)
    }

    /// Whether this is the symbol `symbol`.
    public func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol && text == symbol
    }
}

extension String {
    /// ASCII case-insensitive equality, as SQL keywords compare.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        utf8.count == other.utf8.count && zip(utf8, other.utf8).allSatisfy { a, b in
            a == b || (a ^ 0x20 == b && (a | 0x20) >= UInt8(ascii: "a") && (a | 0x20) <= UInt8(ascii: "z"))
        }
    }
}
