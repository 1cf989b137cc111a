/// An asset as a connector or a pushing tool describes it; the store assigns identity and review state.
public struct AssetInput: Sendable, Hashable, Codable {
    public var urn: URN
    public var name: String
    public var type: AssetType
    public var platform: String
    public var catalog: String?
    public var schema: String?
    public var connectionID: Int64?
    public var origin: AssetOrigin
    public var technical: JSONObject
    public var operational: JSONObject
    public var columns: [Column]
    /// Business metadata sent by the pushing tool; applied only to a new asset, so people's edits are kept.
    public var business: BusinessMetadata?

    public init(urn: URN, name: String, type: AssetType, platform: String, catalog: String? = nil,
                schema: String? = nil, connectionID: Int64? = nil, origin: AssetOrigin = .discovered,
                technical: JSONObject = [:], operational: JSONObject = [:], columns: [Column] = [],
                business: BusinessMetadata? = nil) {
        self.urn = urn
        self.name = name
        self.type = type
        self.platform = platform
        self.catalog = catalog
        self.schema = schema
        self.connectionID = connectionID
        self.origin = origin
        self.technical = technical
        self.operational = operational
        self.columns = columns
        self.business = business
    }

    enum CodingKeys: String, CodingKey {
        case urn, name, type, platform, catalog, schema, origin, technical, operational, columns, business
        case connectionID = "connection_id"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        urn = try c.decode(URN.self, forKey: .urn)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? urn.shortName
        type = try c.decodeIfPresent(AssetType.self, forKey: .type) ?? .dataset
        platform = try c.decodeIfPresent(String.self, forKey: .platform) ?? urn.platform ?? "unknown"
        catalog = try c.decodeIfPresent(String.self, forKey: .catalog)
        schema = try c.decodeIfPresent(String.self, forKey: .schema)
        connectionID = try c.decodeIfPresent(Int64.self, forKey: .connectionID)
        origin = try c.decodeIfPresent(AssetOrigin.self, forKey: .origin) ?? .manual
        technical = try c.decodeIfPresent(JSONObject.self, forKey: .technical) ?? [:]
        operational = try c.decodeIfPresent(JSONObject.self, forKey: .operational) ?? [:]
        columns = try c.decodeIfPresent([Column].self, forKey: .columns) ?? []
        business = try c.decodeIfPresent(BusinessMetadata.self, forKey: .business)
    }
}
