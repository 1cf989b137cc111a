import FileFormats

/// A data set found in a listing: the files of one folder that share a format, partition folders folded
/// into the folder above them, or a Delta table.
public struct PlannedDataset: Sendable, Hashable {
    /// How the data set was recognised.
    public enum Layout: String, Sendable, Hashable {
        /// Files of one format directly in one folder.
        case folder
        /// Files in Hive (`year=2024/`) or date (`2024/01/15/`) partition folders below the root.
        case partitioned
        /// A folder holding `_delta_log/`.
        case delta
    }

    public var container: String
    /// The root folder's path in the container ("" for the container itself).
    public var path: String
    public var layout: Layout
    /// The members' format (`.delta` for a Delta table) and whether they are gzipped.
    public var format: FileFormat
    public var gzip: Bool
    /// The data files, sorted by key.
    public var members: [DatasetMember]
    /// Partition column names in folder order (`year`, `month`); for Delta the log's are authoritative.
    public var partitionColumns: [String]
    /// The distinct partitions the members point into.
    public var partitions: [DatasetPartition]
    /// Indices into `members` of the files whose schemas the engine should read; empty for Delta.
    public var sampleIndices: [Int]
    /// For Delta: the log files the engine hands to `DeltaLog.read`, keyed by their name inside `_delta_log/`
    /// (every commit, `_last_checkpoint`, the newest complete checkpoint), sorted by key; empty otherwise.
    public var deltaLogFiles: [ObjectKey]

    public init(container: String, path: String, layout: Layout, format: FileFormat, gzip: Bool,
                members: [DatasetMember], partitionColumns: [String] = [], partitions: [DatasetPartition] = [],
                sampleIndices: [Int] = [], deltaLogFiles: [ObjectKey] = []) {
        self.container = container
        self.path = path
        self.layout = layout
        self.format = format
        self.gzip = gzip
        self.members = members
        self.partitionColumns = partitionColumns
        self.partitions = partitions
        self.sampleIndices = sampleIndices
        self.deltaLogFiles = deltaLogFiles
    }

    /// The members to read a schema from.
    public var samples: [ObjectKey] {
        sampleIndices.map { ObjectKey(container: container, key: members[$0].object.key) }
    }

    /// For Delta: the key under which the engine passes the schema `DeltaLog.read` returned (the log folder).
    public var deltaLogKey: ObjectKey? {
        layout == .delta ? ObjectKey(container: container, key: StoragePath.join([path, "_delta_log"])) : nil
    }

    /// Every member's address.
    public var memberKeys: [ObjectKey] {
        members.map { ObjectKey(container: container, key: $0.object.key) }
    }
}
