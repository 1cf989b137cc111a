import Foundation

/// A URN as Torro stores it: `urn:<kind>:...`, trimmed and validated once at the edge.
public struct URN: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// Parses a URN; any `urn:` string with a kind and a body is accepted, as clients send them.
    public init(parsing text: String) throws(CatalogError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].lowercased() == "urn", !parts[1].isEmpty, !parts[2].isEmpty else {
            throw CatalogError.invalid("urn", "'\(text)' is not a URN (expected urn:<kind>:<name>)")
        }
        guard trimmed.utf8.count <= 2048 else {
            throw CatalogError.invalid("urn", "a URN may be at most 2048 bytes long")
        }
        self.rawValue = trimmed
    }

    /// Wraps a string already known to be a valid URN (read back from the store).
    public init(trusted rawValue: String) { self.rawValue = rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The colon-separated field at `index` (0 is `urn`), if the URN has that many.
    private func field(_ index: Int) -> Substring? {
        var start = rawValue.startIndex
        for _ in 0..<index {
            guard let colon = rawValue[start...].firstIndex(of: ":") else { return nil }
            start = rawValue.index(after: colon)
        }
        return rawValue[start...].prefix { $0 != ":" }
    }

    /// The kind after `urn:`: `dataset`, `process`, ...
    public var kind: String {
        String(field(1) ?? "").lowercased()
    }

    /// The platform of a dataset URN (`urn:dataset:<platform>:...`), if there is one.
    public var platform: String? {
        guard field(1)?.lowercased() == "dataset", let platform = field(2),
              rawValue[platform.endIndex...].hasPrefix(":") else { return nil }
        return String(platform)
    }

    /// A short display name: the last path segment, or for database platforms the last dotted part of it.
    public var shortName: String {
        var tail = rawValue[...]
        if let colon = tail.lastIndex(of: ":") { tail = tail[tail.index(after: colon)...] }
        if let slash = tail.lastIndex(of: "/"), slash != tail.index(before: tail.endIndex) {
            tail = tail[tail.index(after: slash)...]
        }
        let platform = self.platform
        if platform == "oracle" || platform == "postgres", let dot = tail.lastIndex(of: "."), dot != tail.index(before: tail.endIndex) {
            tail = tail[tail.index(after: dot)...]
        }
        return String(tail)
    }

    public var description: String { rawValue }
    public static func < (lhs: URN, rhs: URN) -> Bool { lhs.rawValue < rhs.rawValue }
}
