/// What a listing holds, decided before anything is read: browsable folders, data sets, single files, and
/// which objects the engine must read schemas from.
public struct LayoutPlan: Sendable, Hashable {
    /// Containers (path "") and folders, parents before children.
    public var folders: [PlannedFolder]
    public var datasets: [PlannedDataset]
    public var files: [PlannedFile]
    /// Hidden objects and markers (`_SUCCESS`, `.crc`, `_temporary/`, folder placeholders) left out.
    public var ignoredCount: Int
    /// What the plan decided that a user may not expect, such as two formats competing for one folder.
    public var warnings: [String]

    public init(folders: [PlannedFolder] = [], datasets: [PlannedDataset] = [], files: [PlannedFile] = [],
                ignoredCount: Int = 0, warnings: [String] = []) {
        self.folders = folders
        self.datasets = datasets
        self.files = files
        self.ignoredCount = ignoredCount
        self.warnings = warnings
    }

    /// Every object whose schema the engine should read (with FileFormats' readers), data set samples first.
    public var samples: [ObjectKey] {
        datasets.flatMap(\.samples) + files.filter(\.isSampled).map(\.objectKey)
    }

    /// The Delta tables: where to pass each one's schema, and the log files to read for it.
    public var deltaLogs: [(table: ObjectKey, files: [ObjectKey])] {
        datasets.compactMap { dataset in dataset.deltaLogKey.map { ($0, dataset.deltaLogFiles) } }
    }
}
