/// The Blob REST operations the test server implements, told apart the way the service does: by method, by path
/// depth and by `restype` / `comp`.
enum BlobOperation: String, Sendable {
    case getAccountInfo, listContainers
    case createContainer, deleteContainer, getContainerProperties, setContainerMetadata, listBlobs
    case putBlob, putBlock, putBlockList, getBlob, getBlobProperties, deleteBlob, setBlobMetadata, setBlobProperties

    /// What an account SAS's `srt` must allow: `s` service, `c` container, `o` object.
    enum Level: Character, Sendable {
        case service = "s", container = "c", object = "o"
    }

    /// Identifies the operation, or throws 501 for what this server does not implement.
    static func identify(_ request: BlobRequest) throws -> BlobOperation {
        let method = request.method
        let restype = request.query("restype"), comp = request.query("comp")
        guard request.container != nil else {
            switch (method, restype, comp) {
            case ("GET", _, "list"): return .listContainers
            case ("GET", "account", "properties"), ("HEAD", "account", "properties"): return .getAccountInfo
            default: throw BlobError.notImplemented("\(method) on the account with restype=\(restype ?? "") comp=\(comp ?? "")")
            }
        }
        guard request.blob != nil else {
            switch (method, restype, comp) {
            case ("PUT", "container", nil): return .createContainer
            case ("DELETE", "container", nil): return .deleteContainer
            case ("GET", "container", nil), ("HEAD", "container", nil), ("GET", "container", "metadata"), ("HEAD", "container", "metadata"):
                return .getContainerProperties
            case ("PUT", "container", "metadata"): return .setContainerMetadata
            case ("GET", "container", "list"): return .listBlobs
            case ("GET", "account", "properties"), ("HEAD", "account", "properties"): return .getAccountInfo
            default: throw BlobError.notImplemented("\(method) on a container with restype=\(restype ?? "") comp=\(comp ?? "")")
            }
        }
        switch (method, comp) {
        case ("PUT", nil):
            guard request.header("x-ms-copy-source") == nil else { throw BlobError.notImplemented("Copy Blob") }
            return .putBlob
        case ("PUT", "block"): return .putBlock
        case ("PUT", "blocklist"): return .putBlockList
        case ("PUT", "metadata"): return .setBlobMetadata
        case ("PUT", "properties"): return .setBlobProperties
        case ("GET", nil): return .getBlob
        case ("HEAD", nil), ("GET", "metadata"), ("HEAD", "metadata"): return .getBlobProperties
        case ("DELETE", nil): return .deleteBlob
        default: throw BlobError.notImplemented("\(method) on a blob with comp=\(comp ?? "")")
        }
    }

    var level: Level {
        switch self {
        case .getAccountInfo, .listContainers: .service
        case .createContainer, .deleteContainer, .getContainerProperties, .setContainerMetadata, .listBlobs: .container
        default: .object
        }
    }

    /// The SAS permissions (`sp`) of which any one allows the operation.
    var sasPermissions: Set<Character> {
        switch self {
        case .getAccountInfo: ["r", "a", "c", "w", "d", "l"]
        case .listContainers, .listBlobs: ["l"]
        case .createContainer: ["c", "w"]
        case .putBlob, .putBlock, .putBlockList: ["c", "w"]
        case .deleteContainer, .deleteBlob: ["d"]
        case .getContainerProperties, .getBlob, .getBlobProperties: ["r"]
        case .setContainerMetadata, .setBlobMetadata, .setBlobProperties: ["w"]
        }
    }

    /// Whether a data-reader role (RBAC) may do this.
    var isRead: Bool {
        switch self {
        case .getAccountInfo, .listContainers, .listBlobs, .getContainerProperties, .getBlob, .getBlobProperties: true
        default: false
        }
    }
}
