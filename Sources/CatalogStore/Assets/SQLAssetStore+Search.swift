import CatalogModel
import SQLKit

extension SQLAssetStore {
    public func search(_ query: AssetQuery) async throws -> Page<Asset> {
        let engine = database.engine
        let (from, condition, words) = Self.filter(query, engine: engine)
        let sort = query.sort ?? (words.isEmpty ? .name : .relevance)
        if sort == .relevance, !words.isEmpty, Self.onlyText(query) {
            return try await rankedTextSearch(engine.fullTextQuery(words), limit: query.limit, offset: query.offset)
        }
        let order: SQLQueryString
        switch sort {
        case .relevance where !words.isEmpty:
            order = " ORDER BY " + engine.fullTextRank.sql(engine.fullTextQuery(words)) + ", assets.id"
        case .relevance, .name: order = " ORDER BY assets.name, assets.id"
        case .nameDesc: order = " ORDER BY assets.name DESC, assets.id DESC"
        case .updated: order = " ORDER BY assets.updated_at, assets.id"
        case .updatedDesc: order = " ORDER BY assets.updated_at DESC, assets.id DESC"
        case .id: order = " ORDER BY assets.id"
        case .idDesc: order = " ORDER BY assets.id DESC"
        }
        let page = "SELECT \(unsafeRaw: AssetRow.columns) FROM assets" + from + condition + order
            + " LIMIT \(bind: Int64(query.limit)) OFFSET \(bind: Int64(query.offset))"
        let items = try await database.sql.raw(page).all().map(AssetRow.decode)
        let count = try await database.sql.raw("SELECT COUNT(*) AS total FROM assets" + from + condition).first()
        let total = try count?.decode(column: "total", as: Int64.self) ?? 0
        return Page(items: items, total: Int(total), nextCursor: nil)
    }

    /// A text-only query ranked inside the full-text index, so that only the page's rows are read from `assets`.
    private func rankedTextSearch(_ match: String, limit: Int, offset: Int) async throws -> Page<Asset> {
        let engine = database.engine
        let page = "SELECT \(unsafeRaw: AssetRow.columns) FROM (" + engine.fullTextHits.sql(match) + """
             ORDER BY hit_rank LIMIT \(bind: Int64(limit)) OFFSET \(bind: Int64(offset))) AS hits
            JOIN assets ON assets.id = hits.hit_id ORDER BY hits.hit_rank, assets.id
            """
        let items = try await database.sql.raw(page).all().map(AssetRow.decode)
        let total = try await database.sql.raw(engine.fullTextCount.sql(match)).first()?.decode(column: "total", as: Int64.self) ?? 0
        return Page(items: items, total: Int(total), nextCursor: nil)
    }

    /// Whether the query filters on nothing but text.
    static func onlyText(_ query: AssetQuery) -> Bool {
        query.type == nil && query.platform == nil && query.catalog == nil && query.schema == nil && query.connectionID == nil
            && query.reviewStatus == nil && query.lifecycle == nil && query.tag == nil
    }

    public func facets(_ query: AssetQuery) async throws -> AssetFacets {
        let (from, condition, _) = Self.filter(query, engine: database.engine)
        func counts(_ column: String) async throws -> [String: Int] {
            let rows = try await database.sql.raw(
                "SELECT \(unsafeRaw: column) AS value, COUNT(*) AS n FROM assets" + from + condition
                    + " GROUP BY \(unsafeRaw: column)").all()
            var result: [String: Int] = [:]
            for row in rows {
                let value = try row.decode(column: "value", as: String?.self) ?? ""
                result[value] = Int(try row.decode(column: "n", as: Int64.self))
            }
            return result
        }
        return AssetFacets(type: try await counts("assets.type"), platform: try await counts("assets.platform"),
                           catalog: try await counts("assets.catalog"), reviewStatus: try await counts("assets.review_status"))
    }

    /// The FROM additions and WHERE clause of a query, and the search words it matched on.
    static func filter(_ query: AssetQuery, engine: SQLEngine) -> (from: SQLQueryString, where: SQLQueryString, words: [String]) {
        var from = SQLQueryString("")
        var clauses: [SQLQueryString] = []
        let words = SearchWords.words(in: query.text ?? "")
        if !words.isEmpty {
            from = SQLQueryString(engine.fullTextJoin)
            clauses.append(engine.fullTextCondition.sql(engine.fullTextQuery(words)))
        }
        if let type = query.type { clauses.append("assets.type = \(bind: type.rawValue)") }
        if let platform = query.platform { clauses.append("assets.platform = \(bind: platform)") }
        if let catalog = query.catalog { clauses.append("assets.catalog = \(bind: catalog)") }
        if let schema = query.schema { clauses.append("assets.schema_name = \(bind: schema)") }
        if let connection = query.connectionID { clauses.append("assets.connection_id = \(bind: connection)") }
        if let review = query.reviewStatus { clauses.append("assets.review_status = \(bind: review.rawValue)") }
        if let lifecycle = query.lifecycle { clauses.append("assets.lifecycle = \(bind: lifecycle.rawValue)") }
        if let tag = query.tag {
            clauses.append("EXISTS (SELECT 1 FROM asset_tags WHERE asset_tags.asset_id = assets.id AND asset_tags.tag = \(bind: tag))")
        }
        guard !clauses.isEmpty else { return (from, "", words) }
        return (from, " WHERE " + clauses.joined(separator: " AND "), words)
    }
}
