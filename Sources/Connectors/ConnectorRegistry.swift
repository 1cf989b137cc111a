import CatalogModel

/// The connectors this build knows, by `connector_type`.
public struct ConnectorRegistry: Sendable {
    /// Field names that are secret for every connector.
    public static let commonSecretFields: Set<String> = [
        "password", "account_key", "client_secret", "sas_token", "connection_string", "secret", "token",
        "api_key", "private_key", "access_key", "secret_key",
    ]

    private let specs: [String: any ConnectorSpec]

    public init(_ specs: [any ConnectorSpec]) {
        self.specs = Dictionary(specs.map { ($0.type, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// Oracle, Azure Blob Storage, PostgreSQL and local files.
    public static let standard = ConnectorRegistry([
        OracleConnectorSpec(), AzureBlobConnectorSpec(), PostgresConnectorSpec(), LocalFilesConnectorSpec(),
    ])

    /// The known connector types, sorted.
    public var types: [String] { specs.keys.sorted() }

    /// The connector for a type; an unknown type is an `invalidInput` error naming `connector_type`.
    public func spec(for type: String) throws(CatalogError) -> any ConnectorSpec {
        guard let spec = specs[type] else {
            throw CatalogError.invalid("connector_type", "'\(type)' is not a known connector type (known: \(types.joined(separator: ", ")))")
        }
        return spec
    }

    /// Whether a config field of this connector is secret.
    public func isSecret(_ field: String, connector: String) -> Bool {
        let lowered = field.lowercased()
        if Self.commonSecretFields.contains(lowered) || lowered.hasSuffix("password") || lowered.hasSuffix("secret") {
            return true
        }
        return specs[connector]?.secretFields.contains(lowered) ?? false
    }
}
