import CatalogModel

/// An Azure Blob Storage connection's config, parsed once: the account, where it is, how to sign in,
/// and which containers and blobs discovery covers.
public struct AzureBlobConfig: Sendable, Hashable {
    /// The storage account name.
    public var accountName: String
    /// The blob service URL: `endpoint`, the connection string's, or the public cloud's.
    public var endpoint: AzureEndpoint
    /// How to sign in.
    public var auth: AzureAuthMethod
    /// The containers to discover; empty means every container the account has.
    public var containers: [String]
    /// Prefixes and include/exclude globs applied inside each container.
    public var filter: BlobFilter

    public init(accountName: String, endpoint: AzureEndpoint, auth: AzureAuthMethod,
                containers: [String] = [], filter: BlobFilter = BlobFilter()) {
        self.accountName = accountName
        self.endpoint = endpoint
        self.auth = auth
        self.containers = containers
        self.filter = filter
    }

    /// Reads a connection config: `connection_string`, or `account_name` with `account_key`, `sas_token`,
    /// `tenant_id` + `client_id` + `client_secret` (+ `authority_host`), or none of them for the Azure CLI;
    /// `endpoint` overrides the blob endpoint. Errors name the config field to fix.
    public init(_ config: JSONObject) throws(CatalogError) {
        let reader = ConfigReader(config)
        var account: String?
        var endpointText: String?
        var auth: AzureAuthMethod?
        if reader.has("connection_string") {
            let settings = AzureConnectionString(try reader.requiredString("connection_string"))
            if settings.usesDevelopmentStorage {
                let proxy = settings["DevelopmentStorageProxyUri"] ?? "http://127.0.0.1:10000"
                account = AzureConnectionString.developmentAccount
                endpointText = proxy + "/" + AzureConnectionString.developmentAccount
                auth = .accountKey(AzureConnectionString.developmentKey, field: "connection_string")
            } else {
                account = settings["AccountName"]
                if let blobEndpoint = settings["BlobEndpoint"] {
                    endpointText = blobEndpoint
                } else if let name = account {
                    let scheme = settings["DefaultEndpointsProtocol"]?.lowercased() ?? "https"
                    let suffix = settings["EndpointSuffix"] ?? "core.windows.net"
                    endpointText = "\(scheme)://\(name).blob.\(suffix)"
                }
                if let key = settings["AccountKey"] {
                    auth = .accountKey(key, field: "connection_string")
                } else if let sas = settings["SharedAccessSignature"] {
                    auth = .sasToken(Self.withoutQuestionMark(sas), field: "connection_string")
                }
            }
            if account == nil, let endpointText, let endpoint = AzureEndpoint(endpointText) {
                account = endpoint.impliedAccount
            }
            guard account != nil else {
                throw CatalogError.invalid("config.connection_string",
                                           "names no storage account: it needs AccountName=... or BlobEndpoint=...")
            }
        } else {
            account = try reader.requiredString("account_name").trimmingCharacters(in: .whitespaces)
        }
        let accountName = account ?? ""

        if let override = reader.text("endpoint") { endpointText = override }
        let parsedEndpoint: AzureEndpoint?
        if let endpointText {
            parsedEndpoint = AzureEndpoint(endpointText)
        } else {
            parsedEndpoint = AzureEndpoint.publicCloud(account: accountName)
        }
        guard let endpoint = parsedEndpoint else {
            let field = reader.has("endpoint") ? "config.endpoint" : reader.has("connection_string") ? "config.connection_string" : "config.account_name"
            throw CatalogError.invalid(field, "must give an http or https URL such as https://\(accountName).blob.core.windows.net")
        }

        if auth == nil {
            if let key = reader.text("account_key") {
                auth = .accountKey(key.trimmingCharacters(in: .whitespacesAndNewlines), field: "account_key")
            } else if let sas = reader.text("sas_token") {
                auth = .sasToken(Self.withoutQuestionMark(sas), field: "sas_token")
            } else if let tenant = reader.text("tenant_id"), let client = reader.text("client_id"),
                      let secret = reader.text("client_secret") {
                auth = .servicePrincipal(AzureServicePrincipal(
                    tenantID: tenant.trimmingCharacters(in: .whitespaces),
                    clientID: client.trimmingCharacters(in: .whitespaces),
                    clientSecret: secret,
                    authorityHost: reader.text("authority_host") ?? AzureServicePrincipal.publicCloudAuthority))
            }
        }

        var containers: [String] = []
        for name in try reader.optionalList("containers") ?? [] {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty, !containers.contains(trimmed) { containers.append(trimmed) }
        }
        let prefixes = (try reader.optionalList("prefixes") ?? []).map { prefix in
            String(prefix.trimmingCharacters(in: .whitespaces).drop { $0 == "/" })
        }
        self.init(accountName: accountName, endpoint: endpoint, auth: auth ?? .azureCLI, containers: containers,
                  filter: BlobFilter(prefixes: prefixes.filter { !$0.isEmpty },
                                     include: (try reader.optionalList("include") ?? []).map(Glob.init),
                                     exclude: (try reader.optionalList("exclude") ?? []).map(Glob.init)))
    }

    private static func withoutQuestionMark(_ token: String) -> String {
        String(token.trimmingCharacters(in: .whitespacesAndNewlines).drop { $0 == "?" })
    }
}
