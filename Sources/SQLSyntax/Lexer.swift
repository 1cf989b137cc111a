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
    /// The parser's reading: comments and hints left out, and the upper-case spelling of each word kept beside it.
    private var forParser = false
    private var upperWords: [String] = []

    /// The tokens of `text` (comments included, ending with `.endOfInput`) and what was wrong in it.
    public static func tokenize(_ text: String, dialect: Dialect) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        var lexer = Lexer(bytes: Array(text.utf8), dialect: dialect)
        lexer.run()
        return (lexer.tokens, lexer.diagnostics)
    }

    /// Per byte: may it continue an unquoted identifier?
    private let identifierBytes: [Bool]
    /// Per byte: may it start an unquoted identifier?
    private let identifierStartBytes: [Bool]
    /// Per byte: does it open a string literal?
    private let stringQuoteBytes: [Bool]
    private let lineCommentPrefixes: [[UInt8]]
    private let classes: ByteClasses

    /// The tokens the parser reads (no comments or hints), each word's upper-case spelling, and the diagnostics.
    static func tokenizeForParser(_ text: String, dialect: Dialect) -> (tokens: [Token], words: [String], diagnostics: [Diagnostic]) {
        var lexer = Lexer(bytes: Array(text.utf8), dialect: dialect)
        lexer.forParser = true
        lexer.run()
        return (lexer.tokens, lexer.upperWords, lexer.diagnostics)
    }

    private init(bytes: [UInt8], dialect: Dialect) {
        self.bytes = bytes
        self.dialect = dialect
        identifierBytes = dialect.byteClasses.identifier
        identifierStartBytes = dialect.byteClasses.identifierStart
        stringQuoteBytes = dialect.byteClasses.stringQuote
        lineCommentPrefixes = dialect.lineComments.map { Array($0.utf8) }
        classes = dialect.byteClasses
    }

    private static let multiCharacterSymbols = ["#>>", "->>", "!~*", "||/", "<<", ">>", "<=", ">=", "<>", "!=", "^=", "||", "::", ":=",
                                                "=>", "->", "**", "..", "#>", "@>", "<@", "&&", "~*", "!~", "?|", "?&", "|/", "#-", "@@"]
        .map { Array($0.utf8) }

    private mutating func run() {
        while true {
            skipSpace()
            guard position < bytes.count else { break }
            let start = position, startLine = line, startColumn = position - lineStart + 1
            (tokenLine, tokenColumn) = (startLine, startColumn)
            let (kind, value) = next()
            if forParser, kind == .comment || kind == .hint { continue }
            let range = SourceRange(start: start, end: position, line: startLine, column: startColumn)
            let sameText = kind == .word || kind == .symbol || kind == .number // their value is their text
            let text = sameText ? value : String(decoding: bytes[start..<position], as: UTF8.self)
            tokens.append(Token(kind: kind, text: text, value: value, range: range))
            if forParser { upperWords.append(kind == .word ? upperCased(start..<position, text: value) : "") }
        }
        let end = SourceRange(start: bytes.count, end: bytes.count, line: line, column: bytes.count - lineStart + 1)
        tokens.append(Token(kind: .endOfInput, text: "", value: "", range: end))
        if forParser { upperWords.append("") }
    }

    /// ASCII letters upper-cased; other bytes (non-ASCII letters included) as they are.
    private func upperCased(_ range: Range<Int>, text: String) -> String {
        if !bytes[range].contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return text }
        return String(unsafeUninitializedCapacity: range.count) { buffer in
            for (offset, byte) in bytes[range].enumerated() { buffer[offset] = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }
            return range.count
        }
    }

    private func byte(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func char(_ offset: Int = 0) -> Character? {
        byte(offset).map { Character(Unicode.Scalar($0)) }
    }

    private func starts(with text: String) -> Bool {
        starts(with: Array(text.utf8))
    }

    private func starts(with pattern: [UInt8]) -> Bool {
        var offset = position
        for byte in pattern {
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

    /// The next token, dispatched on its first byte through the dialect's byte tables.
    private mutating func next() -> (Token.Kind, String) {
        let first = Int(bytes[position])
        if !dialect.freeTextLineCommands.isEmpty, identifierStartBytes[first], isLineStart, let comment = freeTextLine() { return comment }
        if first == 0x24, dialect.conditionalCompilation, let directive = compilationDirective() { return directive }
        if classes.commentStart[first], let comment = comment() { return comment }
        if let string = prefixedString() { return string }
        if first == 0x24, dialect.dollarQuoting, let quoted = dollarQuoted() { return quoted }
        if first < 0x80 {
            if stringQuoteBytes[first] {
                return (.string, quoted(until: Character(Unicode.Scalar(UInt8(first))), backslash: dialect.backslashEscapes, what: "string"))
            }
            if classes.identifierQuote[first], let close = dialect.identifierQuotes[Character(Unicode.Scalar(UInt8(first)))] {
                return (.quotedIdentifier, quoted(until: close, backslash: false, what: "quoted identifier"))
            }
            if classes.parameterPrefix[first], let parameter = parameter() { return parameter }
            if isDigit(UInt8(first)) || (first == 0x2E && self.byte(1).map(isDigit) == true) { return number() }
        }
        if identifierStartBytes[first] { return word() }
        for symbol in Self.multiCharacterSymbols where byte() == symbol[0] && starts(with: symbol) {
            advance(symbol.count)
            return (.symbol, String(decoding: symbol, as: UTF8.self))
        }
        let symbol = text(position..<position + 1)
        advance()
        return (.symbol, symbol)
    }

    /// Whether only spaces stand before the cursor on its line.
    private var isLineStart: Bool {
        var offset = position - 1
        while offset >= lineStart, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset -= 1 }
        return offset < lineStart
    }

    /// `PROMPT Loading today's rows` and `REM ...`: the whole line is a comment (its apostrophes open no string).
    private mutating func freeTextLine() -> (Token.Kind, String)? {
        var end = position
        while end < bytes.count, identifierBytes[Int(bytes[end])] { end += 1 }
        let word = String(decoding: bytes[position..<end].map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
        guard dialect.freeTextLineCommands.contains(word), end == bytes.count || bytes[end] == 0x20 || bytes[end] == 0x09
                || bytes[end] == 0x0A || bytes[end] == 0x0D else { return nil }
        let start = position
        while let byte = byte(), byte != 0x0A { advance() }
        return (.comment, text(start..<position))
    }

    /// Conditional compilation: `$$NAME` reads as a parameter; `$IF`, `$ELSIF`, `$THEN`, `$ELSE`, `$END`, `$ERROR` as
    /// comments, so that the code of every branch is read (the condition between `$IF` and `$THEN` too).
    private mutating func compilationDirective() -> (Token.Kind, String)? {
        if byte(1) == 0x24, let third = byte(2), identifierStartBytes[Int(third)] {
            let start = position + 2
            advance(2)
            while let byte = byte(), identifierBytes[Int(byte)] { advance() }
            return (.parameter, text(start..<position))
        }
        var end = position + 1
        while end < bytes.count, identifierBytes[Int(bytes[end])] { end += 1 }
        let word = String(decoding: bytes[(position + 1)..<end], as: UTF8.self).uppercased()
        switch word {
        case "THEN", "ELSE", "END":
            advance(end - position)
            return (.comment, word)
        case "IF", "ELSIF", "ERROR":
            let start = position
            advance(end - position) // the condition is skipped with the directive, up to $THEN or $END
            while position < bytes.count, !(byte() == 0x24 && (starts(with: "$THEN") || starts(with: "$then") || starts(with: "$END")
                                                               || starts(with: "$end"))) {
                advance()
            }
            if starts(with: "$THEN") || starts(with: "$then") { advance(5) }
            return (.comment, text(start..<position))
        default:
            return nil
        }
    }

    private mutating func comment() -> (Token.Kind, String)? {
        for prefix in lineCommentPrefixes where byte() == prefix[0] && starts(with: prefix) {
            let isHint = dialect.hints && prefix == [0x2D, 0x2D] && byte(2) == UInt8(ascii: "+")
            let contentStart = position + prefix.count + (isHint ? 1 : 0)
            while let byte = byte(), byte != 0x0A { advance() }
            return (isHint ? .hint : .comment, text(contentStart..<position).trimmed)
        }
        guard byte() == UInt8(ascii: "/"), byte(1) == UInt8(ascii: "*") else { return nil }
        let start = position
        let isHint = dialect.hints && byte(2) == UInt8(ascii: "+")
        advance(isHint ? 3 : 2)
        let contentStart = position
        var nesting = 0
        while position < bytes.count {
            if dialect.nestedComments, byte() == UInt8(ascii: "/"), byte(1) == UInt8(ascii: "*") {
                nesting += 1
                advance(2)
                continue
            }
            if byte() == UInt8(ascii: "*"), byte(1) == UInt8(ascii: "/") {
                if nesting == 0 { break }
                nesting -= 1
                advance(2)
                continue
            }
            advance()
        }
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
        guard let byte = byte() else { return nil }
        switch byte | 0x20 {
        case UInt8(ascii: "q"), UInt8(ascii: "n"), UInt8(ascii: "e"), UInt8(ascii: "x"), UInt8(ascii: "b"): break
        default: return nil
        }
        guard let first = char()?.lowercased() else { return nil }
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
            guard dialect.questionMarkParameters else { return nil }
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
        if let suffix = byte(), [UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "d"), UInt8(ascii: "D")].contains(suffix),
           self.byte(1).map({ !identifierBytes[Int($0)] }) ?? true {
            advance() // Oracle BINARY_FLOAT / BINARY_DOUBLE literals: 1.8f, 2d
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
