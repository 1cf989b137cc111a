import CatalogModel

/// A partial change of business metadata: only the fields present are changed; `null` clears one.
public struct AssetPatch: Sendable, Decodable {
    public var description: String??
    public var owners: [String]?
    public var tags: [String]?
    public var classification: String??
    public var customProperties: JSONObject?

    public init(description: String?? = nil, owners: [String]? = nil, tags: [String]? = nil,
                classification: String?? = nil, customProperties: JSONObject? = nil) {
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
        if c.contains(.description) { description = .some(try c.decodeIfPresent(String.self, forKey: .description)) }
        owners = try c.decodeIfPresent([String].self, forKey: .owners)
        tags = try c.decodeIfPresent([String].self, forKey: .tags)
        if c.contains(.classification) { classification = .some(try c.decodeIfPresent(String.self, forKey: .classification)) }
        customProperties = try c.decodeIfPresent(JSONObject.self, forKey: .customProperties)
    }

    /// The metadata after this change.
    public func applied(to business: BusinessMetadata) throws(CatalogError) -> BusinessMetadata {
        var result = business
        if let description { result.description = description }
        if let owners { result.owners = owners }
        if let tags {
            guard tags.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty && $0.count <= 100 }) else {
                throw CatalogError.invalid("tags", "each tag must be 1 to 100 characters")
            }
            result.tags = tags
        }
        if let classification { result.classification = classification }
        if let customProperties { result.customProperties = customProperties }
        return result
    }

    /// Whether the patch changes nothing at all.
    public var isEmpty: Bool {
        description == nil && owners == nil && tags == nil && classification == nil && customProperties == nil
    }
}
