/// What a blob test server serves and accepts.
public struct BlobServerConfiguration: Sendable {
    /// The address to listen on; tests and CI use the loopback interface.
    public var host: String
    /// The port, 0 for any free one.
    public var port: Int
    /// The storage accounts served; requests for any other account are refused.
    public var accounts: [BlobAccount]
    /// Bearer tokens accepted as they are, with full access (Storage Blob Data Contributor), never expiring.
    public var bearerTokens: Set<String>
    /// Service principals the token endpoint issues tokens to.
    public var principals: [BlobPrincipal]
    /// Seconds a token from the token endpoint lives (`expires_in`).
    public var tokenLifetime: Int

    /// The defaults serve `devstoreaccount1` on a free loopback port, with no bearer tokens or principals.
    public init(
        host: String = "127.0.0.1", port: Int = 0, accounts: [BlobAccount] = [.devstoreaccount1],
        bearerTokens: Set<String> = [], principals: [BlobPrincipal] = [], tokenLifetime: Int = 3599
    ) {
        self.host = host
        self.port = port
        self.accounts = accounts
        self.bearerTokens = bearerTokens
        self.principals = principals
        self.tokenLifetime = tokenLifetime
    }
}
