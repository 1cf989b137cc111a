/// One data file of a data set.
public struct DatasetMember: Sendable, Hashable {
    public var object: StoredObject
    /// The index of its partition in `PlannedDataset.partitions`, nil in a data set without partitions.
    public var partition: Int?

    public init(object: StoredObject, partition: Int? = nil) {
        self.object = object
        self.partition = partition
    }
}
