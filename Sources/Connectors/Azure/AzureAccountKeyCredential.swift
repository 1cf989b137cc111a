/// Shared Key: every request carries an HMAC of its canonical form under the account key.
public struct AzureAccountKeyCredential: AzureCredential {
    private let signer: SharedKeySigner
    private let key: String
    public let field: String

    /// Throws `StorageError(.authentication)` naming `field` when the key is not base64.
    public init(account: String, base64Key: String, field: String = "account_key") throws {
        do {
            signer = try SharedKeySigner(account: account, base64Key: base64Key)
        } catch {
            throw StorageError(.authentication, "The \(field == "account_key" ? "account_key" : "AccountKey in \(field)") "
                + "for storage account '\(account)' is not valid base64; copy key1 or key2 from the storage account's Access keys page.")
        }
        self.key = base64Key
        self.field = field
    }

    public var name: String { field == "account_key" ? "the account key" : "the account key in \(field)" }

    public var secrets: [String] { [key] }

    public func authorize(_ request: inout AzureRequest) async throws {
        request.setHeader("Authorization", signer.authorization(method: request.method, path: request.path,
                                                                query: request.query, headers: request.headers))
    }

    public func refusal(_ failure: AzureFailure) -> StorageError {
        let subject = "Azure refused \(name) for account '\(failure.account)' while \(failure.operation) (\(failure.statusAndCode))"
        let check = field == "account_key" ? "account_key" : "the AccountKey in \(field)"
        if failure.code == "AuthenticationFailed" || failure.status == 401 || failure.code == nil {
            return StorageError(.authentication, "\(subject): check \(check); a key copied with a missing '=' or from another "
                + "account, or a key that was rotated, gives this, and so does a server clock more than 15 minutes off.",
                status: failure.status)
        }
        return StorageError(.authorization, "\(subject): the key was accepted but this request was not allowed; "
            + "check the storage account's settings.", status: failure.status)
    }
}
