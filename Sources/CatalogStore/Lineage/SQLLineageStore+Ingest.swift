import CatalogModel
import Foundation
import SQLKit

extension SQLLineageStore {
    public func ingest(_ ingest: ProcessIngest) async throws -> IngestResult {
        let engine = database.engine
        let at = ingest.eventTime ?? Date()
        let drafts = Dictionary(ingest.edges.map { (EdgeHash.of($0), $0) }, uniquingKeysWith: { first, _ in first })
        return try await database.transaction { sql in
            let processChanged = try await Self.saveProcess(ingest, at: at, engine: engine, in: sql)
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: EdgeRow.columns) FROM lineage_edges
                WHERE process_urn = \(bind: ingest.process.rawValue) AND valid_to IS NULL
                AND extraction_method <> 'manual'\(unsafeRaw: engine.lockForUpdate)
                """).all()
            var current = try rows.map(EdgeRow.decode)
            try await EdgeRow.attachColumns(&current, in: sql, maxBinds: engine.maxBinds)
            let currentHashes = Set(current.map(\.edgeHash))

            var closed: [Int64] = []
            for edge in current where drafts[edge.edgeHash] == nil {
                let closedAt = max(at, edge.validFrom)
                try await sql.raw("UPDATE lineage_edges SET valid_to = \(bind: Stored.micros(closedAt)) WHERE id = \(bind: edge.id)").run()
                var after = edge
                after.validTo = closedAt
                try await Self.audit(action: "close_edge", entity: "edge", urn: ingest.process, edge: edge,
                                     old: EdgeRow.auditValue(edge), new: EdgeRow.auditValue(after), actor: ingest.actor,
                                     system: ingest.sourceSystem, ingestionID: ingest.ingestionID, in: sql)
                closed.append(edge.id)
            }

            let toOpen = drafts.filter { !currentHashes.contains($0.key) }.sorted { $0.key < $1.key }
            let created = try await Self.ensureDatasets(toOpen.flatMap { [$0.value.source, $0.value.target] },
                                                        now: at, engine: engine, in: sql)
            var opened: [Int64] = []
            for (hash, draft) in toOpen {
                let id = try await Self.insertEdge(draft, hash: hash, validFrom: at, ingestionID: ingest.ingestionID, in: sql)
                var edge = try await Self.loadEdge(id, in: sql)
                edge.columns = draft.columns
                try await Self.audit(action: "open_edge", entity: "edge", urn: ingest.process, edge: edge, old: nil,
                                     new: EdgeRow.auditValue(edge), actor: ingest.actor, system: ingest.sourceSystem,
                                     ingestionID: ingest.ingestionID, in: sql)
                opened.append(id)
            }
            return IngestResult(process: ingest.process, processChanged: processChanged, opened: opened, closed: closed,
                                unchanged: current.count - closed.count, createdDatasets: created)
        }
    }

    /// Inserts or updates the process row; returns whether anything about it changed (and audits that).
    private static func saveProcess(_ ingest: ProcessIngest, at: Date, engine: SQLEngine, in sql: any SQLDatabase) async throws -> Bool {
        let now = Stored.micros(Date())
        var document: JSONObject = ["name": .string(ingest.name), "type": .string(ingest.type)]
        if let system = ingest.sourceSystem { document["source_system"] = .string(system) }
        if let jobID = ingest.jobID { document["job_id"] = .string(jobID) }
        if let jobName = ingest.jobName { document["job_name"] = .string(jobName) }
        if let definition = ingest.definition { document["definition"] = .string(definition) }
        let newValue = JSONValue.object(document)

        // Insert-if-missing first, then lock the row: concurrent ingestions of one process queue here.
        let inserted = try await sql.raw("""
            INSERT INTO lineage_processes (urn, name, type, source_system, job_id, job_name, definition, metadata,
            valid_from, valid_to, created_at, updated_at)
            VALUES (\(bind: ingest.process.rawValue), \(bind: ingest.name), \(bind: ingest.type), \(bind: ingest.sourceSystem),
            \(bind: ingest.jobID), \(bind: ingest.jobName), \(bind: ingest.definition), '{}', \(bind: Stored.micros(at)), NULL,
            \(bind: now), \(bind: now))
            ON CONFLICT (urn) DO NOTHING RETURNING id
            """).first()
        if inserted != nil {
            try await audit(action: "create_process", entity: "process", urn: ingest.process, edge: nil, old: nil, new: newValue,
                            actor: ingest.actor, system: ingest.sourceSystem, ingestionID: ingest.ingestionID, in: sql)
            return true
        }
        guard let existing = try await sql.raw("""
            SELECT id, name, type, source_system, job_id, job_name, definition, valid_to
            FROM lineage_processes WHERE urn = \(bind: ingest.process.rawValue)\(unsafeRaw: engine.lockForUpdate)
            """).first() else {
            throw CatalogError(code: .internalError, message: "process \(ingest.process) vanished during ingestion")
        }
        var oldDocument: JSONObject = [
            "name": .string(try existing.decode(column: "name", as: String.self)),
            "type": .string(try existing.decode(column: "type", as: String.self)),
        ]
        for key in ["source_system", "job_id", "job_name", "definition"] {
            if let value = try existing.decode(column: key, as: String?.self) { oldDocument[key] = .string(value) }
        }
        let reopened = try existing.decode(column: "valid_to", as: Int64?.self) != nil
        guard oldDocument != document || reopened else { return false }
        try await sql.raw("""
            UPDATE lineage_processes SET name = \(bind: ingest.name), type = \(bind: ingest.type),
            source_system = \(bind: ingest.sourceSystem), job_id = \(bind: ingest.jobID), job_name = \(bind: ingest.jobName),
            definition = \(bind: ingest.definition), valid_to = NULL, updated_at = \(bind: now)
            WHERE urn = \(bind: ingest.process.rawValue)
            """).run()
        try await audit(action: "update_process", entity: "process", urn: ingest.process, edge: nil, old: .object(oldDocument),
                        new: newValue, actor: ingest.actor, system: ingest.sourceSystem, ingestionID: ingest.ingestionID, in: sql)
        return true
    }
}
