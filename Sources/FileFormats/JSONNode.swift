/// A parsed JSON value that keeps what schema inference needs and `CatalogModel.JSONValue` drops:
/// the order of object keys and whether a number was written as an integer.
indirect enum JSONNode {
    case null
    case bool(Bool)
    case integer(Int64)
    case double(Double)
    case string(String)
    case array([JSONNode])
    case object([(key: String, value: JSONNode)])

    /// The member named `key` of an object.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var integerValue: Int64? {
        switch self {
        case .integer(let value): return value
        case .double(let value) where value.rounded() == value && abs(value) < 9e18: return Int64(value)
        default: return nil
        }
    }

    var arrayValue: [JSONNode]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var objectValue: [(key: String, value: JSONNode)]? {
        if case .object(let value) = self { return value }
        return nil
    }
}
