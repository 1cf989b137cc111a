import Foundation

/// How long a throttling or busy server asked us to wait.
enum RetryAfter {
    /// The wait asked for by `x-ms-retry-after-ms` / `retry-after-ms` (milliseconds) or `Retry-After`
    /// (seconds, or an HTTP date), in that order; nil when none is there or readable.
    static func parse(_ headers: [(String, String)], now: Date = Date()) -> Duration? {
        func value(_ name: String) -> String? {
            headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1.trimmingCharacters(in: .whitespaces)
        }
        for name in ["x-ms-retry-after-ms", "retry-after-ms"] {
            if let text = value(name), let milliseconds = Double(text), milliseconds >= 0, milliseconds.isFinite {
                return .milliseconds(Int64(milliseconds.rounded(.up)))
            }
        }
        guard let text = value("Retry-After") else { return nil }
        if let seconds = Double(text), seconds >= 0, seconds.isFinite {
            return .milliseconds(Int64((seconds * 1000).rounded(.up)))
        }
        if let date = HTTPDate.parse(text) {
            let seconds = max(0, date.timeIntervalSince(now))
            return .milliseconds(Int64((seconds * 1000).rounded(.up)))
        }
        return nil
    }
}
