/// Statements parsed from a script, and what could not be understood in it.
public struct ParsedScript: Sendable {
    public var statements: [StatementNode]
    public var diagnostics: [Diagnostic]
}

/// A hand-written recursive-descent parser over the lexer's tokens. It never aborts a script: a statement it
/// cannot read costs a diagnostic and is skipped to its terminator.
public struct Parser {
    struct Failure: Error {
        var message: String
        var range: SourceRange
    }

    let dialect: Dialect
    /// The tokens without comments and hints, ending with `.endOfInput`.
    var tokens: [Token]
    /// Upper-cased text of each word token (empty for other kinds), so keyword tests allocate nothing.
    var words: [String]
    var index = 0
    /// Tokens from here on read as the end of input (a `/` or `GO` line ends the batch being parsed).
    var limit: Int
    var diagnostics: [Diagnostic] = []
    /// How deeply expressions are nested at the cursor (see `maximumDepth`).
    var depth = 0
    /// Where the text being parsed sits in the outer text (for SQL read out of a string literal).
    let origin: (line: Int, column: Int)

    /// Parses `text` into statements with diagnostics.
    public static func parse(_ text: String, dialect: Dialect) -> ParsedScript {
        parse(text, dialect: dialect, origin: (1, 1))
    }

    /// Parses SQL read out of a string literal or a function body, placing diagnostics where `origin` says the text starts.
    public static func parse(_ text: String, dialect: Dialect, origin: (line: Int, column: Int)) -> ParsedScript {
        var parser = Parser(text: text, dialect: dialect, origin: origin)
        let statements = parser.script()
        return ParsedScript(statements: statements, diagnostics: parser.diagnostics)
    }

    init(text: String, dialect: Dialect, origin: (line: Int, column: Int)) {
        let lexed = Lexer.tokenizeForParser(text, dialect: dialect)
        self.dialect = dialect
        self.origin = origin
        tokens = lexed.tokens
        words = lexed.words
        limit = tokens.count - 1
        diagnostics = []
        for diagnostic in lexed.diagnostics { diagnostics.append(shifted(diagnostic)) }
        if origin != (1, 1) {
            tokens = tokens.map { token in
                var token = token
                token.range = shifted(token.range)
                return token
            }
        }
    }

    private func shifted(_ diagnostic: Diagnostic) -> Diagnostic {
        Diagnostic(diagnostic.severity, diagnostic.message, at: shifted(diagnostic.range))
    }

    private func shifted(_ range: SourceRange) -> SourceRange {
        var range = range
        if range.line == 1 { range.column += origin.column - 1 }
        range.line += origin.line - 1
        return range
    }

    // MARK: Cursor

    var current: Token { index < limit ? tokens[index] : tokens[tokens.count - 1] }
    var atEnd: Bool { index >= limit }

    func token(at offset: Int) -> Token {
        index + offset < limit ? tokens[index + offset] : tokens[tokens.count - 1]
    }

    /// Whether the token `offset` ahead is the word `word` (upper case).
    func isWord(_ word: String, at offset: Int = 0) -> Bool {
        index + offset < limit && words[index + offset] == word
    }

    func isWord(in set: Set<String>, at offset: Int = 0) -> Bool {
        index + offset < limit && !words[index + offset].isEmpty && set.contains(words[index + offset])
    }

    func isSymbol(_ symbol: String, at offset: Int = 0) -> Bool {
        index + offset < limit && tokens[index + offset].kind == .symbol && tokens[index + offset].text == symbol
    }

    /// The upper-case word at the cursor, or "" when it is not a word.
    var word: String { index < limit ? words[index] : "" }

    mutating func advance() {
        if index < limit { index += 1 }
    }

    @discardableResult
    mutating func accept(_ word: String) -> Bool {
        guard isWord(word) else { return false }
        index += 1
        return true
    }

    /// Accepts a run of words only when all of them are next.
    @discardableResult
    mutating func accept(_ first: String, _ rest: String...) -> Bool {
        guard isWord(first) else { return false }
        for (offset, word) in rest.enumerated() where !isWord(word, at: offset + 1) { return false }
        index += 1 + rest.count
        return true
    }

    @discardableResult
    mutating func acceptSymbol(_ symbol: String) -> Bool {
        guard isSymbol(symbol) else { return false }
        index += 1
        return true
    }

    mutating func expect(_ word: String) throws {
        guard accept(word) else { throw failure("expected \(word)") }
    }

    mutating func expectSymbol(_ symbol: String) throws {
        guard acceptSymbol(symbol) else { throw failure("expected '\(symbol)'") }
    }

    func failure(_ expected: String) -> Failure {
        let found = atEnd ? "end of input" : "'\(current.text)'"
        return Failure(message: "\(expected), found \(found)", range: current.range)
    }

    /// The end offset of the last token consumed.
    var previousEnd: Int { index > 0 ? tokens[index - 1].range.end : 0 }

    func range(from start: Token) -> SourceRange {
        SourceRange(start: start.range.start, end: max(start.range.end, previousEnd), line: start.range.line, column: start.range.column)
    }

    // MARK: Skipping

    /// Skips a balanced parenthesised group starting at `(`.
    mutating func skipParenthesised() {
        guard isSymbol("(") else { return }
        var depth = 0
        while !atEnd {
            if isSymbol("(") { depth += 1 } else if isSymbol(")") { depth -= 1 }
            advance()
            if depth == 0 { return }
        }
    }

    /// Skips to the end of the statement: a `;` at depth 0 (consumed), or a statement keyword that begins a new line.
    mutating func skipStatement() {
        let startLine = current.range.line
        var depth = 0
        while !atEnd {
            if isSymbol(";") { // a `;` ends the statement even inside unbalanced parentheses
                advance()
                return
            }
            if depth == 0, current.range.line > startLine, isLineStart, isWord(in: Self.statementStarts) { return }
            if isSymbol("(") { depth += 1 } else if isSymbol(")") { depth = max(0, depth - 1) }
            advance()
        }
    }

    /// Whether the token at the cursor is the first on its line.
    var isLineStart: Bool {
        index == 0 || tokens[index - 1].range.line < current.range.line
    }

    static let statementStarts: Set<String> = [
        "SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "WITH", "DROP", "TRUNCATE", "ALTER", "DECLARE", "BEGIN",
    ]
}
