import CatalogModel

/// The body of `POST /api/lineage/sql`: SQL to analyze, how to read it, and whether to store what it says.
public struct SQLLineageRequest: Sendable, Decodable {
    /// The dialect when the request names none and no connection gives one.
    public static let defaultDialect = "oracle"

    public var sql: String
    /// The lineage engine's dialect name; the connection's, else `oracle`, when nil.
    public var dialect: String?
    public var defaultSchema: String?
    /// The connection the SQL runs on: its assets are the schema and name the tables.
    public var connectionID: Int64?
    public var persist: Bool
    /// The process that a single-statement submission (or, with several, the whole submission) is stored as.
    public var processURN: URN?

    public init(sql: String, dialect: String? = nil, defaultSchema: String? = nil, connectionID: Int64? = nil,
                persist: Bool = false, processURN: URN? = nil) {
        self.sql = sql
        self.dialect = dialect
        self.defaultSchema = defaultSchema
        self.connectionID = connectionID
        self.persist = persist
        self.processURN = processURN
    }

    enum CodingKeys: String, CodingKey {
        case sql, dialect, persist
        case defaultSchema = "default_schema"
        case connectionID = "connection_id"
        case processURN = "process_urn"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sql = try c.decode(String.self, forKey: .sql)
        dialect = try c.decodeIfPresent(String.self, forKey: .dialect)
        defaultSchema = try c.decodeIfPresent(String.self, forKey: .defaultSchema)
        connectionID = try c.decodeIfPresent(Int64.self, forKey: .connectionID)
        persist = try c.decodeIfPresent(Bool.self, forKey: .persist) ?? false
        processURN = try c.decodeIfPresent(URN.self, forKey: .processURN)
    }
}
