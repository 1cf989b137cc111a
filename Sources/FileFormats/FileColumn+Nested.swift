extension FileColumn {
    /// A struct column whose `type` lists its fields: `struct<city:string,zip:integer>`.
    static func structColumn(name: String, fields: [FileColumn], physicalType: String? = nil,
                             logicalType: String? = nil, nullable: Bool = true) -> FileColumn {
        let type = "struct<" + fields.map { "\($0.name):\($0.type)" }.joined(separator: ",") + ">"
        return FileColumn(name: name, type: type, physicalType: physicalType, logicalType: logicalType,
                          nullable: nullable, children: fields)
    }

    /// An array column; its one child is the element, named `element`.
    static func arrayColumn(name: String, element: FileColumn, physicalType: String? = nil,
                            logicalType: String? = nil, nullable: Bool = true) -> FileColumn {
        var element = element
        element.name = "element"
        return FileColumn(name: name, type: "array<\(element.type)>", physicalType: physicalType,
                          logicalType: logicalType, nullable: nullable, children: [element])
    }

    /// A map column; its children are `key` and `value`.
    static func mapColumn(name: String, key: FileColumn, value: FileColumn, physicalType: String? = nil,
                          logicalType: String? = nil, nullable: Bool = true) -> FileColumn {
        var key = key
        var value = value
        key.name = "key"
        value.name = "value"
        return FileColumn(name: name, type: "map<\(key.type),\(value.type)>", physicalType: physicalType,
                          logicalType: logicalType, nullable: nullable, children: [key, value])
    }

    /// The same column under another name.
    func renamed(_ name: String) -> FileColumn {
        var copy = self
        copy.name = name
        return copy
    }
}
