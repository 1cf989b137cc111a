/// The Azure RBAC data role a bearer token carries on the storage account.
public enum BlobRole: String, Sendable {
    /// No data role: the token authenticates but every operation is refused (403 AuthorizationPermissionMismatch).
    case none
    /// Storage Blob Data Reader: list and read.
    case reader
    /// Storage Blob Data Contributor: everything this server implements.
    case contributor

    func allows(_ operation: BlobOperation) -> Bool {
        switch self {
        case .none: false
        case .reader: operation.isRead
        case .contributor: true
        }
    }
}
