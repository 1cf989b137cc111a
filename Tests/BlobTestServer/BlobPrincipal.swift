/// A Microsoft Entra ID service principal the fake token endpoint knows: `POST /<tenant>/oauth2/v2.0/token` with
/// this client id and secret returns a bearer token the Blob endpoint accepts with `role`.
public struct BlobPrincipal: Sendable, Hashable {
    /// The directory (tenant) id, the first segment of the token endpoint path.
    public var tenant: String
    /// The application (client) id.
    public var clientID: String
    public var clientSecret: String
    /// What the principal's tokens may do on the storage account.
    public var role: BlobRole

    /// A principal whose tokens carry `role` (by default Storage Blob Data Contributor).
    public init(tenant: String, clientID: String, clientSecret: String, role: BlobRole = .contributor) {
        self.tenant = tenant
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.role = role
    }
}
