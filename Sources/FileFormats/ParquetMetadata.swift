/// The parts of Parquet's FileMetaData (the Thrift struct in the footer) that describe a file's schema.
struct ParquetMetadata {
    var version: Int32?
    var schema: [ParquetSchemaElement] = []
    var numRows: Int64?
    var rowGroups: [ParquetRowGroup] = []
    var createdBy: String?
}

/// One node of Parquet's flattened schema tree.
struct ParquetSchemaElement {
    var type: Int32?
    var typeLength: Int32?
    var repetition: Int32?
    var name: String?
    var numChildren: Int32?
    var convertedType: Int32?
    var scale: Int32?
    var precision: Int32?
    var logicalType: ParquetLogicalType?

    static let required: Int32 = 0
    static let optional: Int32 = 1
    static let repeated: Int32 = 2
}

/// Parquet's LogicalType union, the successor of ConvertedType.
enum ParquetLogicalType: Equatable {
    case string, map, list, enumeration, date, unknown, json, bson, uuid, float16, variant, geometry, geography
    case decimal(scale: Int32, precision: Int32)
    case time(unit: String, utc: Bool)
    case timestamp(unit: String, utc: Bool)
    case integer(bitWidth: Int32, signed: Bool)
    /// A union member this reader does not know, by field id.
    case other(Int16)
}

/// A row group: its row count and the column chunks' metadata.
struct ParquetRowGroup {
    var numRows: Int64?
    var columns: [ParquetColumnChunk] = []
}

/// What one column chunk's metadata says about its column.
struct ParquetColumnChunk {
    var path: [String] = []
    var codec: Int32?
    var nullCount: Int64?
}
