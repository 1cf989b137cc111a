import CatalogModel
import Foundation

/// Azure Blob Storage: a connection string, an account key, a SAS token, a service principal or the Azure CLI.
public struct AzureBlobConnectorSpec: ObjectStorageConnector {
    public let type = "azure_blob"
    public let displayName = "Azure Blob Storage"
    public let secretFields: Set<String> = []

    /// The Azure CLI asked for a token when a config has no credential.
    public let azureCLI: AzureCLI
    /// Retries of the connection test's requests.
    public let retry: RetryPolicy

    public init(azureCLI: AzureCLI = AzureCLI(), retry: RetryPolicy = .standard) {
        self.azureCLI = azureCLI
        self.retry = retry
    }

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
        _ = try StageRule.rules(in: config)
        try validateParsed(AzureBlobConfig(config))
    }

    /// The account's blobs for discovery. The store lists the configured containers (or all of them); the
    /// prefixes and include/exclude globs travel in the location, and the discovery engine applies them.
    public func location(for config: JSONObject) throws -> StorageLocation {
        try validate(config)
        let parsed = try AzureBlobConfig(config)
        let store = AzureBlobStore(client: try AzureBlobClient(config: parsed, retry: retry, azureCLI: azureCLI),
                                   containers: parsed.containers)
        return StorageLocation(store: store, naming: .azure(account: parsed.accountName), prefixes: parsed.filter.prefixes,
                               include: parsed.filter.include.map(\.pattern), exclude: parsed.filter.exclude.map(\.pattern),
                               stageRules: try StageRule.rules(in: config))
    }

    /// Rules that need the parsed config: keys that are base64, container names Azure accepts.
    private func validateParsed(_ parsed: AzureBlobConfig) throws(CatalogError) {
        if case .accountKey(let key, let field) = parsed.auth, Data(base64Encoded: key) == nil {
            let what = field == "account_key" ? "is" : "has an AccountKey that is"
            throw CatalogError.invalid("config.\(field)", "\(what) not valid base64; copy key1 or key2 from the storage account's Access keys page")
        }
        for name in parsed.containers where !Self.isContainerName(name) {
            throw CatalogError.invalid("config.containers", "'\(name)' is not a container name: names are 3 to 63 lower-case letters, digits and single hyphens")
        }
    }

    /// Azure's container naming rules, plus the special containers `$root`, `$logs` and `$web`.
    static func isContainerName(_ name: String) -> Bool {
        if ["$root", "$logs", "$web"].contains(name) { return true }
        guard (3...63).contains(name.count), !name.hasPrefix("-"), !name.hasSuffix("-"), !name.contains("--") else { return false }
        return name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Connects for real: lists (or checks) the containers, lists the first page of blobs in the first one and
    /// reads the first KiB of its first blob; the message says which step failed, with which credential, and why.
    public func test(_ config: JSONObject) async -> ConnectionTestResult {
        let parsed: AzureBlobConfig
        do {
            try validate(config)
            parsed = try AzureBlobConfig(config)
        } catch {
            return ConnectionTestResult(status: "failed", success: false, message: "The configuration is not valid: \(error.message).",
                                        details: ["step": .string("config")])
        }
        let client: AzureBlobClient
        do {
            client = try AzureBlobClient(config: parsed, retry: retry, azureCLI: azureCLI)
        } catch {
            return ConnectionTestResult(status: "failed", success: false, message: AzureConnectionCheck.message(error),
                                        details: ["step": .string("credential"), "credential": .string(parsed.auth.kind)])
        }
        return await AzureConnectionCheck(config: parsed, client: client).run()
    }
}
