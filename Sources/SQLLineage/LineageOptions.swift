import SQLSyntax

/// Knows the columns of tables, in order (from the catalog, a `--schema` file, or a fixture).
public protocol SchemaProvider: Sendable {
    /// The columns of `table`, in order, or nil when the table is unknown.
    func columns(of table: TableName) -> [String]?
}

/// A schema provider over a dictionary keyed by `SCHEMA.TABLE` (compared without regard to case).
public struct DictionarySchema: SchemaProvider {
    private let tables: [String: [String]]

    public init(_ tables: [String: [String]]) {
        self.tables = Dictionary(tables.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    public func columns(of table: TableName) -> [String]? {
        tables[table.key]
    }
}

/// What a lineage call knows besides the SQL: dialect, default schema, schema provider, synonyms.
public struct LineageOptions: Sendable {
    public var dialect: Dialect
    public var defaultSchema: String?
    public var schema: (any SchemaProvider)?
    /// Maps a table name to what a synonym of that name points to; nil when it is not a synonym.
    public var synonyms: (@Sendable (TableName) -> TableName?)?

    public init(dialect: Dialect, defaultSchema: String? = nil, schema: (any SchemaProvider)? = nil,
                synonyms: (@Sendable (TableName) -> TableName?)? = nil) {
        self.dialect = dialect
        self.defaultSchema = defaultSchema
        self.schema = schema
        self.synonyms = synonyms
    }
}
