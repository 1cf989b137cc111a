/// The header of an Avro object container file: `Obj\x01`, the metadata map (bytes values keyed by string),
/// and the 16-byte sync marker.
struct AvroHeader {
    static let magic: [UInt8] = [0x4F, 0x62, 0x6A, 0x01]

    var metadata: [String: [UInt8]]
    /// The metadata keys in file order.
    var keys: [String]
    var sync: [UInt8]
    /// Where the first data block starts.
    var length: Int

    /// Decodes the header at the start of `bytes`; throws `ByteCursor.EndOfData` when it runs past them
    /// (the caller may read more of the file).
    static func decode(_ bytes: [UInt8]) throws -> AvroHeader {
        var cursor = ByteCursor(bytes)
        let magic = Array(try cursor.take(min(4, bytes.count)))
        guard magic == Self.magic || (magic.count < 4 && Self.magic.starts(with: magic)) else {
            throw FileFormatError("not an Avro file: it does not start with 'Obj' and byte 1 but \(ByteText.preview(magic))")
        }
        guard magic.count == 4 else { throw ByteCursor.EndOfData() }
        var metadata: [String: [UInt8]] = [:]
        var keys: [String] = []
        while true {
            var count = try long(&cursor)
            if count == 0 { break }
            if count < 0 {
                guard count > Int64.min else { throw FileFormatError("corrupt Avro header: a bad block count") }
                count = -count
                _ = try long(&cursor)
            }
            guard count <= Int64(cursor.remaining) else {
                if count > Int64(Int32.max) { throw FileFormatError("corrupt Avro header: a metadata block of \(count) entries") }
                throw ByteCursor.EndOfData()
            }
            for _ in 0..<count {
                let key = ByteText.string(try bytesValue(&cursor))
                let value = Array(try bytesValue(&cursor))
                if metadata[key] == nil { keys.append(key) }
                metadata[key] = value
            }
        }
        let sync = Array(try cursor.take(16))
        return AvroHeader(metadata: metadata, keys: keys, sync: sync, length: cursor.offset)
    }

    /// The rows in the data blocks after the header, when `bytes` holds the whole file and every block is sound;
    /// nil otherwise.
    func rowCount(in bytes: [UInt8]) -> Int64? {
        var cursor = ByteCursor(bytes, offset: length)
        var rows: Int64 = 0
        do {
            while !cursor.isAtEnd {
                let count = try Self.long(&cursor)
                let size = try Self.long(&cursor)
                guard count >= 0, size >= 0, size <= Int64(cursor.remaining) else { return nil }
                try cursor.skip(Int(size))
                guard Array(try cursor.take(16)) == sync else { return nil }
                let (sum, overflow) = rows.addingReportingOverflow(count)
                guard !overflow else { return nil }
                rows = sum
            }
        } catch {
            return nil
        }
        return rows
    }

    private static func long(_ cursor: inout ByteCursor) throws -> Int64 {
        try cursor.zigzag()
    }

    /// Avro `bytes`/`string`: a long length, then the bytes.
    private static func bytesValue(_ cursor: inout ByteCursor) throws -> ArraySlice<UInt8> {
        let length = try cursor.zigzag()
        guard length >= 0 else { throw FileFormatError("corrupt Avro header: a negative length \(length)") }
        guard length <= Int64(cursor.remaining) else {
            if length > Int64(Int32.max) { throw FileFormatError("corrupt Avro header: a length of \(length) bytes") }
            throw ByteCursor.EndOfData()
        }
        return try cursor.take(Int(length))
    }
}
