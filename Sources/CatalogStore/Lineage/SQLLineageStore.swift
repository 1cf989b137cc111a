import CatalogModel
import Foundation
import SQLKit

/// The lineage store on SQLite or PostgreSQL.
public struct SQLLineageStore: LineageStore {
    /// How graphs are walked: level by level in SQL, or over an in-memory adjacency index.
    public enum Traversal: String, Sendable, CaseIterable {
        case sql, memory
    }

    let database: CatalogDatabase
    let traversal: Traversal
    let adjacency: LineageAdjacency?

    public init(database: CatalogDatabase, traversal: Traversal = .memory) {
        self.database = database
        self.traversal = traversal
        self.adjacency = traversal == .memory ? LineageAdjacency() : nil
    }

    public func edge(id: Int64) async throws -> LineageEdge? {
        guard let row = try await database.sql.raw(
            "SELECT \(unsafeRaw: EdgeRow.columns) FROM lineage_edges WHERE id = \(bind: id)").first() else { return nil }
        var edges = [try EdgeRow.decode(row)]
        try await EdgeRow.attachColumns(&edges, in: database.sql, maxBinds: database.engine.maxBinds)
        return edges[0]
    }

    public func process(urn: URN) async throws -> LineageProcess? {
        guard let row = try await database.sql.raw("""
            SELECT urn, name, type, source_system, job_id, job_name, definition, valid_from, valid_to
            FROM lineage_processes WHERE urn = \(bind: urn.rawValue)
            """).first() else { return nil }
        return LineageProcess(
            urn: urn, name: try row.decode(column: "name", as: String.self), type: try row.decode(column: "type", as: String.self),
            sourceSystem: try row.decode(column: "source_system", as: String?.self),
            jobID: try row.decode(column: "job_id", as: String?.self), jobName: try row.decode(column: "job_name", as: String?.self),
            definition: try row.decode(column: "definition", as: String?.self),
            validFrom: try row.date("valid_from"), validTo: try row.optionalDate("valid_to"))
    }

    public func addManualEdge(_ draft: EdgeDraft, actor: String?) async throws -> (edge: LineageEdge, created: Bool) {
        let hash = EdgeHash.of(draft)
        let now = Date()
        let engine = database.engine
        let (id, created) = try await openEdgeOnConflict(hash) { try await database.transaction { sql -> (Int64, Bool) in
            if let row = try await sql.raw("""
                SELECT id FROM lineage_edges WHERE edge_hash = \(bind: hash) AND valid_to IS NULL
                """).first() {
                return (try row.decode(column: "id", as: Int64.self), false)
            }
            try await Self.ensureDatasets([draft.source, draft.target], now: now, engine: engine, in: sql)
            let id = try await Self.insertEdge(draft, hash: hash, validFrom: now, ingestionID: nil, in: sql)
            var edges = [try await Self.loadEdge(id, in: sql)]
            try await EdgeRow.attachColumns(&edges, in: sql, maxBinds: engine.maxBinds)
            try await Self.audit(action: "create_manual_edge", entity: "edge", urn: draft.target, edge: edges[0], old: nil,
                                 new: EdgeRow.auditValue(edges[0]), actor: actor, system: "manual", ingestionID: nil, in: sql)
            return (id, true)
        } }
        guard let edge = try await edge(id: id) else { throw CatalogError.notFound("edge", String(id)) }
        return (edge, created)
    }

    /// Runs a write that may lose a race to open the same edge: the unique index's error yields the winner's edge.
    private func openEdgeOnConflict(_ hash: String, _ write: () async throws -> (Int64, Bool)) async throws -> (Int64, Bool) {
        do {
            return try await write()
        } catch let error as CatalogError {
            throw error
        } catch {
            let row = try await database.sql.raw(
                "SELECT id FROM lineage_edges WHERE edge_hash = \(bind: hash) AND valid_to IS NULL").first()
            guard let id = try row?.decode(column: "id", as: Int64.self) else { throw error }
            return (id, false)
        }
    }

