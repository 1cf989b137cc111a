/// One column of a data file's schema.
///
/// `type` uses one vocabulary for every format: `integer`, `decimal` (or `decimal(p,s)`), `double`, `boolean`,
/// `date`, `timestamp`, `time`, `string`, `binary`, and the nested `struct<name:type,...>`, `array<type>` and
/// `map<key,value>`, rendered in full so a nested column's `type` alone describes it.
public struct FileColumn: Sendable, Hashable, Codable {
    /// The column's name; `element`, `key` or `value` for the children of arrays and maps.
    public var name: String
    /// The type in the shared vocabulary above.
    public var type: String
    /// The format's own type: Parquet `INT64`, Avro `long`, Spark `decimal(10,2)`, ...
    public var physicalType: String?
    /// The format's annotation on the physical type, when it has one: Parquet `TIMESTAMP(MICROS,UTC)`,
    /// Avro `timestamp-millis`.
    public var logicalType: String?
    /// Whether the column may hold nulls: from the format's schema, or from nulls and missing keys in the sample.
    public var nullable: Bool
    /// Nulls counted in the file's statistics or in the sampled rows; nil when unknown.
    public var nullCount: Int?
    /// Fields of a struct, the `element` of an array, the `key` and `value` of a map.
    public var children: [FileColumn]

    /// A column; readers build these, callers mostly read them.
    public init(name: String, type: String, physicalType: String? = nil, logicalType: String? = nil,
                nullable: Bool = true, nullCount: Int? = nil, children: [FileColumn] = []) {
        self.name = name
        self.type = type
        self.physicalType = physicalType
        self.logicalType = logicalType
        self.nullable = nullable
        self.nullCount = nullCount
        self.children = children
    }
}
