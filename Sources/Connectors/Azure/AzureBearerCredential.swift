/// Entra ID tokens (a service principal's, or the Azure CLI's) sent as `Authorization: Bearer`.
public struct AzureBearerCredential: AzureCredential {
    /// Who the tokens belong to, for messages.
    public enum Identity: Sendable, Hashable {
        case servicePrincipal(tenantID: String, clientID: String)
        case azureCLI
    }

    /// Whose tokens these are.
    public let identity: Identity
    /// Where tokens come from, cached.
    public let tokens: AccessTokenCache

    public init(identity: Identity, tokens: AccessTokenCache) {
        self.identity = identity
        self.tokens = tokens
    }

    public var name: String {
        switch identity {
        case .servicePrincipal(let tenantID, let clientID): "service principal '\(clientID)' of tenant '\(tenantID)'"
        case .azureCLI: "the Azure CLI login"
        }
    }

    public var field: String {
        switch identity {
        case .servicePrincipal: "tenant_id, client_id and client_secret"
        case .azureCLI: "az login"
        }
    }

    /// Tokens are short-lived and never logged; the client secret is kept by the token source, not here.
    public var secrets: [String] { [] }

    public func authorize(_ request: inout AzureRequest) async throws {
        let token = try await tokens.token()
        request.setHeader("Authorization", "Bearer \(token.token)")
    }

    /// A refused token may have been revoked or have expired early: fetch a new one and try once more.
    public func resetAfterRefusal() async -> Bool {
        await tokens.invalidate()
        return true
    }

    public func refusal(_ failure: AzureFailure) -> StorageError {
        let subject = "Azure refused \(name) for account '\(failure.account)' while \(failure.operation) (\(failure.statusAndCode))"
        let said = failure.message.map { " Azure said: \($0)" } ?? ""
        if failure.code == "AuthorizationPermissionMismatch" || (failure.status == 403 && failure.code == "AuthorizationFailure") {
            let who = identity == .azureCLI ? "the signed-in Azure CLI user (az account show)" : "the service principal"
            return StorageError(.authorization, "\(subject): \(who) signed in but has no data access; give it the "
                + "'Storage Blob Data Reader' role on the storage account or container (Owner and Contributor do not "
                + "include data access; a new role assignment can take a few minutes to apply).", status: failure.status)
        }
        switch identity {
        case .servicePrincipal:
            return StorageError(.authentication, "\(subject): Entra ID gave a token, but the storage account did not accept it; "
                + "check that tenant_id is the tenant that holds the storage account.\(said)", status: failure.status)
        case .azureCLI:
            return StorageError(.authentication, "\(subject): run az login again, in the tenant that holds the storage account "
                + "(az login --tenant <tenant>), as the user that runs Torro.\(said)", status: failure.status)
        }
    }
}
