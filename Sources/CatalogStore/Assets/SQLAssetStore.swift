import CatalogModel
import Foundation
import SQLKit

/// The asset store on SQLite or PostgreSQL.
public struct SQLAssetStore: AssetStore {
    let database: CatalogDatabase

    public init(database: CatalogDatabase) {
        self.database = database
    }

    public func asset(id: Int64) async throws -> Asset? {
        try await database.sql.raw("SELECT \(unsafeRaw: AssetRow.columns) FROM assets WHERE id = \(bind: id)")
            .first().map(AssetRow.decode)
    }

    public func asset(urn: URN) async throws -> Asset? {
        try await database.sql.raw("SELECT \(unsafeRaw: AssetRow.columns) FROM assets WHERE urn = \(bind: urn.rawValue)")
            .first().map(AssetRow.decode)
    }

    public func updateBusiness(id: Int64, _ business: BusinessMetadata) async throws -> Asset {
        try await database.transaction { sql in
            guard let row = try await sql.raw("""
                SELECT urn, name, column_list FROM assets WHERE id = \(bind: id)\(unsafeRaw: database.engine.lockForUpdate)
                """).first() else {
                throw CatalogError.notFound("asset", String(id))
            }
            let urn = URN(trusted: try row.decode(column: "urn", as: String.self))
            let columns = try row.columns("column_list")
            let searchText = SearchWords.document(
                name: try row.decode(column: "name", as: String.self), urn: urn, business: business, columns: columns)
            try await sql.raw("""
                UPDATE assets SET business = \(bind: JSONWriter.text(business.jsonValue)),
                search_text = \(bind: searchText), updated_at = \(bind: Stored.micros(Date()))
                WHERE id = \(bind: id)
                """).run()
            try await Self.replaceTags(of: id, with: business.tags, in: sql)
        }
        return try await existing(id)
    }

    public func review(id: Int64, status: ReviewStatus, by reviewer: String?, comment: String?) async throws -> Asset {
        let now = Stored.micros(Date())
        try await database.transaction { sql in
            let found = try await sql.raw("SELECT id FROM assets WHERE id = \(bind: id)").first()
            guard found != nil else { throw CatalogError.notFound("asset", String(id)) }
            try await sql.raw("""
                UPDATE assets SET review_status = \(bind: status.rawValue), reviewed_by = \(bind: reviewer),
                reviewed_at = \(bind: now), review_comment = \(bind: comment), updated_at = \(bind: now)
                WHERE id = \(bind: id)
                """).run()
        }
        return try await existing(id)
    }

    public func markRemoved(connectionID: Int64, notSeenSince since: Date) async throws -> Int {
        let rows = try await database.sql.raw("""
            UPDATE assets SET lifecycle = 'removed', updated_at = \(bind: Stored.micros(Date()))
            WHERE connection_id = \(bind: connectionID) AND origin = 'discovered' AND lifecycle = 'active'
            AND last_seen_at < \(bind: Stored.micros(since)) RETURNING id
            """).all()
        return rows.count
    }

    public func versions(assetID: Int64) async throws -> [AssetVersion] {
        let rows = try await database.sql.raw("""
            SELECT version, schema_fingerprint, column_list, changes, discovery_run_id, created_at
            FROM asset_versions WHERE asset_id = \(bind: assetID) ORDER BY version DESC
            """).all()
        return try rows.map { row in
            AssetVersion(
                version: Int(try row.decode(column: "version", as: Int64.self)),
                schemaFingerprint: try row.decode(column: "schema_fingerprint", as: String.self),
                columns: try row.columns("column_list"),
                changes: try row.json("changes", as: ColumnChanges.self),
                discoveryRunID: try row.decode(column: "discovery_run_id", as: Int64?.self),
                createdAt: try row.date("created_at"))
        }
    }

    private func existing(_ id: Int64) async throws -> Asset {
        guard let asset = try await asset(id: id) else { throw CatalogError.notFound("asset", String(id)) }
        return asset
    }

    /// Makes `asset_tags` hold exactly `tags` for the asset.
    static func replaceTags(of id: Int64, with tags: [String], in sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM asset_tags WHERE asset_id = \(bind: id)").run()
        let unique = Array(Set(tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })).sorted()
        guard !unique.isEmpty else { return }
        var query = SQLQueryString("INSERT INTO asset_tags (asset_id, tag) VALUES ")
        for (index, tag) in unique.enumerated() {
            query += index == 0 ? "(\(bind: id), \(bind: tag))" : ", (\(bind: id), \(bind: tag))"
        }
        try await sql.raw(query).run()
    }
}
