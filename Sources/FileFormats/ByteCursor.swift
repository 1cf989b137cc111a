/// Reads values front to back from bytes in memory, never past their end: every length read from the data is
/// checked against the bytes that are left before anything is allocated for it.
struct ByteCursor {
    /// Thrown when the data ends before the value being read; callers turn it into a `FileFormatError`
    /// or read more of the file.
    struct EndOfData: Error {}

    let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = min(max(0, offset), bytes.count)
    }

    var remaining: Int { bytes.count - offset }
    var isAtEnd: Bool { offset >= bytes.count }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw EndOfData() }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// `count` bytes; throws when fewer are left, so a corrupt length never allocates more than the data holds.
    mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard count >= 0, count <= remaining else { throw EndOfData() }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func skip(_ count: Int) throws {
        _ = try take(count)
    }

    /// An unsigned LEB128 varint of at most 10 bytes; the bits past 64 of a malformed one are dropped.
    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = try self.byte()
            if shift < 64 { result |= UInt64(byte & 0x7F) << shift }
            if byte & 0x80 == 0 { return result }
            shift += 7
            if shift >= 70 { return result }
        }
    }

    /// A zigzag-encoded signed varint (Thrift compact i16/i32/i64, Avro int and long).
    mutating func zigzag() throws -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A little-endian unsigned 32-bit integer.
    mutating func uint32LE() throws -> UInt32 {
        let four = try take(4)
        return four.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
}
