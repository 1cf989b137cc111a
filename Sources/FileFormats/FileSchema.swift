/// What a schema reader learned about one data file or one Delta table.
public struct FileSchema: Sendable, Hashable, Codable {
    /// The format read.
    public var format: FileFormat
    /// "gzip" for .gz files, the Parquet codec(s) ("snappy", "zstd", ... joined with "," if mixed),
    /// the Avro codec ("deflate", "null", ...); nil when the format says nothing.
    public var compression: String?
    /// The top-level columns in file order.
    public var columns: [FileColumn]
    /// Rows in the file: from Parquet's footer, a Delta log's statistics, or a text file read whole.
    public var rowCount: Int64?
    /// Parquet row groups.
    public var rowGroups: Int?
    /// Rows (records) whose values the types were inferred from, for text formats.
    public var sampledRows: Int?
    /// Delta partition columns.
    public var partitionColumns: [String]
    /// Delta table version: the latest commit.
    public var version: Int64?
    /// Delta live data files.
    public var fileCount: Int?
    /// Format details: delimiter, header ("true"/"false"), created_by, the Avro record's name and namespace, ...
    public var properties: [String: String]
    /// What the reader could not do or had to guess, in words a user can act on.
    public var warnings: [String]

    /// A schema; readers build these.
    public init(format: FileFormat, compression: String? = nil, columns: [FileColumn] = [], rowCount: Int64? = nil,
                rowGroups: Int? = nil, sampledRows: Int? = nil, partitionColumns: [String] = [],
                version: Int64? = nil, fileCount: Int? = nil, properties: [String: String] = [:],
                warnings: [String] = []) {
        self.format = format
        self.compression = compression
        self.columns = columns
        self.rowCount = rowCount
        self.rowGroups = rowGroups
        self.sampledRows = sampledRows
        self.partitionColumns = partitionColumns
        self.version = version
        self.fileCount = fileCount
        self.properties = properties
        self.warnings = warnings
    }
}
