/// `/`-separated paths inside a container, without empty segments.
enum StoragePath {
    /// The non-empty segments of `path`.
    static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// `parts` joined by `/`, each part's own empty segments dropped.
    static func join(_ parts: [String]) -> String {
        parts.flatMap(segments).joined(separator: "/")
    }

    /// The folder that holds `path` ("" at the top).
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// The last segment of `path`.
    static func name(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Whether Spark and Hadoop treat a file or folder of this name as hidden: a leading `.`, or a leading
    /// `_` without `=` (a Hive partition value may start with `_`), a `.crc` checksum or a copy in progress.
    static func isHidden(_ name: Substring) -> Bool {
        let bytes = name.utf8
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: ".") { return true }
        if first == UInt8(ascii: "_") && !bytes.contains(UInt8(ascii: "=")) { return true }
        return bytes.reversed().starts(with: ".crc".utf8.reversed())
            || bytes.reversed().starts(with: "._COPYING_".utf8.reversed())
    }
}
