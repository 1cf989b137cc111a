/// A response Azure refused or failed, as credentials need it to explain a refusal.
public struct AzureFailure: Sendable {
    /// The HTTP status.
    public var status: Int
    /// Azure's error code (`x-ms-error-code` or the body's `Code`), such as `AuthenticationFailed`.
    public var code: String?
    /// The first line of Azure's message, if it sent one.
    public var message: String?
    /// What was being done.
    public var operation: AzureOperation
    /// The storage account.
    public var account: String

    public init(status: Int, code: String?, message: String?, operation: AzureOperation, account: String) {
        self.status = status
        self.code = code
        self.message = message
        self.operation = operation
        self.account = account
    }

    /// `403 AuthenticationFailed`, or just the status when Azure sent no code.
    var statusAndCode: String {
        code.map { "\(status) \($0)" } ?? "\(status)"
    }
}
