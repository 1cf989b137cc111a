/// Turns an Avro schema (parsed JSON) into columns of the shared type vocabulary.
///
/// Records become `struct<...>`, arrays `array<...>`, maps `map<string,...>`, enums strings and fixed binary.
/// A union with null is its other branch made nullable; a union of several other branches widens (int and long
/// to integer, with float or double to double, else string) and keeps `union<...>` as its physical type.
/// Logical types: date, time-*, timestamp-* and local-timestamp-*, decimal (with precision and scale), uuid as
/// string. Named types may be referenced by name later in the schema; a record that contains itself is shown
/// without its fields the second time, with a warning.
struct AvroSchemaConverter {
    static let maxDepth = 64
    /// Types converted, references expanded, before the schema counts as too large to be real.
    static let maxTypes = 100_000

    private(set) var warnings: [String] = []
    /// Named types (records, enums, fixed) by full name, with the namespace they were defined in.
    private var named: [String: (node: JSONNode, namespace: String?)] = [:]
    private var inProgress: Set<String> = []
    private var converted = 0

    /// The column for a value of schema `node`.
    mutating func column(_ node: JSONNode, name: String, namespace: String?, depth: Int = 0) throws -> FileColumn {
        guard depth <= Self.maxDepth else {
            throw FileFormatError("corrupt Avro schema: types nest deeper than \(Self.maxDepth) levels")
        }
        converted += 1
        guard converted <= Self.maxTypes else {
            throw FileFormatError("the Avro schema expands to more than \(Self.maxTypes) types")
        }
        switch node {
        case .string(let typeName):
            return try named(typeName, name: name, namespace: namespace, depth: depth)
        case .array(let branches):
            return try union(branches, name: name, namespace: namespace, depth: depth)
        case .object:
            return try complex(node, name: name, namespace: namespace, depth: depth)
        default:
            throw FileFormatError("corrupt Avro schema: a type of '\(name)' is neither a name, a union nor an object")
        }
    }

    private mutating func named(_ typeName: String, name: String, namespace: String?, depth: Int) throws -> FileColumn {
        if let primitive = Self.primitive(typeName) {
            return FileColumn(name: name, type: primitive, physicalType: typeName, nullable: typeName == "null")
        }
        let candidates = typeName.contains(".") ? [typeName] : [namespace.map { "\($0).\(typeName)" }, typeName].compactMap { $0 }
        guard let fullName = candidates.first(where: { named[$0] != nil }), let definition = named[fullName] else {
            throw FileFormatError("corrupt Avro schema: '\(name)' refers to an unknown type '\(typeName)'")
        }
        if inProgress.contains(fullName) {
            warnings.append("the Avro record '\(fullName)' contains itself; its nested copy in '\(name)' is shown without fields")
            return FileColumn(name: name, type: "struct<>", physicalType: "record", nullable: false)
        }
        return try complex(definition.node, name: name, namespace: definition.namespace, depth: depth + 1, isReference: true)
    }

    private mutating func union(_ branches: [JSONNode], name: String, namespace: String?, depth: Int) throws -> FileColumn {
        var columns: [FileColumn] = []
        var hasNull = false
        for branch in branches {
            if branch.stringValue == "null" {
                hasNull = true
            } else {
                columns.append(try column(branch, name: name, namespace: namespace, depth: depth + 1))
            }
        }
        guard !columns.isEmpty else { return FileColumn(name: name, type: "string", physicalType: "null", nullable: true) }
        if columns.count == 1 {
            var only = columns[0]
            only.nullable = hasNull || only.nullable
            return only
        }
        let types = Set(columns.map(\.type))
        let type: String
        if types == ["integer"] {
            type = "integer"
        } else if types.isSubset(of: ["integer", "double"]) {
            type = "double"
        } else {
            type = "string"
        }
        let members = (hasNull ? ["null"] : []) + columns.map { $0.physicalType ?? $0.type }
        let physical = "union<" + members.joined(separator: ",") + ">"
        return FileColumn(name: name, type: type, physicalType: physical, nullable: hasNull)
    }

