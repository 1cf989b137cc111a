import CatalogModel

/// Which listed objects make up one data set or file asset, so the engine can remember what belongs to what.
public struct DatasetSummary: Sendable, Hashable {
    public var urn: URN
    /// `.dataset` or `.file`.
    public var type: AssetType
    /// The data files: a data set's members, or the file itself.
    public var objects: [ObjectKey]
    /// What was read to describe it: the sampled members, the Delta log files, or the file; empty when nothing was.
    public var reads: [ObjectKey]

    public init(urn: URN, type: AssetType, objects: [ObjectKey], reads: [ObjectKey]) {
        self.urn = urn
        self.type = type
        self.objects = objects
        self.reads = reads
    }
}
