/// The type a text value (a CSV field, a JSON string) looks like, and how types widen when values disagree.
///
/// Recognised, in this order: empty (a null), integer (optional sign and digits, up to 18 of them; a number with a
/// leading zero like `007` stays a string, as codes and zip codes do), decimal (digits with a fraction),
/// double (with an exponent), boolean (`true`/`false`, `t`/`f`, any case; `0`/`1` are integers),
/// date (ISO `yyyy-mm-dd`), timestamp (an ISO date, `T` or a space, `hh:mm`, optional `:ss`, fraction and zone
/// `Z`/`+hh:mm`/`+hhmm`/`+hh`), anything else string.
enum TextValueType: Equatable {
    case null, integer, decimal, double, boolean, date, timestamp, string

    /// The shared vocabulary's name; an all-null column reads as string.
    var typeName: String {
        switch self {
        case .null, .string: "string"
        case .integer: "integer"
        case .decimal: "decimal"
        case .double: "double"
        case .boolean: "boolean"
        case .date: "date"
        case .timestamp: "timestamp"
        }
    }

    var isTyped: Bool { self != .null && self != .string }

    /// The narrowest type both values fit: integer widens to decimal and double, date to timestamp,
    /// and any other disagreement to string.
    func widened(with other: TextValueType) -> TextValueType {
        switch (self, other) {
        case (.null, _): other
        case (_, .null): self
        case _ where self == other: self
        case (.integer, .decimal), (.decimal, .integer): .decimal
        case (.integer, .double), (.double, .integer), (.decimal, .double), (.double, .decimal): .double
        case (.date, .timestamp), (.timestamp, .date): .timestamp
        default: .string
        }
    }

    /// The type of one value; surrounding spaces are ignored.
    static func of(_ text: String) -> TextValueType {
        var utf8 = Array(text.utf8)[...]
        while let first = utf8.first, first == 0x20 || first == 0x09 { utf8 = utf8.dropFirst() }
        while let last = utf8.last, last == 0x20 || last == 0x09 || last == 0x0D { utf8 = utf8.dropLast() }
        guard !utf8.isEmpty else { return .null }
        if let number = number(utf8) { return number }
        if isBoolean(utf8) { return .boolean }
        if let temporal = temporal(utf8) { return temporal }
        return .string
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> TextValueType? {
        var index = bytes.startIndex
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let integerStart = index
        while index < bytes.endIndex, isDigit(bytes[index]) { index += 1 }
        let integerDigits = index - integerStart
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") { return nil }
        if index == bytes.endIndex {
            guard integerDigits > 0 else { return nil }
            return integerDigits <= 18 ? .integer : .decimal
        }
        var fractionDigits = 0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.endIndex, isDigit(bytes[index]) { index += 1 }
            fractionDigits = index - fractionStart
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if index == bytes.endIndex { return .decimal }
        guard bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") else { return nil }
        index += 1
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let exponentStart = index
        while index < bytes.endIndex, isDigit(bytes[index]) { index += 1 }
        return index == bytes.endIndex && index > exponentStart ? .double : nil
    }

    private static func isBoolean(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.count <= 5 else { return false }
        let lower = String(decoding: bytes, as: UTF8.self).lowercased()
        return lower == "true" || lower == "false" || lower == "t" || lower == "f"
    }

    /// Date or timestamp, checked by shape and by month and day ranges.
    private static func temporal(_ bytes: ArraySlice<UInt8>) -> TextValueType? {
        let b = Array(bytes)
        guard b.count >= 10, digits(b, 0, 4), b[4] == UInt8(ascii: "-"), digits(b, 5, 2), b[7] == UInt8(ascii: "-"),
              digits(b, 8, 2) else { return nil }
        let month = value(b, 5, 2)
        let day = value(b, 8, 2)
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        if b.count == 10 { return .date }
        guard b.count >= 16, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), digits(b, 11, 2),
              b[13] == UInt8(ascii: ":"), digits(b, 14, 2), value(b, 11, 2) < 24, value(b, 14, 2) < 60 else { return nil }
        var index = 16
        if index < b.count, b[index] == UInt8(ascii: ":") {
            guard digits(b, index + 1, 2), value(b, index + 1, 2) <= 60 else { return nil }
            index += 3
            if index < b.count, b[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < b.count, isDigit(b[index]) { index += 1 }
                guard index > start, index - start <= 9 else { return nil }
            }
        }
        if index == b.count { return .timestamp }
        if b[index] == UInt8(ascii: "Z"), index + 1 == b.count { return .timestamp }
        guard b[index] == UInt8(ascii: "+") || b[index] == UInt8(ascii: "-"), digits(b, index + 1, 2) else { return nil }
        index += 3
        if index == b.count { return .timestamp }
        if b[index] == UInt8(ascii: ":") { index += 1 }
        return digits(b, index, 2) && index + 2 == b.count ? .timestamp : nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Bool {
        guard start >= 0, start + count <= bytes.count else { return false }
        return bytes[start..<start + count].allSatisfy(isDigit)
    }

    private static func value(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int {
        bytes[start..<start + count].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
