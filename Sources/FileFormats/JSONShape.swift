/// The inferred type of JSON values seen so far, merged value by value.
///
/// Objects become structs whose fields are the keys in first-seen order; a key missing from some objects or null
/// in some is nullable. Arrays take the merged type of all their elements. Integers and doubles merge to double,
/// strings that all look like dates or timestamps keep that type (dates and timestamps merge to timestamp), and
/// any other disagreement widens to string. Only nulls seen: `unknown`, read as string.
indirect enum JSONShape: Equatable {
    case unknown
    case boolean, integer, double, string, date, timestamp
    case array(JSONShape)
    case object([JSONField])

    /// One key of an object shape.
    struct JSONField: Equatable {
        var name: String
        var shape: JSONShape
        var nullable: Bool
    }

    init(_ node: JSONNode) {
        switch node {
        case .null: self = .unknown
        case .bool: self = .boolean
        case .integer: self = .integer
        case .double: self = .double
        case .string(let text):
            switch TextValueType.of(text) {
            case .date: self = .date
            case .timestamp: self = .timestamp
            default: self = .string
            }
        case .array(let items): self = .array(items.reduce(JSONShape.unknown) { $0.merged(with: JSONShape($1)) })
        case .object(let members):
            var fields: [JSONField] = []
            var positions: [String: Int] = [:]
            for (key, value) in members {
                let field = JSONField(name: key, shape: JSONShape(value), nullable: value.isNull)
                if let position = positions[key] {
                    fields[position] = field
                } else {
                    positions[key] = fields.count
                    fields.append(field)
                }
            }
            self = .object(fields)
        }
    }

    func merged(with other: JSONShape) -> JSONShape {
        switch (self, other) {
        case (.unknown, _): return other
        case (_, .unknown): return self
        case (.array(let a), .array(let b)): return .array(a.merged(with: b))
        case (.object(let a), .object(let b)): return .object(Self.merge(a, b))
        case _ where self == other: return self
        case (.integer, .double), (.double, .integer): return .double
        case (.date, .timestamp), (.timestamp, .date): return .timestamp
        default: return .string
        }
    }

    private static func merge(_ a: [JSONField], _ b: [JSONField]) -> [JSONField] {
        var result = a
        var positions: [String: Int] = [:]
        for (index, field) in a.enumerated() { positions[field.name] = index }
        var seen = Set<String>()
        for field in b {
            seen.insert(field.name)
            if let index = positions[field.name] {
                result[index].shape = result[index].shape.merged(with: field.shape)
                result[index].nullable = result[index].nullable || field.nullable
            } else {
                positions[field.name] = result.count
                result.append(JSONField(name: field.name, shape: field.shape, nullable: true))
            }
        }
        for index in result.indices where index < a.count && !seen.contains(result[index].name) {
            result[index].nullable = true
        }
        return result
    }

    /// The column for a value of this shape.
    func column(name: String, nullable: Bool) -> FileColumn {
        switch self {
        case .unknown: FileColumn(name: name, type: "string", physicalType: "null", nullable: true)
        case .boolean: FileColumn(name: name, type: "boolean", physicalType: "boolean", nullable: nullable)
        case .integer: FileColumn(name: name, type: "integer", physicalType: "number", nullable: nullable)
        case .double: FileColumn(name: name, type: "double", physicalType: "number", nullable: nullable)
        case .string: FileColumn(name: name, type: "string", physicalType: "string", nullable: nullable)
        case .date: FileColumn(name: name, type: "date", physicalType: "string", nullable: nullable)
        case .timestamp: FileColumn(name: name, type: "timestamp", physicalType: "string", nullable: nullable)
        case .array(let element):
            .arrayColumn(name: name, element: element.column(name: "element", nullable: true),
                         physicalType: "array", nullable: nullable)
        case .object(let fields):
            .structColumn(name: name, fields: fields.map { $0.shape.column(name: $0.name, nullable: $0.nullable) },
                          physicalType: "object", nullable: nullable)
        }
    }
}

extension JSONNode {
    var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
