/// Avro container files with a given schema and no data blocks.
enum AvroFile {
    static func make(schema: String, codec: String = "null") -> [UInt8] {
        var out: [UInt8] = [0x4F, 0x62, 0x6A, 0x01]
        out += long(2)
        for (key, value) in [("avro.schema", Array(schema.utf8)), ("avro.codec", Array(codec.utf8))] {
            out += long(Int64(key.utf8.count)) + Array(key.utf8)
            out += long(Int64(value.count)) + value
        }
        out += long(0)
        out += Array(repeating: 0xAB, count: 16)
        return out
    }

    static func long(_ value: Int64) -> [UInt8] {
        var raw = UInt64(bitPattern: (value << 1) ^ (value >> 63))
        var out: [UInt8] = []
        while raw >= 0x80 {
            out.append(UInt8(raw & 0x7F) | 0x80)
            raw >>= 7
        }
        out.append(UInt8(raw))
        return out
    }
}
