/// Writes Thrift compact protocol bytes, for footers the tests make by hand.
struct ThriftWriter {
    enum WireType: UInt8 {
        case boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7, binary = 8, list = 9
        case set = 10, map = 11, structure = 12
    }

    private(set) var bytes: [UInt8] = []
    private var lastField: [Int] = [0]

    mutating func byte(_ value: UInt8) { bytes.append(value) }
    mutating func bytes(_ values: [UInt8]) { bytes += values }

    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func varint(zigzag value: Int64) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func binary(_ text: String) {
        varint(UInt64(text.utf8.count))
        bytes += Array(text.utf8)
    }

    /// A field header, then its value written by `value`; a struct value's fields are numbered on their own and
    /// closed by a stop.
    mutating func field(_ id: Int, _ type: WireType, _ value: (inout ThriftWriter) -> Void = { _ in }) {
        let delta = id - lastField[lastField.count - 1]
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta << 4) | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            varint(zigzag: Int64(id))
        }
        lastField[lastField.count - 1] = id
        if type == .structure {
            structElement(value)
        } else {
            value(&self)
        }
    }

    /// A struct without a field header (a list element): its fields, then a stop.
    mutating func structElement(_ fields: (inout ThriftWriter) -> Void) {
        lastField.append(0)
        fields(&self)
        bytes.append(0)
        lastField.removeLast()
    }

    /// Ends the top-level struct.
    mutating func stop() {
        bytes.append(0)
    }

    mutating func listHeader(count: Int, element: WireType) {
        if count < 15 {
            bytes.append(UInt8(count << 4) | element.rawValue)
        } else {
            bytes.append(0xF0 | element.rawValue)
            varint(UInt64(count))
        }
    }

    /// A SchemaElement struct as a list element.
    mutating func schemaElement(name: String, type: Int64? = nil, repetition: Int64? = nil, children: Int64? = nil,
                                converted: Int64? = nil) {
        structElement { element in
            if let type { element.field(1, .i32) { $0.varint(zigzag: type) } }
            if let repetition { element.field(3, .i32) { $0.varint(zigzag: repetition) } }
            element.field(4, .binary) { $0.binary(name) }
            if let children { element.field(5, .i32) { $0.varint(zigzag: children) } }
            if let converted { element.field(6, .i32) { $0.varint(zigzag: converted) } }
        }
    }

    /// A Parquet file holding no data, only `footer`.
    static func parquetFile(footer: [UInt8]) -> [UInt8] {
        let length = UInt32(footer.count)
        return Array("PAR1".utf8) + footer + (0..<4).map { UInt8(truncatingIfNeeded: length >> (8 * $0)) } + Array("PAR1".utf8)
    }
}
