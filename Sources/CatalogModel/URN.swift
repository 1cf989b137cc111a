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

    /// The kind after `urn:`: `dataset`, `process`, ...
    public var kind: String {
        String(rawValue.split(separator: ":", maxSplits: 2)[1]).lowercased()
    }

    /// The platform of a dataset URN (`urn:dataset:<platform>:...`), if there is one.
    public var platform: String? {
        let parts = rawValue.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 4, kind == "dataset" else { return nil }
        return String(parts[2])
    }

    /// A short display name: the last path or dotted segment.
    public var shortName: String {
        let body = rawValue.split(separator: ":").last.map(String.init) ?? rawValue
        let lastPath = body.split(separator: "/").last.map(String.init) ?? body
        if platform == "oracle" || platform == "postgres" {
            return lastPath.split(separator: ".").last.map(String.init) ?? lastPath
        }
        return lastPath
    }

    public var description: String { rawValue }
    public static func < (lhs: URN, rhs: URN) -> Bool { lhs.rawValue < rhs.rawValue }
}
