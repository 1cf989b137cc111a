/// How a connection signs in to its storage account, as its config says.
public enum AzureAuthMethod: Sendable, Hashable {
    /// Shared Key: the account's base64 access key; `field` names where it came from (`account_key` or `connection_string`).
    case accountKey(String, field: String)
    /// A shared access signature, without its leading `?`; `field` names where it came from.
    case sasToken(String, field: String)
    /// An Entra ID service principal with a client secret.
    case servicePrincipal(AzureServicePrincipal)
    /// No credential in the config: ask the Azure CLI logged in on the Torro server for a token.
    case azureCLI

    /// The config field a user fixes when this credential is refused.
    public var field: String {
        switch self {
        case .accountKey(_, let field), .sasToken(_, let field): field
        case .servicePrincipal: "tenant_id, client_id, client_secret"
        case .azureCLI: "the Azure CLI login"
        }
    }

    /// A stable name for details and logs: `account_key`, `sas_token`, `service_principal` or `azure_cli`.
    public var kind: String {
        switch self {
        case .accountKey: "account_key"
        case .sasToken: "sas_token"
        case .servicePrincipal: "service_principal"
        case .azureCLI: "azure_cli"
        }
    }
}
