import CatalogModel
import Foundation

/// What a bulk upsert did.
public struct UpsertSummary: Sendable, Hashable, Codable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    /// Assets whose column set changed (a new `asset_versions` row each, back to review).
    public var schemaChanged = 0
    /// The id of every asset written, by URN.
    public var ids: [URN: Int64] = [:]

    public init() {}

    enum CodingKeys: String, CodingKey {
        case created, updated, unchanged
        case schemaChanged = "schema_changed"
    }
}

/// One entry of an asset's schema history.
public struct AssetVersion: Sendable, Hashable, Codable {
    public var version: Int
    public var schemaFingerprint: String
    public var columns: [Column]
    public var changes: ColumnChanges
    public var discoveryRunID: Int64?
    public var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case version, columns, changes
        case schemaFingerprint = "schema_fingerprint"
        case discoveryRunID = "discovery_run_id"
        case createdAt = "created_at"
    }
}

/// The difference between two column sets, by column name.
public struct ColumnChanges: Sendable, Hashable, Codable {
    public var added: [String]
    public var removed: [String]
    public var changed: [String]

    /// Compares an old column set with a new one.
    public init(from old: [Column], to new: [Column]) {
        let oldByName = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.map(\.name))
        added = new.filter { oldByName[$0.name] == nil }.map(\.name)
        removed = old.filter { !newNames.contains($0.name) }.map(\.name)
        changed = new.filter { column in
            guard let before = oldByName[column.name] else { return false }
            return before.type != column.type || before.nullable != column.nullable || before.position != column.position
        }.map(\.name)
    }
}

extension ColumnChanges {
    /// The changes as JSON text, as their Codable form writes them.
    var jsonText: String {
        JSONWriter.text(.object([
            "added": .array(added.map(JSONValue.string)), "removed": .array(removed.map(JSONValue.string)),
            "changed": .array(changed.map(JSONValue.string)),
        ]))
    }
}

/// Counts per value of the fields that lists filter on.
public struct AssetFacets: Sendable, Hashable, Codable {
    public var type: [String: Int]
    public var platform: [String: Int]
    public var catalog: [String: Int]
    public var reviewStatus: [String: Int]

    enum CodingKeys: String, CodingKey {
        case type, platform, catalog
        case reviewStatus = "review_status"
    }
}

/// The catalog's assets: bulk upsert by URN, search, business metadata, review and schema history.
public protocol AssetStore: Sendable {
    /// Inserts or updates assets by URN, `batchSize` per transaction.
    func upsert(_ inputs: [AssetInput], discoveryRunID: Int64?, batchSize: Int) async throws -> UpsertSummary
    /// The asset with this id, or nil.
    func asset(id: Int64) async throws -> Asset?
    /// The asset with this URN, or nil.
    func asset(urn: URN) async throws -> Asset?
    /// The assets of a connection whose name is one of `names` (compared exactly), by id.
    func assets(connectionID: Int64, named names: Set<String>) async throws -> [Asset]
    /// One page of assets matching the query, with the total count.
    func search(_ query: AssetQuery) async throws -> Page<Asset>
    /// Counts per type, platform, catalog and review status of the assets matching the query.
    func facets(_ query: AssetQuery) async throws -> AssetFacets
    /// Replaces an asset's business metadata.
    func updateBusiness(id: Int64, _ business: BusinessMetadata) async throws -> Asset
    /// Records a review decision.
    func review(id: Int64, status: ReviewStatus, by reviewer: String?, comment: String?) async throws -> Asset
    /// Marks the active discovered assets of a connection not seen since `since` as removed; returns how many.
    func markRemoved(connectionID: Int64, notSeenSince since: Date) async throws -> Int
    /// The schema history of an asset, newest first.
    func versions(assetID: Int64) async throws -> [AssetVersion]
}
