/// Turns SQL text into tokens, reading the dialect's rules for quotes, comments, hints and parameters.
/// It never stops at a problem: an unterminated string or comment becomes a diagnostic and the token runs to
/// the end of the text.
public struct Lexer {
    private let bytes: [UInt8]
    private let dialect: Dialect
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// Where the token being read starts, for its diagnostics.
    private var tokenLine = 1
    private var tokenColumn = 1
    private var tokens: [Token] = []
    private var diagnostics: [Diagnostic] = []

    /// The tokens of `text` (comments included, ending with `.endOfInput`) and what was wrong in it.
    public static func tokenize(_ text: String, dialect: Dialect) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(bytes: Array(text.utf8), dialect: dialect)
        lexer.run()
        return (lexer.tokens, lexer.diagnostics)
    }

    /// Per byte: may it continue an unquoted identifier (letters, digits, `_`, non-ASCII, the dialect's extras)?
    private let identifierBytes: [Bool]
    /// Per byte: may it start an unquoted identifier?
    private let identifierStartBytes: [Bool]
    /// Per byte: does it open a string literal?
    private let stringQuoteBytes: [Bool]

    private init(bytes: [UInt8], dialect: Dialect) {
        self.bytes = bytes
        self.dialect = dialect
        var identifier = [Bool](repeating: false, count: 256)
        var start = [Bool](repeating: false, count: 256)
        for byte in 0..<256 {
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            identifier[byte] = letter || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte >= 0x80
            start[byte] = letter || byte == 0x5F || byte >= 0x80
        }
        for extra in dialect.identifierExtras { if let ascii = extra.asciiValue { identifier[Int(ascii)] = true } }
        for extra in dialect.identifierStarts { if let ascii = extra.asciiValue { start[Int(ascii)] = true } }
        var quotes = [Bool](repeating: false, count: 256)
        for quote in dialect.stringQuotes { if let ascii = quote.asciiValue { quotes[Int(ascii)] = true } }
        identifierBytes = identifier
        identifierStartBytes = start
        stringQuoteBytes = quotes
    }

    private static let multiCharacterSymbols = ["->>", "<<", ">>", "<=", ">=", "<>", "!=", "^=", "||", "::", ":=", "=>", "->", "**", ".."]

    private mutating func run() {
        while true {
            skipSpace()
            guard position < bytes.count else { break }
            let start = position, startLine = line, startColumn = position - lineStart + 1
            (tokenLine, tokenColumn) = (startLine, startColumn)
            let (kind, value) = next()
            let range = SourceRange(start: start, end: position, line: startLine, column: startColumn)
            tokens.append(Token(kind: kind, text: String(decoding: bytes[start..<position], as: UTF8.self), value: value, range: range))
        }
        let end = SourceRange(start: bytes.count, end: bytes.count, line: line, column: bytes.count - lineStart + 1)
        tokens.append(Token(kind: .endOfInput, text: "", value: "", range: end))
    }

    private func byte(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func char(_ offset: Int = 0) -> Character? {
        byte(offset).map { Character(Unicode.Scalar($0)) }
    }

    private func starts(with text: String) -> Bool {
        var offset = position
        for byte in text.utf8 {
            guard offset < bytes.count, bytes[offset] == byte else { return false }
            offset += 1
        }
        return true
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where position < bytes.count {
            if bytes[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
    }

    private mutating func skipSpace() {
        while let byte = byte(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C { advance() }
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[max(0, range.lowerBound)..<min(bytes.count, range.upperBound)], as: UTF8.self)
    }

    private mutating func problem(_ message: String, from start: Int) {
        let range = SourceRange(start: start, end: position, line: tokenLine, column: tokenColumn)
        diagnostics.append(Diagnostic(.error, message, at: range))
    }

    private mutating func next() -> (Token.Kind, String) {
        if let comment = comment() { return comment }
        if let string = prefixedString() { return string }
        if dialect.dollarQuoting, char() == "$", let quoted = dollarQuoted() { return quoted }
        if let byte = byte(), byte >= 0x80 || !identifierStartBytes[Int(byte)], let c = char() {
            if stringQuoteBytes[Int(byte)] { return (.string, quoted(until: c, backslash: dialect.backslashEscapes, what: "string")) }
            if let close = dialect.identifierQuotes[c] {
                return (.quotedIdentifier, quoted(until: close, backslash: false, what: "quoted identifier"))
            }
        }
        if let parameter = parameter() { return parameter }
        if let byte = byte(), isDigit(byte) || (byte == UInt8(ascii: ".") && self.byte(1).map(isDigit) == true) { return number() }
        if let byte = byte(), identifierStartBytes[Int(byte)] { return word() }
        for symbol in Self.multiCharacterSymbols where byte() == symbol.utf8.first && starts(with: symbol) {
            advance(symbol.utf8.count)
            return (.symbol, symbol)
        }
        let symbol = text(position..<position + 1)
        advance()
        return (.symbol, symbol)
    }

    private mutating func comment() -> (Token.Kind, String)? {
        for prefix in dialect.lineComments where byte() == prefix.utf8.first && starts(with: prefix) {
            let isHint = dialect.hints && prefix == "--" && byte(2) == UInt8(ascii: "+")
            let contentStart = position + prefix.utf8.count + (isHint ? 1 : 0)
            while let byte = byte(), byte != 0x0A { advance() }
            return (isHint ? .hint : .comment, text(contentStart..<position).trimmed)
        }
        guard byte() == UInt8(ascii: "/"), byte(1) == UInt8(ascii: "*") else { return nil }
        let start = position
        let isHint = dialect.hints && byte(2) == UInt8(ascii: "+")
        advance(isHint ? 3 : 2)
        let contentStart = position
        while position < bytes.count, !starts(with: "*/") { advance() }
        guard position < bytes.count else {
            problem("unterminated comment", from: start)
            return (isHint ? .hint : .comment, text(contentStart..<position).trimmed)
        }
        let content = text(contentStart..<position)
        advance(2)
        return (isHint ? .hint : .comment, content.trimmed)
    }

    /// Strings with a letter before the quote: Oracle `q'[...]'` and `nq'...'`, national `N'...'`,
    /// PostgreSQL `E'...'` (backslash escapes), `X'...'` and `B'...'`.
    private mutating func prefixedString() -> (Token.Kind, String)? {
        guard let byte = byte(), "qQnNeExXbB".utf8.contains(byte), let first = char()?.lowercased() else { return nil }
        if dialect.alternativeQuoting {
            let offset = first == "n" && char(1)?.lowercased() == "q" ? 1 : 0
            if (first == "q" || offset == 1), char(offset + 1) == "'", let open = char(offset + 2), !open.isWhitespace {
                let start = position
                advance(offset + 3)
                let close: Character = ["[": "]", "(": ")", "{": "}", "<": ">"][open] ?? open
                let contentStart = position
                while position < bytes.count, !(char() == close && char(1) == "'") { advance() }
                let content = text(contentStart..<position)
                if position < bytes.count { advance(2) } else { problem("unterminated q-quoted string", from: start) }
                return (.string, content)
            }
        }
        guard ["n", "e", "x", "b"].contains(first), let quote = char(1), quote == "'" else { return nil }
        advance()
        return (.string, quoted(until: quote, backslash: dialect.backslashEscapes || first == "e", what: "string"))
    }

    /// `$$...$$` or `$tag$...$tag$`; nil (nothing consumed) when `$` does not open one.
    private mutating func dollarQuoted() -> (Token.Kind, String)? {
        var end = position + 1
        while end < bytes.count, isIdentifierByte(bytes[end]), !isDigit(bytes[position + 1]) { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "$") else { return nil }
        let tag = text(position..<end + 1)
        let start = position
        advance(tag.utf8.count)
        let contentStart = position
        while position < bytes.count, !starts(with: tag) { advance() }
        let content = text(contentStart..<position)
        if position < bytes.count { advance(tag.utf8.count) } else { problem("unterminated \(tag) string", from: start) }
        return (.string, content)
    }

    /// A quoted run from the current opening character to `close`; a doubled `close` stands for itself.
    private mutating func quoted(until close: Character, backslash: Bool, what: String) -> String {
        let start = position
        advance()
        var value: [UInt8] = []
        let closeByte = close.asciiValue ?? 0
        while let byte = byte() {
            if backslash, byte == UInt8(ascii: "\\"), let escaped = self.byte(1) {
                value.append(Self.unescape(escaped))
                advance(2)
            } else if byte == closeByte {
                if self.byte(1) == closeByte {
                    value.append(byte)
                    advance(2)
                } else {
                    advance()
                    return String(decoding: value, as: UTF8.self)
                }
            } else {
                value.append(byte)
                advance()
            }
        }
        problem("unterminated \(what)", from: start)
        return String(decoding: value, as: UTF8.self)
    }

    private static func unescape(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "0"): 0x00
        default: byte
        }
    }

    private mutating func parameter() -> (Token.Kind, String)? {
        guard let c = char() else { return nil }
        if c == "?" {
            advance()
            return (.parameter, "?")
        }
        guard dialect.parameterPrefixes.contains(c), let following = byte(1) else { return nil }
        if c == ":", following == UInt8(ascii: ":") || following == UInt8(ascii: "=") { return nil }
        let doubled = c == "@" && following == UInt8(ascii: "@")
        let nameStart = position + (doubled ? 2 : 1)
        guard nameStart < bytes.count, isIdentifierByte(bytes[nameStart]) else { return nil }
        advance(doubled ? 2 : 1)
        while let byte = byte(), identifierBytes[Int(byte)] { advance() }
        return (.parameter, text(nameStart..<position))
    }

    private mutating func number() -> (Token.Kind, String) {
        let start = position
        while let byte = byte(), isDigit(byte) { advance() }
        if byte() == UInt8(ascii: "."), byte(1) != UInt8(ascii: ".") {
            advance()
            while let byte = byte(), isDigit(byte) { advance() }
        }
        if let e = byte(), e | 0x20 == UInt8(ascii: "e") {
            let sign = byte(1) == UInt8(ascii: "+") || byte(1) == UInt8(ascii: "-") ? 1 : 0
            if let digit = byte(1 + sign), isDigit(digit) {
                advance(1 + sign)
                while let byte = byte(), isDigit(byte) { advance() }
            }
        }
        return (.number, text(start..<position))
    }

    private mutating func word() -> (Token.Kind, String) {
        let start = position
        advance()
        while position < bytes.count, identifierBytes[Int(bytes[position])] { position += 1 } // words hold no newline
        return (.word, text(start..<position))
    }

    private func isIdentifierByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

extension String {
    var trimmed: String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
