import CatalogModel

/// Oracle Database: a JDBC thin URL or host/port/service (or SID), a user, and schema filters.
public struct OracleConnectorSpec: ConnectorSpec {
    public let type = "oracle_db"
    public let displayName = "Oracle Database"
    public let secretFields: Set<String> = []

    public init() {}

    public func validate(_ config: JSONObject) throws(CatalogError) {
        let reader = ConfigReader(config)
        if let url = try reader.optionalString("jdbc_url"), !url.isEmpty {
            guard url.lowercased().hasPrefix("jdbc:oracle:thin:@"), url.count > "jdbc:oracle:thin:@".count else {
                throw CatalogError.invalid("config.jdbc_url", "must look like jdbc:oracle:thin:@//host:1521/SERVICE")
            }
        } else {
            guard reader.has("host") else {
                throw CatalogError.invalid("config.jdbc_url", "is required (or config.host with config.service_name or config.sid)")
            }
            _ = try reader.requiredString("host")
            _ = try reader.optionalInt("port", in: 1...65535)
            guard reader.has("service_name") || reader.has("sid") else {
                throw CatalogError.invalid("config.service_name", "is required with config.host (or give config.sid)")
            }
        }
        _ = try reader.requiredString("username")
        _ = try reader.requiredString("password")
        _ = try reader.optionalList("schema_filter")
        _ = try reader.optionalChoice("dictionary", ["all", "dba"])
        _ = try reader.optionalString("instant_client_dir")
    }

    /// Finds Oracle's client library first: without it the test fails at once, saying what to install and where
    /// Torro looked. With it, the live dictionary reader is what is missing from this build.
    public func test(_ config: JSONObject) async -> ConnectionTestResult {
        do {
            let library = try OracleClientLibrary.load(instantClientDir: config["instant_client_dir"]?.stringValue)
            return .notAvailable(type, "Oracle Instant Client was found (\(library.path)), but reading Oracle's dictionary is not part of this build yet.")
        } catch let error as StorageError {
            return ConnectionTestResult(status: "failed", success: false, message: error.message)
        } catch {
            return ConnectionTestResult(status: "failed", success: false, message: "Oracle Instant Client could not be loaded.")
        }
    }
}
