import CatalogModel
import Foundation
import SQLKit

/// The columns of `assets` that make an `Asset`, and how a row becomes one.
enum AssetRow {
    static let columns = """
        assets.id, assets.urn, assets.name, assets.type, assets.platform, assets.catalog, assets.schema_name,
        assets.connection_id, assets.origin, assets.lifecycle, assets.review_status, assets.reviewed_by,
        assets.reviewed_at, assets.review_comment, assets.technical, assets.operational, assets.business,
        assets.column_list, assets.schema_fingerprint, assets.discovered_at, assets.last_seen_at, assets.updated_at, assets.last_run_id
        """

    static func decode(_ row: any SQLRow) throws -> Asset {
        let typeName = try row.decode(column: "type", as: String.self)
        return Asset(
            id: try row.decode(column: "id", as: Int64.self),
            urn: URN(trusted: try row.decode(column: "urn", as: String.self)),
            name: try row.decode(column: "name", as: String.self),
            type: AssetType(rawValue: typeName) ?? .dataset,
            platform: try row.decode(column: "platform", as: String.self),
            catalog: try row.decode(column: "catalog", as: String?.self),
            schema: try row.decode(column: "schema_name", as: String?.self),
            connectionID: try row.decode(column: "connection_id", as: Int64?.self),
            origin: AssetOrigin(rawValue: try row.decode(column: "origin", as: String.self)) ?? .manual,
            lifecycle: Lifecycle(rawValue: try row.decode(column: "lifecycle", as: String.self)) ?? .active,
            review: Review(
                status: ReviewStatus(rawValue: try row.decode(column: "review_status", as: String.self)) ?? .pending,
                reviewedBy: try row.decode(column: "reviewed_by", as: String?.self),
                reviewedAt: try row.optionalDate("reviewed_at"),
                comment: try row.decode(column: "review_comment", as: String?.self)),
            technical: try row.object("technical"),
            operational: try Self.operational(row),
            business: try row.business("business"),
            columns: try row.columns("column_list"),
            schemaFingerprint: try row.decode(column: "schema_fingerprint", as: String.self),
            discoveredAt: try row.date("discovered_at"),
            lastSeenAt: try row.date("last_seen_at"),
            updatedAt: try row.date("updated_at"))
    }

    /// The operational metadata, with the last run that saw the asset (kept in its own column, so that a run that
    /// finds an asset unchanged does not rewrite it).
    static func operational(_ row: any SQLRow) throws -> JSONObject {
        var operational = try row.object("operational")
        if let run = try row.decode(column: "last_run_id", as: Int64?.self) {
            operational["discovery_run_id"] = .number(Double(run))
        }
        return operational
    }
}
