/// One partition folder chain of a data set, such as `year=2024/month=01` or `2024/01/15`.
public struct DatasetPartition: Sendable, Hashable {
    /// The partition folders below the data set's root ("" for files directly in the root).
    public var path: String
    /// Each partition column's value here (`year` -> `2024`); columns this partition lacks are absent.
    public var values: [String: String]

    public init(path: String, values: [String: String]) {
        self.path = path
        self.values = values
    }
}
