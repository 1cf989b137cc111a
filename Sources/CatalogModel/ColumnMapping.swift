/// How a column of a target dataset is produced from a column of a source dataset.
public struct ColumnMapping: Sendable, Hashable, Codable {
    public var sourceColumn: String
    public var targetColumn: String
    /// identity, expression, aggregation, conditional, window, ...
    public var transformation: String
    public var expression: String?

    public init(sourceColumn: String, targetColumn: String, transformation: String = "identity", expression: String? = nil) {
        self.sourceColumn = sourceColumn
        self.targetColumn = targetColumn
        self.transformation = transformation
        self.expression = expression
    }

    enum CodingKeys: String, CodingKey {
        case transformation, expression
        case sourceColumn = "source_column"
        case targetColumn = "target_column"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sourceColumn = try c.decode(String.self, forKey: .sourceColumn)
        targetColumn = try c.decode(String.self, forKey: .targetColumn)
        transformation = try c.decodeIfPresent(String.self, forKey: .transformation) ?? "identity"
        expression = try c.decodeIfPresent(String.self, forKey: .expression)
    }
}
