import Foundation

/// A data asset in the catalog: a table, view, file, folder, procedure, ...
public struct Asset: Sendable, Hashable, Codable {
    public var id: Int64
    public var urn: URN
    public var name: String
    public var type: AssetType
    public var platform: String
    public var catalog: String?
    public var schema: String?
    public var connectionID: Int64?
    public var origin: AssetOrigin
    public var lifecycle: Lifecycle
    public var review: Review
    public var technical: JSONObject
    public var operational: JSONObject
    public var business: BusinessMetadata
    public var columns: [Column]
    public var schemaFingerprint: String
    public var discoveredAt: Date
    public var lastSeenAt: Date
    public var updatedAt: Date

    public init(id: Int64, urn: URN, name: String, type: AssetType, platform: String, catalog: String?,
                schema: String?, connectionID: Int64?, origin: AssetOrigin, lifecycle: Lifecycle, review: Review,
                technical: JSONObject, operational: JSONObject, business: BusinessMetadata, columns: [Column],
                schemaFingerprint: String, discoveredAt: Date, lastSeenAt: Date, updatedAt: Date) {
        self.id = id
        self.urn = urn
        self.name = name
        self.type = type
        self.platform = platform
        self.catalog = catalog
        self.schema = schema
        self.connectionID = connectionID
        self.origin = origin
        self.lifecycle = lifecycle
        self.review = review
        self.technical = technical
        self.operational = operational
        self.business = business
        self.columns = columns
        self.schemaFingerprint = schemaFingerprint
        self.discoveredAt = discoveredAt
        self.lastSeenAt = lastSeenAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, urn, name, type, platform, catalog, schema, origin, lifecycle, review
        case technical, operational, business, columns
        case connectionID = "connection_id"
        case schemaFingerprint = "schema_fingerprint"
        case discoveredAt = "discovered_at"
        case lastSeenAt = "last_seen_at"
        case updatedAt = "updated_at"
    }
}
