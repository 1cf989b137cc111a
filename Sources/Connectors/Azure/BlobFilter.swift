/// Which blobs of a container a connection covers: name prefixes to list, then include and exclude globs.
public struct BlobFilter: Sendable, Hashable {
    /// Only blobs under one of these prefixes are listed; empty lists the whole container.
    public var prefixes: [String]
    /// A blob must match one of these, when there are any.
    public var include: [Glob]
    /// A blob matching one of these is left out, even when it matches `include`.
    public var exclude: [Glob]

    public init(prefixes: [String] = [], include: [Glob] = [], exclude: [Glob] = []) {
        self.prefixes = prefixes
        self.include = include
        self.exclude = exclude
    }

    /// Whether a blob named `key` is covered (the prefixes aside: listing already applied them).
    public func matches(_ key: String) -> Bool {
        if !include.isEmpty, !include.contains(where: { $0.matches(key) }) { return false }
        return !exclude.contains { $0.matches(key) }
    }

    /// The prefixes to list so that everything under `prefix` that the filter's prefixes cover is listed once,
    /// in key order: prefixes inside another one are dropped, and `prefix` narrows the rest.
    public func listingPrefixes(within prefix: String) -> [String] {
        guard !prefixes.isEmpty else { return [prefix] }
        var narrowed: [String] = []
        for candidate in prefixes {
            if prefix.hasPrefix(candidate) {
                narrowed.append(prefix)
            } else if candidate.hasPrefix(prefix) {
                narrowed.append(candidate)
            }
        }
        let sorted = Set(narrowed).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var result: [String] = []
        for candidate in sorted where !result.contains(where: { candidate.hasPrefix($0) }) {
            result.append(candidate)
        }
        return result
    }
}
