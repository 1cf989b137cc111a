import CatalogModel

/// Where a storage connection's objects are and how the catalog names them.
public struct StorageLocation: Sendable {
    public let store: any ObjectStore
    /// How its containers, folders and data sets are named in the catalog.
    public let naming: StorageNaming
    /// Where to list in each container; empty = everything.
    public let prefixes: [String]
    /// Globs over object keys (the path inside a container, or below the root for local files); empty = all.
    public let include: [String]
    public let exclude: [String]
    /// Folder-stage lineage rules, as the connection declares them.
    public let stageRules: [StageRule]

    public init(store: any ObjectStore, naming: StorageNaming, prefixes: [String] = [], include: [String] = [],
                exclude: [String] = [], stageRules: [StageRule] = []) {
        self.store = store
        self.naming = naming
        self.prefixes = prefixes
        self.include = include
        self.exclude = exclude
        self.stageRules = stageRules
    }
}

/// A connector whose connections are object storage: discovery lists, samples and groups files into data sets.
public protocol ObjectStorageConnector: ConnectorSpec {
    /// The storage a decrypted config points at; a config that cannot connect is an `invalidInput` error.
    func location(for config: JSONObject) throws -> StorageLocation
}
