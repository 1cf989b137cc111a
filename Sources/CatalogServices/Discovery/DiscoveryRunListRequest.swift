import CatalogModel
import CatalogStore

/// The query parameters of `GET /api/discovery/runs`, parsed once with errors that name the parameter.
public struct DiscoveryRunListRequest: Sendable {
    public var query: DiscoveryRunQuery

    /// Parses `connection_id`, `status`, `limit` (1-500, default 50) and `cursor`.
    public init(parameters: [String: String]) throws(CatalogError) {
        query = DiscoveryRunQuery()
        if let text = parameters["connection_id"], !text.isEmpty {
            guard let id = Int64(text) else { throw CatalogError.invalid("connection_id", "must be a whole number") }
            query.connectionID = id
        }
        if let text = parameters["status"], !text.isEmpty {
            guard let status = DiscoveryStatus(rawValue: text) else {
                throw CatalogError.invalid("status", "must be one of \(DiscoveryStatus.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.status = status
        }
        query.limit = try GraphRequest.integer(parameters["limit"], name: "limit", range: Paging.limitRange) ?? Paging.defaultLimit
        query.offset = try parameters["cursor"].flatMap { $0.isEmpty ? nil : $0 }
            .map { cursor throws(CatalogError) in try Cursor.offset(from: cursor) } ?? 0
    }
}
