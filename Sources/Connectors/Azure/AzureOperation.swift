/// What the client was doing, so errors can say it and SAS messages can name the permission it needs.
public enum AzureOperation: Sendable, Hashable, CustomStringConvertible {
    case listContainers
    case listBlobs(container: String)
    case readProperties(container: String, key: String)
    case read(container: String, key: String)

    public var description: String {
        switch self {
        case .listContainers: "listing the account's containers"
        case .listBlobs(let container): "listing the blobs in '\(container)'"
        case .readProperties(let container, let key): "reading the properties of \(container)/\(key)"
        case .read(let container, let key): "reading \(container)/\(key)"
        }
    }

    /// The container involved, if any.
    public var container: String? {
        switch self {
        case .listContainers: nil
        case .listBlobs(let container), .readProperties(let container, _), .read(let container, _): container
        }
    }

    /// The blob involved, if any.
    public var blobKey: String? {
        switch self {
        case .listContainers, .listBlobs: nil
        case .readProperties(_, let key), .read(_, let key): key
        }
    }

    /// Whether this works on one blob rather than a listing.
    var isBlobOperation: Bool { blobKey != nil }

    /// The SAS permission letter (`sp`) this needs, with its name.
    var sasPermission: (letter: String, name: String) {
        switch self {
        case .listContainers, .listBlobs: ("l", "list")
        case .readProperties, .read: ("r", "read")
        }
    }

    /// The account SAS resource type letter (`srt`) this needs, with its name.
    var sasResourceType: (letter: String, name: String) {
        switch self {
        case .listContainers: ("s", "service")
        case .listBlobs: ("c", "container")
        case .readProperties, .read: ("o", "object")
        }
    }
}
