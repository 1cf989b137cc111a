/// A JSON parser over bytes that tells a syntax error from text that merely stops early, so a reader can parse
/// the complete records of a truncated prefix. Nesting is capped at `maxDepth`.
struct JSONParser {
    /// Why parsing stopped.
    enum Failure: Error {
        /// The bytes end inside a value: more of the file would be needed.
        case truncated
        /// Not JSON: what was wrong and the byte offset.
        case invalid(String, at: Int)
    }

    static let maxDepth = 128

    private let bytes: [UInt8]
    private(set) var offset: Int
    private let end: Int
    /// False when the bytes are a prefix of a longer text, so a number at their very end may be cut short.
    private let complete: Bool

    init(_ bytes: [UInt8], from start: Int = 0, to end: Int? = nil, complete: Bool = true) {
        self.bytes = bytes
        self.complete = complete
        self.end = min(end ?? bytes.count, bytes.count)
        self.offset = min(max(0, start), self.end)
    }

    /// Parses a whole document: one value and nothing after it but whitespace.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONNode {
        var parser = JSONParser(bytes)
        parser.skipByteOrderMark()
        let value = try parser.value()
        parser.skipWhitespace()
        guard parser.isAtEnd else { throw .invalid("unexpected text after the JSON value", at: parser.offset) }
        return value
    }

    /// A failure in words for an error message.
    static func describe(_ failure: Failure) -> String {
        switch failure {
        case .truncated: "the JSON text ends in the middle of a value"
        case .invalid(let message, let offset): "\(message) at byte \(offset)"
        }
    }

    var isAtEnd: Bool { offset >= end }

    /// The next byte, without consuming it.
    var peek: UInt8? { offset < end ? bytes[offset] : nil }

    mutating func advance() {
        if offset < end { offset += 1 }
    }

    mutating func skipWhitespace() {
        while offset < end, Self.isWhitespace(bytes[offset]) { offset += 1 }
    }

    mutating func skipByteOrderMark() {
        if end - offset >= 3, bytes[offset] == 0xEF, bytes[offset + 1] == 0xBB, bytes[offset + 2] == 0xBF { offset += 3 }
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Parses one value after optional whitespace.
    mutating func value() throws(Failure) -> JSONNode {
        try value(depth: 0)
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONNode {
        skipWhitespace()
        guard let byte = peek else { throw .truncated }
        switch byte {
        case UInt8(ascii: "{"): return try object(depth: depth + 1)
        case UInt8(ascii: "["): return try array(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw .invalid("unexpected character \(ByteText.preview([byte]))", at: offset)
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for byte in word.utf8 {
            guard let next = peek else { throw .truncated }
            guard next == byte else { throw .invalid("unexpected character \(ByteText.preview([next]))", at: offset) }
            offset += 1
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONNode {
        guard depth <= Self.maxDepth else { throw .invalid("JSON nests deeper than \(Self.maxDepth) levels", at: offset) }
        offset += 1
        var members: [(key: String, value: JSONNode)] = []
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            offset += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard let quote = peek else { throw .truncated }
            guard quote == UInt8(ascii: "\"") else { throw .invalid("expected a key in quotes", at: offset) }
            let key = try string()
            skipWhitespace()
            guard let colon = peek else { throw .truncated }
            guard colon == UInt8(ascii: ":") else { throw .invalid("expected ':' after a key", at: offset) }
            offset += 1
            members.append((key, try value(depth: depth)))
            skipWhitespace()
            guard let next = peek else { throw .truncated }
            offset += 1
            if next == UInt8(ascii: ",") { continue }
            if next == UInt8(ascii: "}") { return .object(members) }
            throw .invalid("expected ',' or '}' in an object", at: offset - 1)
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONNode {
        guard depth <= Self.maxDepth else { throw .invalid("JSON nests deeper than \(Self.maxDepth) levels", at: offset) }
        offset += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            offset += 1
            return .array(items)
        }
        while true {
            items.append(try value(depth: depth))
            skipWhitespace()
            guard let next = peek else { throw .truncated }
            offset += 1
            if next == UInt8(ascii: ",") { continue }
            if next == UInt8(ascii: "]") { return .array(items) }
            throw .invalid("expected ',' or ']' in an array", at: offset - 1)
        }
    }

    private mutating func string() throws(Failure) -> String {
        offset += 1
        let start = offset
        while offset < end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                defer { offset += 1 }
                return ByteText.string(bytes[start..<offset])
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw .invalid("a control character inside a string", at: offset) }
            offset += 1
        }
        guard offset < end else { throw .truncated }
        var text = Array(bytes[start..<offset])
        while offset < end {
            let byte = bytes[offset]
            offset += 1
            switch byte {
            case UInt8(ascii: "\""): return ByteText.string(text)
            case UInt8(ascii: "\\"):
                guard offset < end else { throw .truncated }
                let escaped = bytes[offset]
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"): text.append(contentsOf: try unicodeEscape())
                default: throw .invalid("an unknown escape \\\(ByteText.string([escaped]))", at: offset - 1)
                }
            case 0..<0x20: throw .invalid("a control character inside a string", at: offset - 1)
            default: text.append(byte)
            }
        }
        throw .truncated
    }

    /// The UTF-8 bytes of a \uXXXX escape (after the `u`), joining a surrogate pair.
    private mutating func unicodeEscape() throws(Failure) -> [UInt8] {
        var scalar = try hex4()
        if (0xD800..<0xDC00).contains(scalar), end - offset >= 2, bytes[offset] == UInt8(ascii: "\\"),
           bytes[offset + 1] == UInt8(ascii: "u") {
            offset += 2
            let low = try hex4()
            if (0xDC00..<0xE000).contains(low) {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            }
        }
        let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        return Array(String(Character(character)).utf8)
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard end - offset >= 4 else { throw .truncated }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .invalid("a bad \\u escape", at: offset)
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    private mutating func number() throws(Failure) -> JSONNode {
        let start = offset
        var isInteger = true
        if peek == UInt8(ascii: "-") { offset += 1 }
        var digits = 0
        while let byte = peek, Self.isDigit(byte) { offset += 1; digits += 1 }
        if peek == UInt8(ascii: ".") {
            isInteger = false
            offset += 1
            var fraction = 0
            while let byte = peek, Self.isDigit(byte) { offset += 1; fraction += 1 }
            if fraction == 0 { if isAtEnd { throw .truncated } else { throw .invalid("a bad number", at: offset) } }
        }
        if let byte = peek, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            isInteger = false
            offset += 1
            if let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { offset += 1 }
            var exponent = 0
            while let byte = peek, Self.isDigit(byte) { offset += 1; exponent += 1 }
            if exponent == 0 { if isAtEnd { throw .truncated } else { throw .invalid("a bad number", at: offset) } }
        }
        if digits == 0 { if isAtEnd { throw .truncated } else { throw .invalid("a bad number", at: offset) } }
        // A number running to the end of the bytes may continue past them.
        if isAtEnd && !complete { throw .truncated }
        let text = ByteText.string(bytes[start..<offset])
        if isInteger, let value = Int64(text) { return .integer(value) }
        guard let value = Double(text) else { throw .invalid("a bad number", at: start) }
        return .double(value)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
