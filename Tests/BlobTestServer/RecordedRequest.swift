import Foundation

/// A request as the test server received it, for tests that check what a client sent (for instance, only ranges).
public struct RecordedRequest: Sendable {
    public var method: String
    /// The URL path as sent, percent-encoded.
    public var path: String
    /// The query string as sent, without `?`.
    public var rawQuery: String?
    /// The headers, names as sent.
    public var headers: [(name: String, value: String)]
    /// The status answered; nil when the connection was dropped by an injected fault.
    public var status: Int?

    /// A header's value, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// A query parameter's decoded value.
    public func query(_ name: String) -> String? {
        for pair in (rawQuery ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            if parts[0] == name { return parts.count > 1 ? String(parts[1]).removingPercentEncoding : "" }
        }
        return nil
    }

    /// The byte range asked for, from `x-ms-range` or `Range`.
    public var range: String? {
        header("x-ms-range") ?? header("Range")
    }
}
