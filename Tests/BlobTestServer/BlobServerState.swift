import Connectors

/// Everything one server shares between its requests and the test that started it.
final class BlobServerState: Sendable {
    let store: BlobStore
    let service: BlobService
    let authenticator: RequestAuthenticator
    let tokenEndpoint: TokenEndpoint
    let tokens: BearerTokens
    let faults = FaultInjector()
    let log = Locked<[RecordedRequest]>([])

    /// Throws `StorageError(.authentication, ...)` naming `account_key` when an account key is not base64.
    init(_ configuration: BlobServerConfiguration) throws {
        store = BlobStore(accounts: configuration.accounts.map(\.name))
        service = BlobService(store: store)
        tokens = BearerTokens(fixed: Dictionary(configuration.bearerTokens.map { ($0, .contributor) }, uniquingKeysWith: { first, _ in first }))
        var signers: [String: SharedKeySigner] = [:]
        for account in configuration.accounts {
            signers[account.name] = try SharedKeySigner(account: account.name, base64Key: account.key)
        }
        authenticator = RequestAuthenticator(signers: signers, tokens: tokens, tenant: configuration.principals.first?.tenant ?? "common")
        tokenEndpoint = TokenEndpoint(principals: configuration.principals, tokens: tokens, lifetime: configuration.tokenLifetime)
    }
}
