/// What people add to an asset: description, owners, tags, classification and free-form properties.
public struct BusinessMetadata: Sendable, Hashable, Codable {
    public var description: String?
    public var owners: [String]
    public var tags: [String]
    public var classification: String?
    public var customProperties: JSONObject

    public init(description: String? = nil, owners: [String] = [], tags: [String] = [],
                classification: String? = nil, customProperties: JSONObject = [:]) {
        self.description = description
        self.owners = owners
        self.tags = tags
        self.classification = classification
        self.customProperties = customProperties
    }

    enum CodingKeys: String, CodingKey {
        case description, owners, tags, classification
        case customProperties = "custom_properties"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        owners = try c.decodeIfPresent([String].self, forKey: .owners) ?? []
        tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
        classification = try c.decodeIfPresent(String.self, forKey: .classification)
        customProperties = try c.decodeIfPresent(JSONObject.self, forKey: .customProperties) ?? [:]
    }
}