    public func closeManualEdge(id: Int64, actor: String?) async throws -> LineageEdge {
        let engine = database.engine
        try await database.transaction { sql in
            guard let row = try await sql.raw("""
                SELECT \(unsafeRaw: EdgeRow.columns) FROM lineage_edges WHERE id = \(bind: id)\(unsafeRaw: engine.lockForUpdate)
                """).first() else { throw CatalogError.notFound("edge", String(id)) }
            var edges = [try EdgeRow.decode(row)]
            try await EdgeRow.attachColumns(&edges, in: sql, maxBinds: engine.maxBinds)
            let edge = edges[0]
            guard edge.extractionMethod == .manual else {
                throw CatalogError(code: .conflict, message: "edge \(id) was found by \(edge.extractionMethod.rawValue); only manual edges can be deleted")
            }
            guard edge.validTo == nil else {
                throw CatalogError(code: .conflict, message: "edge \(id) is already closed")
            }
            let closedAt = max(Date(), edge.validFrom)
            try await sql.raw("UPDATE lineage_edges SET valid_to = \(bind: Stored.micros(closedAt)) WHERE id = \(bind: id)").run()
            var closed = edge
            closed.validTo = closedAt
            try await Self.audit(action: "close_manual_edge", entity: "edge", urn: edge.target, edge: edge,
                                 old: EdgeRow.auditValue(edge), new: EdgeRow.auditValue(closed), actor: actor,
                                 system: "manual", ingestionID: nil, in: sql)
        }
        guard let edge = try await edge(id: id) else { throw CatalogError.notFound("edge", String(id)) }
        return edge
    }

    public func audit(urn: URN?, limit: Int, offset: Int) async throws -> Page<AuditEntry> {
        var condition = SQLQueryString("")
        if let urn {
            let value = urn.rawValue
            condition = " WHERE entity_urn = \(bind: value) OR source_urn = \(bind: value) OR target_urn = \(bind: value)"
        }
        let rows = try await database.sql.raw("""
            SELECT id, action, entity_type, entity_urn, old_data, new_data, actor, source_system, ingestion_id, created_at
            FROM lineage_audit_log
            """ + condition + " ORDER BY id DESC LIMIT \(bind: Int64(limit)) OFFSET \(bind: Int64(offset))").all()
        let items = try rows.map { row in
            AuditEntry(
                id: try row.decode(column: "id", as: Int64.self), action: try row.decode(column: "action", as: String.self),
                entityType: try row.decode(column: "entity_type", as: String.self),
                entityURN: try row.decode(column: "entity_urn", as: String.self),
                oldData: try row.decode(column: "old_data", as: String?.self).map { try Stored.decode(JSONValue.self, $0) },
                newData: try row.decode(column: "new_data", as: String?.self).map { try Stored.decode(JSONValue.self, $0) },
                actor: try row.decode(column: "actor", as: String?.self),
                sourceSystem: try row.decode(column: "source_system", as: String?.self),
                ingestionID: try row.decode(column: "ingestion_id", as: String?.self),
                createdAt: try row.date("created_at"))
        }
        let total = try await database.sql.raw("SELECT COUNT(*) AS n FROM lineage_audit_log" + condition).first()?
            .decode(column: "n", as: Int64.self) ?? 0
        return Page(items: items, total: Int(total), nextCursor: nil)
    }

    // MARK: - Writes shared by ingestion and manual edges

    static func loadEdge(_ id: Int64, in sql: any SQLDatabase) async throws -> LineageEdge {
        guard let row = try await sql.raw("SELECT \(unsafeRaw: EdgeRow.columns) FROM lineage_edges WHERE id = \(bind: id)").first() else {
            throw CatalogError.notFound("edge", String(id))
        }
        return try EdgeRow.decode(row)
    }

