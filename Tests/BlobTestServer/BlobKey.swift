import Foundation

/// A blob or container name compared by its UTF-8 bytes, as the service orders and matches names.
///
/// Swift's `String` compares by Unicode canonical equivalence, under which two different names can be equal and
/// `hasPrefix` works on whole characters; the service works on bytes. ASCII names, the usual case, take
/// `String`'s own fast paths, where the two orders agree.
struct BlobKey: Hashable, Comparable, Sendable {
    let name: String
    private let isASCII: Bool

    init(_ name: String) {
        var native = name
        native.makeContiguousUTF8()
        self.name = native
        // Each scalar is one byte exactly when the name is ASCII; both counts run in the optimized standard library.
        self.isASCII = native.utf8.count == native.unicodeScalars.count
    }

    static func == (lhs: BlobKey, rhs: BlobKey) -> Bool {
        guard lhs.isASCII == rhs.isASCII else { return false }
        return lhs.isASCII ? lhs.name == rhs.name : lhs.name.utf8.elementsEqual(rhs.name.utf8)
    }

    func hash(into hasher: inout Hasher) {
        if isASCII {
            hasher.combine(name)
        } else {
            for byte in name.utf8 { hasher.combine(byte) }
        }
    }

    static func < (lhs: BlobKey, rhs: BlobKey) -> Bool {
        if lhs.isASCII && rhs.isASCII { return lhs.name < rhs.name }
        return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
    }

    /// Whether the name starts with `prefix`, byte for byte.
    func hasPrefix(_ prefix: String) -> Bool {
        let count = prefix.utf8.count
        guard count <= name.utf8.count else { return false }
        guard count > 0 else { return true }
        let same = name.utf8.withContiguousStorageIfAvailable { whole in
            prefix.utf8.withContiguousStorageIfAvailable { start in memcmp(whole.baseAddress!, start.baseAddress!, count) == 0 }
        }
        return (same ?? nil) ?? name.utf8.starts(with: prefix.utf8)
    }
}
