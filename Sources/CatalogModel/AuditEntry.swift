import Foundation

/// One append-only record of a lineage change.
public struct AuditEntry: Sendable, Hashable, Codable {
    public var id: Int64
    public var action: String
    public var entityType: String
    public var entityURN: String
    public var oldData: JSONValue?
    public var newData: JSONValue?
    public var actor: String?
    public var sourceSystem: String?
    public var ingestionID: String?
    public var createdAt: Date

    public init(id: Int64, action: String, entityType: String, entityURN: String, oldData: JSONValue?,
                newData: JSONValue?, actor: String?, sourceSystem: String?, ingestionID: String?, createdAt: Date) {
        self.id = id
        self.action = action
        self.entityType = entityType
        self.entityURN = entityURN
        self.oldData = oldData
        self.newData = newData
        self.actor = actor
        self.sourceSystem = sourceSystem
        self.ingestionID = ingestionID
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id, action, actor
        case entityType = "entity_type"
        case entityURN = "entity_urn"
        case oldData = "old_data"
        case newData = "new_data"
        case sourceSystem = "source_system"
        case ingestionID = "ingestion_id"
        case createdAt = "created_at"
    }
}
