/// Filters, order and paging of an asset search.
public struct AssetQuery: Sendable, Hashable {
    /// Sort orders a list can ask for; `relevance` applies to full-text queries.
    public enum Sort: String, Sendable, CaseIterable {
        case relevance, name, nameDesc = "-name", updated = "updated_at", updatedDesc = "-updated_at", id, idDesc = "-id"
    }

    public var text: String?
    public var type: AssetType?
    public var platform: String?
    public var catalog: String?
    public var schema: String?
    public var connectionID: Int64?
    public var reviewStatus: ReviewStatus?
    public var lifecycle: Lifecycle?
    public var tag: String?
    public var sort: Sort?
    public var limit: Int
    public var offset: Int

    public init(text: String? = nil, type: AssetType? = nil, platform: String? = nil, catalog: String? = nil,
                schema: String? = nil, connectionID: Int64? = nil, reviewStatus: ReviewStatus? = nil,
                lifecycle: Lifecycle? = nil, tag: String? = nil, sort: Sort? = nil, limit: Int = Paging.defaultLimit, offset: Int = 0) {
        self.text = text
        self.type = type
        self.platform = platform
        self.catalog = catalog
        self.schema = schema
        self.connectionID = connectionID
        self.reviewStatus = reviewStatus
        self.lifecycle = lifecycle
        self.tag = tag
        self.sort = sort
        self.limit = limit
        self.offset = offset
    }
}
