/// An Entra ID application that signs in with a client secret (OAuth client credentials).
public struct AzureServicePrincipal: Sendable, Hashable {
    /// The directory (tenant) ID or domain.
    public var tenantID: String
    /// The application (client) ID.
    public var clientID: String
    /// The client secret's value; a secret.
    public var clientSecret: String
    /// Where Entra ID signs in, without a trailing `/`: `https://login.microsoftonline.com` in the public cloud.
    public var authorityHost: String

    /// The public cloud's authority host.
    public static let publicCloudAuthority = "https://login.microsoftonline.com"

    public init(tenantID: String, clientID: String, clientSecret: String, authorityHost: String = publicCloudAuthority) {
        self.tenantID = tenantID
        self.clientID = clientID
        self.clientSecret = clientSecret
        var host = authorityHost
        while host.hasSuffix("/") { host.removeLast() }
        self.authorityHost = host
    }
}