    private mutating func complex(_ node: JSONNode, name: String, namespace: String?, depth: Int,
                                  isReference: Bool = false) throws -> FileColumn {
        guard let typeNode = node["type"] else {
            throw FileFormatError("corrupt Avro schema: the type of '\(name)' has no \"type\"")
        }
        guard let type = typeNode.stringValue else {
            return try column(typeNode, name: name, namespace: namespace, depth: depth + 1)
        }
        let logical = node["logicalType"]?.stringValue
        switch type {
        case "record", "error":
            let fullName = try register(node, namespace: namespace, isReference: isReference)
            let inner = Self.namespace(of: node, enclosing: namespace)
            inProgress.insert(fullName)
            defer { inProgress.remove(fullName) }
            guard let fieldNodes = node["fields"]?.arrayValue else {
                throw FileFormatError("corrupt Avro schema: record '\(fullName)' has no fields list")
            }
            var fields: [FileColumn] = []
            for field in fieldNodes {
                guard let fieldName = field["name"]?.stringValue, let fieldType = field["type"] else {
                    throw FileFormatError("corrupt Avro schema: a field of record '\(fullName)' has no name or type")
                }
                fields.append(try column(fieldType, name: fieldName, namespace: inner, depth: depth + 1))
            }
            return .structColumn(name: name, fields: fields, physicalType: "record", nullable: false)
        case "enum":
            _ = try register(node, namespace: namespace, isReference: isReference)
            return FileColumn(name: name, type: "string", physicalType: "enum", nullable: false)
        case "fixed":
            _ = try register(node, namespace: namespace, isReference: isReference)
            return FileColumn(name: name, type: logicalTypeName(logical, node) ?? "binary", physicalType: "fixed",
                              logicalType: logical, nullable: false)
        case "array":
            guard let items = node["items"] else {
                throw FileFormatError("corrupt Avro schema: array '\(name)' has no items")
            }
            let element = try column(items, name: "element", namespace: namespace, depth: depth + 1)
            return .arrayColumn(name: name, element: element, physicalType: "array", nullable: false)
        case "map":
            guard let values = node["values"] else {
                throw FileFormatError("corrupt Avro schema: map '\(name)' has no values")
            }
            let value = try column(values, name: "value", namespace: namespace, depth: depth + 1)
            let key = FileColumn(name: "key", type: "string", physicalType: "string", nullable: false)
            return .mapColumn(name: name, key: key, value: value, physicalType: "map", nullable: false)
        default:
            guard let primitive = Self.primitive(type) else {
                return try named(type, name: name, namespace: namespace, depth: depth + 1)
            }
            return FileColumn(name: name, type: logicalTypeName(logical, node, physical: type) ?? primitive,
                              physicalType: type, logicalType: logical, nullable: type == "null")
        }
    }

    /// Remembers a named type's definition; returns its full name.
    private mutating func register(_ node: JSONNode, namespace: String?, isReference: Bool) throws -> String {
        guard let name = node["name"]?.stringValue, !name.isEmpty else {
            throw FileFormatError("corrupt Avro schema: a record, enum or fixed type has no name")
        }
        let space = Self.namespace(of: node, enclosing: namespace)
        let fullName = space.map { "\($0).\(Self.shortName(name))" } ?? name
        if !isReference { named[fullName] = (node, namespace) }
        return fullName
    }

    /// The vocabulary type a logical type gives its underlying type; nil when it gives none.
    private func logicalTypeName(_ logical: String?, _ node: JSONNode, physical: String? = nil) -> String? {
        switch logical {
        case "date": return "date"
        case "time-millis", "time-micros": return "time"
        case "timestamp-millis", "timestamp-micros", "timestamp-nanos",
             "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos": return "timestamp"
        case "uuid": return "string"
        case "decimal":
            guard let precision = node["precision"]?.integerValue else { return "decimal" }
            return "decimal(\(precision),\(node["scale"]?.integerValue ?? 0))"
        default: return nil
        }
    }

    static func primitive(_ name: String) -> String? {
        switch name {
        case "null", "string": "string"
        case "boolean": "boolean"
        case "int", "long": "integer"
        case "float", "double": "double"
        case "bytes": "binary"
        default: nil
        }
    }

    /// A named type's namespace: from a dotted name, its `namespace`, or the enclosing one.
    static func namespace(of node: JSONNode, enclosing: String?) -> String? {
        if let name = node["name"]?.stringValue, let dot = name.lastIndex(of: ".") {
            return String(name[..<dot])
        }
        if let space = node["namespace"]?.stringValue { return space.isEmpty ? nil : space }
        return enclosing
    }

    /// The last part of a dotted name.
    static func shortName(_ name: String) -> String {
        name.split(separator: ".").last.map(String.init) ?? name
    }
}
