/// Turns Parquet schema nodes into columns of the shared type vocabulary.
///
/// Groups annotated LIST become `array<...>` (the standard three-level layout and the legacy two-level ones,
/// after the backward-compatibility rules of Parquet's LogicalTypes.md), groups annotated MAP or MAP_KEY_VALUE
/// become `map<k,v>`, other groups `struct<...>`, and a repeated field outside a LIST an array of itself.
/// REQUIRED fields are not nullable; OPTIONAL fields are; REPEATED ones (arrays) are not.
enum ParquetColumnConverter {
    static let physicalNames = ["BOOLEAN", "INT32", "INT64", "INT96", "FLOAT", "DOUBLE", "BYTE_ARRAY",
                                "FIXED_LEN_BYTE_ARRAY"]
    static let convertedNames = ["UTF8", "MAP", "MAP_KEY_VALUE", "LIST", "ENUM", "DECIMAL", "DATE", "TIME_MILLIS",
                                 "TIME_MICROS", "TIMESTAMP_MILLIS", "TIMESTAMP_MICROS", "UINT_8", "UINT_16",
                                 "UINT_32", "UINT_64", "INT_8", "INT_16", "INT_32", "INT_64", "JSON", "BSON",
                                 "INTERVAL"]

    static func column(_ node: ParquetSchemaNode) -> FileColumn {
        if node.element.repetition == ParquetSchemaElement.repeated {
            return .arrayColumn(name: node.name, element: unrepeated(node), nullable: false)
        }
        return unrepeated(node)
    }

    /// The node as if it were not repeated.
    private static func unrepeated(_ node: ParquetSchemaNode) -> FileColumn {
        let nullable = node.element.repetition == ParquetSchemaElement.optional
        guard node.isGroup else { return leaf(node, nullable: nullable) }
        if isList(node), let list = list(node, nullable: nullable) { return list }
        if isMap(node), let map = map(node, nullable: nullable) { return map }
        return .structColumn(name: node.name, fields: node.children.map(column), nullable: nullable)
    }

    private static func isList(_ node: ParquetSchemaNode) -> Bool {
        node.element.logicalType == .list || node.element.convertedType == 3
    }

    private static func isMap(_ node: ParquetSchemaNode) -> Bool {
        node.element.logicalType == .map || node.element.convertedType == 1 || node.element.convertedType == 2
    }

    private static func list(_ node: ParquetSchemaNode, nullable: Bool) -> FileColumn? {
        guard node.children.count == 1, let repeated = node.children.first,
              repeated.element.repetition == ParquetSchemaElement.repeated else { return nil }
        let element: FileColumn
        if !repeated.isGroup {
            element = leaf(repeated, nullable: false)
        } else if repeated.children.count != 1 || repeated.name == "array" || repeated.name == node.name + "_tuple" {
            element = .structColumn(name: repeated.name, fields: repeated.children.map(column), nullable: false)
        } else {
            element = column(repeated.children[0])
        }
        return .arrayColumn(name: node.name, element: element, logicalType: "LIST", nullable: nullable)
    }

    private static func map(_ node: ParquetSchemaNode, nullable: Bool) -> FileColumn? {
        guard node.children.count == 1, let entries = node.children.first, entries.children.count == 2 else {
            return nil
        }
        return .mapColumn(name: node.name, key: column(entries.children[0]), value: column(entries.children[1]),
                          logicalType: "MAP", nullable: nullable)
    }

    private static func leaf(_ node: ParquetSchemaNode, nullable: Bool) -> FileColumn {
        let element = node.element
        let physical = element.type.flatMap { physicalNames.indices.contains(Int($0)) ? physicalNames[Int($0)] : nil }
        let (type, logical) = leafType(element, physical: physical)
        return FileColumn(name: node.name, type: type, physicalType: physical ?? element.type.map { "TYPE_\($0)" },
                          logicalType: logical, nullable: nullable)
    }

    /// The vocabulary type and the logical annotation, from LogicalType first, then ConvertedType, then the
    /// physical type.
    private static func leafType(_ element: ParquetSchemaElement, physical: String?) -> (String, String?) {
        if let logical = element.logicalType {
            switch logical {
            case .string: return ("string", "STRING")
            case .enumeration: return ("string", "ENUM")
            case .json: return ("string", "JSON")
            case .uuid: return ("string", "UUID")
            case .bson: return ("binary", "BSON")
            case .date: return ("date", "DATE")
            case .float16: return ("double", "FLOAT16")
            case .decimal(let scale, let precision):
                return ("decimal(\(precision),\(scale))", "DECIMAL(\(precision),\(scale))")
            case .time(let unit, let utc): return ("time", "TIME(\(unit),\(utc ? "UTC" : "LOCAL"))")
            case .timestamp(let unit, let utc): return ("timestamp", "TIMESTAMP(\(unit),\(utc ? "UTC" : "LOCAL"))")
            case .integer(let bits, let signed): return ("integer", "INT(\(bits),\(signed ? "signed" : "unsigned"))")
            case .unknown, .variant, .geometry, .geography, .map, .list, .other: break
            }
        }
        if let converted = element.convertedType, converted >= 0, Int(converted) < convertedNames.count {
            let name = convertedNames[Int(converted)]
            switch name {
            case "UTF8", "ENUM", "JSON": return ("string", name)
            case "BSON", "INTERVAL": return ("binary", name)
            case "DATE": return ("date", name)
            case "TIME_MILLIS", "TIME_MICROS": return ("time", name)
            case "TIMESTAMP_MILLIS", "TIMESTAMP_MICROS": return ("timestamp", name)
            case "DECIMAL":
                let precision = element.precision ?? 0
                let scale = element.scale ?? 0
                return ("decimal(\(precision),\(scale))", "DECIMAL(\(precision),\(scale))")
            case _ where name.hasPrefix("INT_") || name.hasPrefix("UINT_"): return ("integer", name)
            default: break
            }
        }
        switch physical {
        case "BOOLEAN": return ("boolean", nil)
        case "INT32", "INT64": return ("integer", nil)
        case "INT96": return ("timestamp", nil)
        case "FLOAT", "DOUBLE": return ("double", nil)
        default: return ("binary", nil)
        }
    }
}
