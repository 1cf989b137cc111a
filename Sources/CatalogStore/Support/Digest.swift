import Crypto

/// Content identities: the SHA-256 of a text as lower-case hex (edge hashes, SQL statement identities).
public enum Digest {
    public static func sha256Hex(_ text: String) -> String {
        let digits = Array("0123456789abcdef")
        var hex = ""
        for byte in SHA256.hash(data: Array(text.utf8)) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return hex
    }
}