    static func insertEdge(_ draft: EdgeDraft, hash: String, validFrom: Date, ingestionID: String?,
                           in sql: any SQLDatabase) async throws -> Int64 {
        let row = try await sql.raw("""
            INSERT INTO lineage_edges (source_urn, process_urn, target_urn, relationship_type, extraction_method, confidence,
            evidence, metadata, valid_from, valid_to, recorded_at, edge_hash, ingestion_id)
            VALUES (\(bind: draft.source.rawValue), \(bind: draft.process?.rawValue), \(bind: draft.target.rawValue),
            \(bind: draft.relationshipType), \(bind: draft.extractionMethod.rawValue), \(bind: draft.confidence),
            \(bind: JSONWriter.text(.object(draft.evidence))), \(bind: JSONWriter.text(.object(draft.metadata))),
            \(bind: Stored.micros(validFrom)), NULL, \(bind: Stored.micros(Date())), \(bind: hash), \(bind: ingestionID))
            RETURNING id
            """).first()
        guard let id = try row?.decode(column: "id", as: Int64.self) else {
            throw CatalogError(code: .internalError, message: "the edge was not stored")
        }
        if !draft.columns.isEmpty {
            var query = SQLQueryString("INSERT INTO lineage_column_lineage (edge_id, source_column, target_column, transformation_type, expression) VALUES ")
            for (index, mapping) in draft.columns.enumerated() {
                query += index == 0 ? "(" : ", ("
                query += "\(bind: id), \(bind: mapping.sourceColumn), \(bind: mapping.targetColumn), \(bind: mapping.transformation), \(bind: mapping.expression))"
            }
            try await sql.raw(query).run()
        }
        return id
    }

    /// Appends one audit row, in the caller's transaction.
    static func audit(action: String, entity: String, urn: URN, edge: LineageEdge?, old: JSONValue?, new: JSONValue?,
                      actor: String?, system: String?, ingestionID: String?, in sql: any SQLDatabase) async throws {
        try await sql.raw("""
            INSERT INTO lineage_audit_log (action, entity_type, entity_urn, edge_id, source_urn, target_urn, old_data, new_data,
            actor, source_system, ingestion_id, created_at)
            VALUES (\(bind: action), \(bind: entity), \(bind: urn.rawValue), \(bind: edge?.id), \(bind: edge?.source.rawValue),
            \(bind: edge?.target.rawValue), \(bind: old.map(JSONWriter.text)), \(bind: new.map(JSONWriter.text)),
            \(bind: actor), \(bind: system), \(bind: ingestionID), \(bind: Stored.micros(Date())))
            """).run()
    }

    /// Creates a lineage-only dataset asset for every URN that names no asset yet; returns those created.
    @discardableResult
    static func ensureDatasets(_ urns: [URN], now: Date, engine: SQLEngine, in sql: any SQLDatabase) async throws -> [URN] {
        let wanted = Array(Set(urns)).sorted()
        guard !wanted.isEmpty else { return [] }
        var known = Set<String>()
        for chunk in wanted.chunked(into: engine.maxBinds) {
            for row in try await sql.raw("SELECT urn FROM assets WHERE urn IN (\(binds: chunk.map(\.rawValue)))").all() {
                known.insert(try row.decode(column: "urn", as: String.self))
            }
        }
        let missing = wanted.filter { !known.contains($0.rawValue) }
        let micros = Stored.micros(now)
        for urn in missing {
            let business = BusinessMetadata()
            let search = SearchWords.document(name: urn.shortName, urn: urn, business: business, columns: [])
            try await sql.raw("""
                INSERT INTO assets (urn, name, type, platform, origin, lifecycle, review_status, technical, operational,
                business, column_list, schema_fingerprint, schema_version, content_hash, search_text, discovered_at,
                last_seen_at, updated_at)
                VALUES (\(bind: urn.rawValue), \(bind: urn.shortName), 'dataset', \(bind: urn.platform ?? urn.kind), 'lineage',
                'active', 'pending', '{}', '{}', \(bind: JSONWriter.text(business.jsonValue)), '[]', '', 1, '',
                \(bind: search), \(bind: micros), \(bind: micros), \(bind: micros))
                ON CONFLICT (urn) DO NOTHING
                """).run()
        }
        return missing
    }
}
