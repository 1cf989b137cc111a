import Foundation

/// A SQL statement whose lineage could not be read, kept so that a user can see what lineage is missing and why.
public struct LineageFailure: Sendable, Hashable, Codable {
    public var id: Int64
    public var connectionID: Int64?
    /// The process the statement belongs to, when it has one.
    public var processURN: URN?
    public var dialect: String
    /// The start of the statement's text.
    public var statement: String
    /// Where the problem is in the submitted SQL (both from 1).
    public var line: Int
    public var column: Int
    public var message: String
    public var firstSeenAt: Date
    /// The last time the same problem in the same statement was submitted.
    public var lastSeenAt: Date

    public init(id: Int64, connectionID: Int64?, processURN: URN?, dialect: String, statement: String, line: Int,
                column: Int, message: String, firstSeenAt: Date, lastSeenAt: Date) {
        self.id = id
        self.connectionID = connectionID
        self.processURN = processURN
        self.dialect = dialect
        self.statement = statement
        self.line = line
        self.column = column
        self.message = message
        self.firstSeenAt = firstSeenAt
        self.lastSeenAt = lastSeenAt
    }

    enum CodingKeys: String, CodingKey {
        case id, dialect, statement, line, column, message
        case connectionID = "connection_id"
        case processURN = "process_urn"
        case firstSeenAt = "first_seen_at"
        case lastSeenAt = "last_seen_at"
    }
}
