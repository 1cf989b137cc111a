/// Somewhere an access token for Azure Storage comes from: Entra ID's token endpoint, the Azure CLI.
public protocol AccessTokenSource: Sendable {
    /// A new token; throws a `StorageError` whose message says what to fix.
    func fetchToken() async throws -> AzureAccessToken
}
