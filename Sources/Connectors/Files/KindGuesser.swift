import FileFormats

/// `FileKind.guess` asked once per distinct file suffix: it decides by the name's last extension (and a `.gz`
/// before it), and a listing of 100,000 files holds a handful of suffixes.
struct KindGuesser {
    private var known: [String: FileKind?] = [:]

    /// The kind of the file at `key`.
    mutating func guess(_ key: String) -> FileKind? {
        let name = key.utf8.lastIndex(of: UInt8(ascii: "/")).map { key[key.index(after: $0)...] } ?? key[...]
        let dot = UInt8(ascii: ".")
        guard let last = name.utf8.lastIndex(of: dot) else { return FileKind.guess(path: String(name)) }
        var start = last
        let ext = name[name.index(after: last)...]
        if ext.utf8.count == 2, ext.lowercased() == "gz", let before = name[..<last].utf8.lastIndex(of: dot) {
            start = before
        }
        // A name that is all suffix (`.csv`, `csv.gz`) is not cached: the stem decides those.
        guard name[..<start].utf8.contains(where: { $0 != dot }) else {
            return FileKind.guess(path: String(name))
        }
        let suffix = String(name[start...])
        if let kind = known[suffix] { return kind }
        let kind = FileKind.guess(path: "file" + suffix)
        known[suffix] = kind
        return kind
    }
}
