/// The order in which the storage service sorts `x-ms-` header names before signing them.
///
/// Microsoft's documentation says "lexicographically", but the service uses a culture-style collation, and the
/// official SDKs emulate it: first compare the names ignoring `-` and `'`, case-insensitively, with punctuation
/// before digits before letters; only names equal under that rule are then ordered by where their `-` and `'` sit.
/// The two orders differ for names such as `x-ms-meta-a_b` and `x-ms-meta-a1`.
enum SharedKeyHeaderOrder {
    /// Characters that count in the first comparison, lowest first; letters count without their case.
    private static let primaryOrder = Array("!#$%&*.^_`|~+0123456789abcdefghijklmnopqrstuvwxyz".utf8)

    /// Whether header name `lhs` sorts before `rhs`.
    static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        let left = primaryWeights(lhs), right = primaryWeights(rhs)
        if left != right { return left.lexicographicallyPrecedes(right) }
        return secondaryWeights(lhs).lexicographicallyPrecedes(secondaryWeights(rhs))
    }

    /// The first-pass weights: characters outside `primaryOrder` (such as `-`) are skipped.
    private static func primaryWeights(_ name: String) -> [Int] {
        name.utf8.compactMap { byte in
            let folded = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            return primaryOrder.firstIndex(of: folded)
        }
    }

    /// The tie-break: per position, an ordinary character weighs least, then the end of the name, then `'`, then `-`.
    private static func secondaryWeights(_ name: String) -> [Int] {
        name.utf8.map { byte in
            switch byte {
            case UInt8(ascii: "'"): 2
            case UInt8(ascii: "-"): 3
            default: 0
            }
        } + [1]
    }
}
