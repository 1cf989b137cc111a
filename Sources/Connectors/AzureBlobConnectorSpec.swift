import CatalogModel

/// Azure Blob Storage: a connection string, an account key, a SAS token, a service principal or the Azure CLI.
public struct AzureBlobConnectorSpec: ConnectorSpec {
    public let type = "azure_blob"
    public let displayName = "Azure Blob Storage"
    public let secretFields: Set<String> = []

    public init() {}

    public func validate(_ config: JSONObject) throws(CatalogError) {
        let reader = ConfigReader(config)
        if reader.has("connection_string") {
            let text = try reader.requiredString("connection_string")
            guard text.contains("=") else {
                throw CatalogError.invalid("config.connection_string", "must be an Azure storage connection string (AccountName=...;AccountKey=...)")
            }
        } else {
            let account = try reader.requiredString("account_name")
            guard account.allSatisfy({ $0.isLowercase || $0.isNumber }), (3...24).contains(account.count) else {
                throw CatalogError.invalid("config.account_name", "must be 3 to 24 lower-case letters and digits")
            }
            let principal = ["tenant_id", "client_id", "client_secret"]
            let given = principal.filter(reader.has)
            if !given.isEmpty, given.count < principal.count {
                let missing = principal.first { !reader.has($0) } ?? "client_secret"
                throw CatalogError.invalid("config.\(missing)", "is required for service principal authentication")
            }
            _ = try reader.optionalString("account_key")
            _ = try reader.optionalString("sas_token")
        }
        _ = try reader.optionalString("endpoint")
        _ = try reader.optionalString("authority_host")
        _ = try reader.optionalList("containers")
        _ = try reader.optionalList("prefixes")
        _ = try reader.optionalList("include")
        _ = try reader.optionalList("exclude")
    }

    public func test(_ config: JSONObject) async -> ConnectionTestResult {
        .notAvailable(type, "the Azure Blob Storage connector is not part of this build yet.")
    }
}
