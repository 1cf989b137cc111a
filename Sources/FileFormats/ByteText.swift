/// Text from bytes of a file, valid UTF-8 or not (invalid sequences become U+FFFD).
enum ByteText {
    static func string<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// How a few bytes of a file look in an error message: printable ASCII as text, anything else as hex.
    static func preview<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        if !bytes.isEmpty, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return "'" + string(bytes) + "'"
        }
        return bytes.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return hex.count == 1 ? "0" + hex : hex
        }.joined(separator: " ")
    }
}
