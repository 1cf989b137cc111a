/// One column of a table, view or file schema.
public struct Column: Sendable, Hashable, Codable {
    public var name: String
    public var type: String?
    public var nullable: Bool?
    public var position: Int?
    public var description: String?
    public var tags: [String]?

    public init(name: String, type: String? = nil, nullable: Bool? = nil, position: Int? = nil,
                description: String? = nil, tags: [String]? = nil) {
        self.name = name
        self.type = type
        self.nullable = nullable
        self.position = position
        self.description = description
        self.tags = tags
    }
}
