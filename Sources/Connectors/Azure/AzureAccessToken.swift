import Foundation

/// An Entra ID access token and when it stops working.
public struct AzureAccessToken: Sendable, Hashable {
    /// The bearer token; a secret.
    public var token: String
    /// When Entra ID stops accepting it.
    public var expiresOn: Date

    public init(token: String, expiresOn: Date) {
        self.token = token
        self.expiresOn = expiresOn
    }
}
