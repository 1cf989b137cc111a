import CatalogModel

/// The body of `POST /api/lineage/manual`: two assets, by id or URN, how they relate, and optional column lineage.
public struct ManualEdgePayload: Sendable, Decodable {
    /// An asset named by its numeric id or by its URN.
    public enum AssetReference: Sendable, Hashable {
        case id(Int64)
        case urn(URN)
    }

    public var source: AssetReference
    public var target: AssetReference
    public var relationshipType: String
    public var columnLineage: [ColumnMapping]
    public var description: String?

    enum CodingKeys: String, CodingKey {
        case description
        case sourceAssetID = "source_asset_id"
        case targetAssetID = "target_asset_id"
        case sourceURN = "source_urn"
        case targetURN = "target_urn"
        case relationshipType = "relationship_type"
        case columnLineage = "column_lineage"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try Self.reference(c, id: .sourceAssetID, urn: .sourceURN)
        target = try Self.reference(c, id: .targetAssetID, urn: .targetURN)
        relationshipType = try c.decodeIfPresent(String.self, forKey: .relationshipType) ?? "data_flow"
        columnLineage = try c.decodeIfPresent([ColumnMapping].self, forKey: .columnLineage) ?? []
        description = try c.decodeIfPresent(String.self, forKey: .description)
    }

    private static func reference(_ c: KeyedDecodingContainer<CodingKeys>, id: CodingKeys, urn: CodingKeys) throws -> AssetReference {
        let key = c.contains(id) ? id : urn
        guard c.contains(key) else {
            throw DecodingError.keyNotFound(id, .init(codingPath: c.codingPath, debugDescription: "an asset id or URN is required"))
        }
        if let number = try? c.decode(Int64.self, forKey: key) { return .id(number) }
        let text = try c.decode(String.self, forKey: key)
        if let number = Int64(text) { return .id(number) }
        do {
            return .urn(try URN(parsing: text))
        } catch {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "must be an asset id or a URN")
        }
    }
}
