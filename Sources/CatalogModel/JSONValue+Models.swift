extension Column {
    /// A column read back from its JSON form; nil when the value is not a column object.
    public init?(json: JSONValue) {
        guard case .object(let members) = json, let name = members["name"]?.stringValue else { return nil }
        self.init(name: name, type: members["type"]?.stringValue, nullable: members["nullable"]?.boolValue,
                  position: members["position"]?.numberValue.map { Int($0) }, description: members["description"]?.stringValue,
                  tags: members["tags"]?.arrayValue?.compactMap(\.stringValue))
    }
}

extension BusinessMetadata {
    /// Business metadata read back from its JSON form; nil when the value is not an object.
    public init?(json: JSONValue) {
        guard case .object(let members) = json else { return nil }
        self.init(description: members["description"]?.stringValue,
                  owners: members["owners"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                  tags: members["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                  classification: members["classification"]?.stringValue,
                  customProperties: members["custom_properties"]?.objectValue ?? [:])
    }
}

extension JSONValue {
    /// The flag inside, if this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The items, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }
}
