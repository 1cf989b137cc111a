/// A way to sign in to a storage account: it prepares each request and explains Azure's refusals.
public protocol AzureCredential: Sendable {
    /// How messages name it, after "with": "the account key", "the SAS token", "service principal 'id' ...".
    var name: String { get }
    /// The config fields a user checks when it fails, e.g. `account_key`.
    var field: String { get }
    /// Adds what Azure needs to accept `request` (a signature, a bearer token, the SAS query). Called for every
    /// attempt, so dates and tokens are fresh. Throws a `StorageError` when no token can be had.
    func authorize(_ request: inout AzureRequest) async throws
    /// The error for a 401 or 403 that this credential caused: which credential failed and what to check.
    func refusal(_ failure: AzureFailure) -> StorageError
    /// Secret strings (keys, signatures, tokens) that must never appear in a message.
    var secrets: [String] { get }
    /// Called when Azure answered 401: drops what may be stale (a cached token) and says whether one more
    /// attempt could succeed.
    func resetAfterRefusal() async -> Bool
}

extension AzureCredential {
    /// Keys and SAS tokens do not go stale between two requests: no second attempt.
    public func resetAfterRefusal() async -> Bool { false }
}
