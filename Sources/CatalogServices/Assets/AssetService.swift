import CatalogModel
import CatalogStore
import Logging

/// Use cases of the catalog's assets: search, detail, bulk upsert, business metadata and review.
public struct AssetService: Sendable {
    /// Assets per transaction in a bulk upsert.
    public static let defaultBatchSize = 1500
    /// Most assets one bulk request may carry.
    public static let maxBulkAssets = 100_000

    let store: any AssetStore
    let logger: Logger

    public init(store: any AssetStore, logger: Logger) {
        self.store = store
        self.logger = logger
    }

    public func list(_ request: AssetListRequest) async throws -> Page<Asset> {
        let query = request.query
        var page = try await store.search(query)
        page.nextCursor = Cursor.next(offset: query.offset, count: page.items.count, limit: query.limit, total: page.total)
        return page
    }

    public func facets(_ request: AssetListRequest) async throws -> AssetFacets {
        try await store.facets(request.query)
    }

    public func get(id: Int64) async throws -> Asset {
        guard let asset = try await store.asset(id: id) else { throw CatalogError.notFound("asset", String(id)) }
        return asset
    }

    public func get(urn: URN) async throws -> Asset {
        guard let asset = try await store.asset(urn: urn) else { throw CatalogError.notFound("asset", urn.rawValue) }
        return asset
    }

    /// Upserts assets pushed by a tool, by URN, in batches.
    public func bulkUpsert(_ inputs: [AssetInput]) async throws -> UpsertSummary {
        guard !inputs.isEmpty else { throw CatalogError.invalid("assets", "must hold at least one asset") }
        guard inputs.count <= Self.maxBulkAssets else {
            throw CatalogError.invalid("assets", "at most \(Self.maxBulkAssets) assets per request")
        }
        for (index, input) in inputs.enumerated() where input.name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CatalogError.invalid("assets[\(index)].name", "must not be empty")
        }
        let summary = try await store.upsert(inputs, discoveryRunID: nil, batchSize: Self.defaultBatchSize)
        logger.info("bulk upsert", metadata: ["assets.created": "\(summary.created)", "assets.updated": "\(summary.updated)"])
        return summary
    }

    /// Changes an asset's business metadata.
    public func patch(id: Int64, _ patch: AssetPatch) async throws -> Asset {
        let asset = try await get(id: id)
        guard !patch.isEmpty else {
            throw CatalogError.invalid("body", "name at least one of description, owners, tags, classification, custom_properties")
        }
        return try await store.updateBusiness(id: id, try patch.applied(to: asset.business))
    }

    /// Approves or rejects an asset.
    public func review(id: Int64, decision: String, comment: String?, reviewer: String?) async throws -> Asset {
        let status: ReviewStatus
        switch decision.lowercased() {
        case "approve", "approved": status = .approved
        case "reject", "rejected": status = .rejected
        default: throw CatalogError.invalid("decision", "must be \"approve\" or \"reject\"")
        }
        return try await store.review(id: id, status: status, by: reviewer, comment: comment)
    }

    public func versions(id: Int64) async throws -> [AssetVersion] {
        _ = try await get(id: id)
        return try await store.versions(assetID: id)
    }
}
