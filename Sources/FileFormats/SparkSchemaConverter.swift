/// Turns a Spark StructType in JSON (Delta's `metaData.schemaString`) into columns of the shared vocabulary.
///
/// Spark's `long`, `integer`, `short` and `byte` are integers, `float` and `double` doubles, `decimal(p,s)` keeps
/// its precision and scale, `timestamp` and `timestamp_ntz` are timestamps; `struct`, `array` and `map` nest.
/// The Spark type stays in `physicalType`.
struct SparkSchemaConverter {
    static let maxDepth = 64

    private(set) var warnings: [String] = []

    /// The top-level fields of a StructType.
    mutating func columns(_ schema: JSONNode) throws -> [FileColumn] {
        guard schema["type"]?.stringValue == "struct", let fields = schema["fields"]?.arrayValue else {
            throw FileFormatError("corrupt Delta schema: schemaString is not a Spark struct type")
        }
        return try fields.map { try field($0, depth: 0) }
    }

    private mutating func field(_ node: JSONNode, depth: Int) throws -> FileColumn {
        guard let name = node["name"]?.stringValue, let type = node["type"] else {
            throw FileFormatError("corrupt Delta schema: a field has no name or type")
        }
        let nullable = node["nullable"]?.boolValue ?? true
        return try column(type, name: name, nullable: nullable, depth: depth + 1)
    }

    private mutating func column(_ type: JSONNode, name: String, nullable: Bool, depth: Int) throws -> FileColumn {
        guard depth <= Self.maxDepth else {
            throw FileFormatError("corrupt Delta schema: types nest deeper than \(Self.maxDepth) levels")
        }
        if let primitive = type.stringValue {
            return FileColumn(name: name, type: vocabulary(primitive, field: name), physicalType: primitive,
                              nullable: nullable)
        }
        switch type["type"]?.stringValue {
        case "struct":
            guard let fields = type["fields"]?.arrayValue else {
                throw FileFormatError("corrupt Delta schema: struct '\(name)' has no fields")
            }
            let children = try fields.map { try field($0, depth: depth + 1) }
            return .structColumn(name: name, fields: children, physicalType: "struct", nullable: nullable)
        case "array":
            guard let elementType = type["elementType"] else {
                throw FileFormatError("corrupt Delta schema: array '\(name)' has no elementType")
            }
            let element = try column(elementType, name: "element", nullable: type["containsNull"]?.boolValue ?? true,
                                     depth: depth + 1)
            return .arrayColumn(name: name, element: element, physicalType: "array", nullable: nullable)
        case "map":
            guard let keyType = type["keyType"], let valueType = type["valueType"] else {
                throw FileFormatError("corrupt Delta schema: map '\(name)' has no keyType or valueType")
            }
            let key = try column(keyType, name: "key", nullable: false, depth: depth + 1)
            let value = try column(valueType, name: "value", nullable: type["valueContainsNull"]?.boolValue ?? true,
                                   depth: depth + 1)
            return .mapColumn(name: name, key: key, value: value, physicalType: "map", nullable: nullable)
        default:
            throw FileFormatError("corrupt Delta schema: '\(name)' has a type this reader does not know")
        }
    }

    private mutating func vocabulary(_ spark: String, field: String) -> String {
        switch spark {
        case "string", "char", "varchar": return "string"
        case "long", "integer", "short", "byte": return "integer"
        case "float", "double": return "double"
        case "boolean": return "boolean"
        case "binary": return "binary"
        case "date": return "date"
        case "timestamp", "timestamp_ntz": return "timestamp"
        case "decimal": return "decimal(10,0)"
        default:
            if spark.hasPrefix("decimal(") { return spark.filter { $0 != " " } }
            if spark.hasPrefix("char(") || spark.hasPrefix("varchar(") { return "string" }
            warnings.append("column '\(field)' has the Spark type '\(spark)', read as string")
            return "string"
        }
    }
}
