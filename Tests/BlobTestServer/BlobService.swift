import Foundation

/// The HTTP half of each Blob operation: reads the request's headers and query, calls the store, and builds the
/// reply with Azure's status, headers and XML.
struct BlobService: Sendable {
    let store: BlobStore

    /// Listings return at most this many items a page, whatever `maxresults` asks for.
    static let maxPageSize = 5000

    func perform(_ operation: BlobOperation, _ request: BlobRequest, overrides: [(String, String)]) throws -> BlobReply {
        switch operation {
        case .getAccountInfo: accountInfo()
        case .listContainers: try listContainers(request)
        case .createContainer: try createContainer(request)
        case .deleteContainer: try deleteContainer(request)
        case .getContainerProperties: try containerProperties(request)
        case .setContainerMetadata: try setContainerMetadata(request)
        case .listBlobs: try listBlobs(request)
        case .putBlob: try putBlob(request)
        case .putBlock: try putBlock(request)
        case .putBlockList: try putBlockList(request)
        case .getBlob: try getBlob(request, overrides: overrides)
        case .getBlobProperties: try blobProperties(request, overrides: overrides)
        case .deleteBlob: try deleteBlob(request)
        case .setBlobMetadata: try setBlobMetadata(request)
        case .setBlobProperties: try setBlobProperties(request)
        }
    }

    /// `maxresults`, capped at 5,000; 400 when it is not a positive number, as Azure answers.
    static func pageSize(_ request: BlobRequest) throws -> Int {
        guard let text = request.query("maxresults") else { return maxPageSize }
        guard let value = Int(text), value > 0 else {
            throw BlobError.invalidQuery("maxresults", text, "must be a positive integer")
        }
        return min(value, maxPageSize)
    }

    /// The `ServiceEndpoint` listings report, from the host the client addressed: `http://127.0.0.1:10000/devstoreaccount1/`.
    static func serviceEndpoint(_ request: BlobRequest) -> String {
        "http://\(request.header("Host") ?? "127.0.0.1")/\(request.account)/"
    }

    /// `NextMarker` values are opaque to clients, as Azure's are: the next name, base64-encoded.
    static func marker(for name: String) -> String {
        Data(name.utf8).base64EncodedString()
    }

    static func name(fromMarker marker: String) throws -> String {
        guard let data = Data(base64Encoded: marker) else {
            throw BlobError.invalidQuery("marker", marker, "not a marker this server returned")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The container name, for operations that have one; checks Azure's naming rules on create.
    static func containerName(_ request: BlobRequest) throws -> String {
        guard let name = request.container else { throw BlobError.containerNotFound() }
        return name
    }

    /// The blob name as a key, for operations that have one.
    static func blobKey(_ request: BlobRequest) throws -> BlobKey {
        guard let name = request.blob else { throw BlobError.blobNotFound() }
        return BlobKey(name)
    }
}
