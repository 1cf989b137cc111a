import CatalogModel

/// PostgreSQL: a postgres:// URL or host, port, database and user.
public struct PostgresConnectorSpec: ConnectorSpec {
    public let type = "postgres"
    public let displayName = "PostgreSQL"
    public let secretFields: Set<String> = []

    public init() {}

    public func validate(_ config: JSONObject) throws(CatalogError) {
        let reader = ConfigReader(config)
        if let url = try reader.optionalString("url"), !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw CatalogError.invalid("config.url", "must start with postgres:// or postgresql://")
            }
        } else {
            guard reader.has("host") else { throw CatalogError.invalid("config.host", "is required (or give config.url)") }
            _ = try reader.requiredString("database")
            _ = try reader.requiredString("username")
            _ = try reader.optionalInt("port", in: 1...65535)
        }
        _ = try reader.optionalString("password")
        _ = try reader.optionalChoice("sslmode", ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"])
        _ = try reader.optionalList("schema_filter")
    }

    public func test(_ config: JSONObject) async -> ConnectionTestResult {
        .notAvailable(type, "the PostgreSQL connector is not part of this build yet.")
    }
}
