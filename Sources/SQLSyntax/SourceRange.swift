/// Where a piece of SQL text stands: UTF-8 offsets, and the line and column (both from 1) where it starts.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int

    public init(start: Int, end: Int, line: Int, column: Int) {
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A problem found in SQL text, with where it is; parsing goes on after it.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var message: String
    public var range: SourceRange

    public init(_ severity: Severity, _ message: String, at range: SourceRange) {
        self.severity = severity
        self.message = message
        self.range = range
    }

    public var description: String { "\(range): \(severity.rawValue): \(message)" }
}
