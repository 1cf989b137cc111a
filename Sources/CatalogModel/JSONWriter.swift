/// Writes JSON text directly into bytes, without Foundation's encoder, for the hot path of bulk writes.
public enum JSONWriter {
    /// The compact JSON text of a value, object keys sorted.
    public static func text(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The JSON text of a column list, keys in the order `Column`'s Codable form sorts them.
    public static func text(_ columns: [Column]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(64 * columns.count + 2)
        out.append(UInt8(ascii: "["))
        for (index, column) in columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            write(column, to: &out)
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text of a value.
    public static func write(_ value: JSONValue, to out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): writeNumber(number, to: &out)
        case .string(let string): writeString(string, to: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                write(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                write(members[key] ?? .null, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    static func write(_ column: Column, to out: inout [UInt8]) {
        var first = true
        func key(_ name: String) {
            out.append(contentsOf: (first ? "{\"" : ",\"").utf8)
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: "\":".utf8)
            first = false
        }
        if let description = column.description { key("description"); writeString(description, to: &out) }
        key("name"); writeString(column.name, to: &out)
        if let nullable = column.nullable { key("nullable"); out.append(contentsOf: (nullable ? "true" : "false").utf8) }
        if let position = column.position { key("position"); out.append(contentsOf: String(position).utf8) }
        if let tags = column.tags { key("tags"); write(.array(tags.map(JSONValue.string)), to: &out) }
        if let type = column.type { key("type"); writeString(type, to: &out) }
        out.append(UInt8(ascii: "}"))
    }

    static func writeNumber(_ number: Double, to out: inout [UInt8]) {
        if number.rounded() == number, abs(number) < 9e15 {
            out.append(contentsOf: String(Int64(number)).utf8)
        } else if number.isFinite {
            out.append(contentsOf: "\(number)".utf8)
        } else {
            out.append(contentsOf: "null".utf8)
        }
    }

    /// Appends a quoted, escaped JSON string.
    public static func writeString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
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
