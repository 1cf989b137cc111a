import CatalogModel

/// The query parameters of `GET /api/lineage/sql/failures`, parsed once with errors that name the parameter.
public struct LineageFailureListRequest: Sendable {
    public var connectionID: Int64?
    public var limit: Int
    public var offset: Int

    /// Parses `connection_id`, `limit` (1-500, default 50) and `cursor`.
    public init(parameters: [String: String]) throws(CatalogError) {
        if let text = parameters["connection_id"], !text.isEmpty {
            guard let id = Int64(text) else { throw CatalogError.invalid("connection_id", "must be a whole number") }
            connectionID = id
        }
        limit = try GraphRequest.integer(parameters["limit"], name: "limit", range: Paging.limitRange) ?? Paging.defaultLimit
        offset = try parameters["cursor"].flatMap { $0.isEmpty ? nil : $0 }
            .map { cursor throws(CatalogError) in try Cursor.offset(from: cursor) } ?? 0
    }
}
