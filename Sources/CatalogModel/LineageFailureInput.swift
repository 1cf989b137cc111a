/// A failure to be recorded: everything but identity and times, which the store assigns.
public struct LineageFailureInput: Sendable, Hashable {
    public var connectionID: Int64?
    public var processURN: URN?
    public var dialect: String
    public var statement: String
    public var line: Int
    public var column: Int
    public var message: String
    /// The identity of the failure: the same problem in the same statement text has the same key, wherever
    /// the statement stands in the script, so that submitting it again records it once.
    public var key: String

    public init(connectionID: Int64?, processURN: URN?, dialect: String, statement: String, line: Int, column: Int,
                message: String, key: String) {
        self.connectionID = connectionID
        self.processURN = processURN
        self.dialect = dialect
        self.statement = statement
        self.line = line
        self.column = column
        self.message = message
        self.key = key
    }
}
