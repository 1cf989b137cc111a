/// A container: its properties, its committed blobs, and blocks staged by Put Block but not yet committed.
struct StoredContainer: Sendable {
    var properties: ContainerProperties
    var blobs = BlobIndex<StoredBlob>()
    /// Staged blocks per blob name, by block id; Put Block List commits them and Azure drops the rest.
    var stagedBlocks: [BlobKey: [String: [UInt8]]] = [:]

    init(properties: ContainerProperties) {
        self.properties = properties
    }
}
