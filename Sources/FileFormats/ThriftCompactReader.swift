/// Decodes Thrift's compact protocol, the encoding of Parquet's footer.
///
/// Structs are read field by field through a handler that decodes the fields it knows and calls `skip` for the
/// rest, so fields added by newer writers (nested structs, lists and maps included) are passed over correctly.
/// Nesting deeper than `maxDepth` and collection sizes larger than the bytes left are errors, so corrupt input
/// can neither exhaust the stack nor allocate unbounded memory.
struct ThriftCompactReader {
    /// The wire types of the compact protocol.
    enum WireType: UInt8 {
        case stop = 0, boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7
        case binary = 8, list = 9, set = 10, map = 11, structure = 12, uuid = 13
    }

    /// A field header: its id and wire type.
    struct Field {
        var id: Int16
        var type: WireType
    }

    static let maxDepth = 64

    private var cursor: ByteCursor
    private var depth = 0
    /// Names the data in error messages: "Parquet footer".
    let what: String

    init(_ bytes: [UInt8], what: String) {
        cursor = ByteCursor(bytes)
        self.what = what
    }

    var offset: Int { cursor.offset }

    // MARK: Structs

    /// Reads one struct, calling `handle` for each field; `handle` must consume the field's value.
    mutating func readStruct(_ handle: (inout ThriftCompactReader, Field) throws -> Void) throws {
        try enter()
        defer { depth -= 1 }
        var lastID: Int16 = 0
        while true {
            let header = try read { try $0.byte() }
            guard let type = WireType(rawValue: header & 0x0F) else {
                throw corrupt("unknown field type \(header & 0x0F)")
            }
            if type == .stop { return }
            let delta = Int16(header >> 4)
            let id: Int16
            if delta != 0 {
                id = lastID &+ delta
            } else {
                id = Int16(truncatingIfNeeded: try read { try $0.zigzag() })
            }
            lastID = id
            try handle(&self, Field(id: id, type: type))
        }
    }

    /// Reads a list (or set) header and calls `element` once per element; `element` must consume it.
    mutating func readList(_ element: (inout ThriftCompactReader, WireType) throws -> Void) throws {
        try enter()
        defer { depth -= 1 }
        let header = try read { try $0.byte() }
        var count = Int(header >> 4)
        if count == 15 { count = try length() }
        guard let type = WireType(rawValue: header & 0x0F) else {
            throw corrupt("unknown list element type \(header & 0x0F)")
        }
        guard count <= cursor.remaining else { throw corrupt("a list of \(count) elements is longer than the data") }
        for _ in 0..<count { try element(&self, type) }
    }

    // MARK: Values

    mutating func readBool(_ field: Field) throws -> Bool {
        switch field.type {
        case .boolTrue: return true
        case .boolFalse: return false
        default: throw corrupt("field \(field.id) should be a bool")
        }
    }

    mutating func readI32(_ field: Field) throws -> Int32 {
        guard [.byte, .i16, .i32].contains(field.type) else { throw corrupt("field \(field.id) should be an i32") }
        if field.type == .byte { return Int32(Int8(bitPattern: try read { try $0.byte() })) }
        let value = try read { try $0.zigzag() }
        guard let narrow = Int32(exactly: value) else { throw corrupt("field \(field.id) does not fit in an i32") }
        return narrow
    }

    mutating func readI64(_ field: Field) throws -> Int64 {
        guard [.byte, .i16, .i32, .i64].contains(field.type) else { throw corrupt("field \(field.id) should be an i64") }
        if field.type == .byte { return Int64(Int8(bitPattern: try read { try $0.byte() })) }
        return try read { try $0.zigzag() }
    }

    /// A list element or a field of wire type i32 (enums in lists are i32).
    mutating func readI32(element type: WireType) throws -> Int32 {
        try readI32(Field(id: 0, type: type))
    }

    mutating func readString(_ field: Field) throws -> String {
        guard field.type == .binary else { throw corrupt("field \(field.id) should be a string") }
        return ByteText.string(try readBinaryBody())
    }

    mutating func readString(element type: WireType) throws -> String {
        try readString(Field(id: 0, type: type))
    }

    // MARK: Skipping

    /// Passes over one value of `type`; `inCollection` because a bool in a list takes a byte of its own.
    mutating func skip(_ type: WireType, inCollection: Bool = false) throws {
        switch type {
        case .stop: throw corrupt("unexpected stop")
        case .boolTrue, .boolFalse: if inCollection { try read { try $0.skip(1) } }
        case .byte: try read { try $0.skip(1) }
        case .i16, .i32, .i64: _ = try read { try $0.varint() }
        case .double: try read { try $0.skip(8) }
        case .uuid: try read { try $0.skip(16) }
        case .binary: _ = try readBinaryBody()
        case .list, .set: try readList { reader, element in try reader.skip(element, inCollection: true) }
        case .map: try skipMap()
        case .structure: try readStruct { reader, field in try reader.skip(field.type) }
        }
    }

    mutating func skip(_ field: Field) throws {
        try skip(field.type)
    }

    private mutating func skipMap() throws {
        try enter()
        defer { depth -= 1 }
        let count = try length()
        guard count > 0 else { return }
        let types = try read { try $0.byte() }
        guard let key = WireType(rawValue: types >> 4), let value = WireType(rawValue: types & 0x0F) else {
            throw corrupt("unknown map key or value type")
        }
        guard count <= cursor.remaining else { throw corrupt("a map of \(count) entries is longer than the data") }
        for _ in 0..<count {
            try skip(key, inCollection: true)
            try skip(value, inCollection: true)
        }
    }

    // MARK: Helpers

    private mutating func readBinaryBody() throws -> ArraySlice<UInt8> {
        let count = try length()
        guard count <= cursor.remaining else {
            throw corrupt("a string of \(count) bytes is longer than the \(cursor.remaining) bytes left")
        }
        return try read { try $0.take(count) }
    }

    /// A non-negative varint length that fits in an Int.
    private mutating func length() throws -> Int {
        let raw = try read { try $0.varint() }
        guard raw <= UInt64(Int32.max) else { throw corrupt("a length of \(raw) is not plausible") }
        return Int(raw)
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= Self.maxDepth else { throw corrupt("values nest deeper than \(Self.maxDepth) levels") }
    }

    private mutating func read<T>(_ body: (inout ByteCursor) throws -> T) throws -> T {
        do {
            return try body(&cursor)
        } catch is ByteCursor.EndOfData {
            throw FileFormatError("truncated \(what): it ends in the middle of a value at byte \(cursor.offset)")
        }
    }

    func corrupt(_ detail: String) -> FileFormatError {
        FileFormatError("corrupt \(what): \(detail) at byte \(cursor.offset)")
    }
}
