import CatalogModel

/// Where a connection's tables live, as dataset URNs name them, and how SQL run there names them.
///
/// `urn(catalog:schema:name:)` builds `urn:dataset:<platform>:<authority>/<catalog>.<schema>.<name>`, the URN
/// discovery gives the same table, so lineage parsed out of SQL joins to discovered assets.
public struct DatasetAddress: Sendable, Hashable {
    /// `oracle`, `postgres`: the platform field of the URN.
    public var platform: String
    /// `host:port` (host in lower case).
    public var authority: String
    /// The Oracle service (or SID) or the PostgreSQL database the connection opens.
    public var catalog: String
    /// The SQL dialect of the system, by the lineage engine's name.
    public var dialect: String
    /// Where unqualified table names live: the Oracle user's schema, PostgreSQL's `public`.
    public var defaultSchema: String?

    public init(platform: String, authority: String, catalog: String, dialect: String, defaultSchema: String?) {
        self.platform = platform
        self.authority = authority
        self.catalog = catalog
        self.dialect = dialect
        self.defaultSchema = defaultSchema
    }

    /// The URN of a table; `catalog` defaults to the connection's and `schema` to `defaultSchema`.
    public func urn(catalog: String? = nil, schema: String?, name: String) throws(CatalogError) -> URN {
        let parts = [catalog ?? self.catalog, schema ?? defaultSchema, name].compactMap { $0 }.filter { !$0.isEmpty }
        return try URN.dataset(platform: platform, authority: authority, path: parts.joined(separator: "."))
    }
}
