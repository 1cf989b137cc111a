import Foundation

/// A configured source system: an Oracle database, a storage account, a folder.
public struct Connection: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var connectorType: String
    public var connectionType: String?
    /// The connector's settings; secret fields are encrypted in the store and masked in responses.
    public var config: JSONObject
    public var status: String
    public var schedule: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: Int64, name: String, connectorType: String, connectionType: String?, config: JSONObject,
                status: String, schedule: String?, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.connectorType = connectorType
        self.connectionType = connectionType
        self.config = config
        self.status = status
        self.schedule = schedule
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, name, config, status, schedule
        case connectorType = "connector_type"
        case connectionType = "connection_type"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}

/// A connection as a client creates or replaces it.
public struct ConnectionInput: Sendable, Hashable, Codable {
    public var name: String
    public var connectorType: String
    public var connectionType: String?
    public var config: JSONObject
    public var schedule: String?

    public init(name: String, connectorType: String, connectionType: String? = nil, config: JSONObject, schedule: String? = nil) {
        self.name = name
        self.connectorType = connectorType
        self.connectionType = connectionType
        self.config = config
        self.schedule = schedule
    }

    enum CodingKeys: String, CodingKey {
        case name, config, schedule
        case connectorType = "connector_type"
        case connectionType = "connection_type"
    }
}
