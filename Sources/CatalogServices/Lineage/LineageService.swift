import CatalogModel
import CatalogStore
import Logging

/// Use cases of lineage: process ingestion, manual edges, traversal, edge detail and the audit log.
public struct LineageService: Sendable {
    let store: any LineageStore
    let assets: any AssetStore
    let logger: Logger

    public init(store: any LineageStore, assets: any AssetStore, logger: Logger) {
        self.store = store
        self.assets = assets
        self.logger = logger
    }

    /// Records a process run and its current edges.
    public func ingestProcess(_ payload: ProcessPayload, actor: String?) async throws -> IngestResult {
        let result = try await store.ingest(try payload.ingest(actor: actor))
        logger.info("lineage ingested", metadata: [
            "lineage.process": "\(result.process)", "lineage.opened": "\(result.opened.count)", "lineage.closed": "\(result.closed.count)",
        ])
        return result
    }

    /// Ingests a prepared process (from SQL parsing, OpenLineage, folder rules).
    public func ingest(_ ingest: ProcessIngest) async throws -> IngestResult {
        try await store.ingest(ingest)
    }

    /// Adds a manual edge between two assets named by id or URN.
    public func addManualEdge(_ payload: ManualEdgePayload, actor: String?) async throws -> (edge: LineageEdge, created: Bool) {
        let source = try await resolve(payload.source)
        let target = try await resolve(payload.target)
        guard source != target else { throw CatalogError.invalid("target_asset_id", "must differ from the source") }
        for (index, mapping) in payload.columnLineage.enumerated() where mapping.sourceColumn.isEmpty || mapping.targetColumn.isEmpty {
            throw CatalogError.invalid("column_lineage[\(index)]", "source_column and target_column must not be empty")
        }
        var metadata: JSONObject = [:]
        if let description = payload.description { metadata["description"] = .string(description) }
        let draft = EdgeDraft(source: source, process: nil, target: target, relationshipType: payload.relationshipType,
                              extractionMethod: .manual, confidence: 1, evidence: actor.map { ["created_by": .string($0)] } ?? [:],
                              metadata: metadata, columns: payload.columnLineage)
        return try await store.addManualEdge(draft, actor: actor)
    }

    /// Loads the traversal index ahead of the first graph request.
    public func warmUp() async throws {
        try await store.warmUp()
    }

    public func closeManualEdge(id: Int64, actor: String?) async throws -> LineageEdge {
        try await store.closeManualEdge(id: id, actor: actor)
    }

    public func edge(id: Int64) async throws -> LineageEdge {
        guard let edge = try await store.edge(id: id) else { throw CatalogError.notFound("edge", String(id)) }
        return edge
    }

    public func graph(_ request: GraphRequest) async throws -> LineageGraph {
        try await store.graph(from: request.urn, direction: request.direction, depth: request.depth, asOf: request.asOf,
                              includeColumns: request.includeColumns, nodeLimit: request.nodeLimit)
    }

    /// One page of the audit log, about one URN or all.
    public func audit(urn: URN?, limit: Int, cursor: String?) async throws -> Page<AuditEntry> {
        let offset = try cursor.map { cursor throws(CatalogError) in try Cursor.offset(from: cursor) } ?? 0
        var page = try await store.audit(urn: urn, limit: limit, offset: offset)
        page.nextCursor = Cursor.next(offset: offset, count: page.items.count, limit: limit, total: page.total)
        return page
    }

    private func resolve(_ reference: ManualEdgePayload.AssetReference) async throws -> URN {
        switch reference {
        case .urn(let urn):
            return urn
        case .id(let id):
            guard let asset = try await assets.asset(id: id) else { throw CatalogError.notFound("asset", String(id)) }
            return asset.urn
        }
    }
}
