/// Writes JSON text directly, without Foundation's encoder, for the hot path of bulk writes.
public enum JSONWriter {
    /// The compact JSON text of a value, object keys sorted.
    public static func text(_ value: JSONValue) -> String {
        var out = ""
        write(value, to: &out)
        return out
    }

    /// Appends the JSON text of a value to `out`.
    public static func write(_ value: JSONValue, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number):
            if number.rounded() == number, abs(number) < 9e15 {
                out += String(Int64(number))
            } else if number.isFinite {
                out += "\(number)"
            } else {
                out += "null"
            }
        case .string(let string): writeString(string, to: &out)
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                write(item, to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out += "," }
                writeString(key, to: &out)
                out += ":"
                write(members[key] ?? .null, to: &out)
            }
            out += "}"
        }
    }

    /// Appends a quoted, escaped JSON string.
    public static func writeString(_ string: String, to out: inout String) {
        var string = string
        let clean = string.withUTF8 { bytes in
            !bytes.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        }
        out += "\""
        if clean {
            out += string
        } else {
            for scalar in string.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension Column {
    /// The column as a JSON value, with the keys its Codable form uses.
    public var jsonValue: JSONValue {
        var members: JSONObject = ["name": .string(name)]
        if let type { members["type"] = .string(type) }
        if let nullable { members["nullable"] = .bool(nullable) }
        if let position { members["position"] = .number(Double(position)) }
        if let description { members["description"] = .string(description) }
        if let tags { members["tags"] = .array(tags.map(JSONValue.string)) }
        return .object(members)
    }
}

extension BusinessMetadata {
    /// The metadata as a JSON value, with the keys its Codable form uses.
    public var jsonValue: JSONValue {
        var members: JSONObject = [
            "owners": .array(owners.map(JSONValue.string)),
            "tags": .array(tags.map(JSONValue.string)),
            "custom_properties": .object(customProperties),
        ]
        if let description { members["description"] = .string(description) }
        if let classification { members["classification"] = .string(classification) }
        return .object(members)
    }
}
