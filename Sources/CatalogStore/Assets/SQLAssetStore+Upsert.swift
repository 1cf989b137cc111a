import CatalogModel
import Foundation
import SQLKit

extension SQLAssetStore {
    /// What the store holds of an asset that an upsert is about to rewrite (documents are loaded only if it changed).
    private struct Existing {
        let id: Int64
        let fingerprint: String
        let version: Int64
        let contentHash: String
        let lifecycle: String
        let review: (status: String, by: String?, at: Int64?, comment: String?)
        let discoveredAt: Int64
        let updatedAt: Int64
        let lastRunID: Int64?
        var business = ""
        var columns = ""
    }

    /// An input with the documents and hashes that decide whether it changed.
    private struct Rendered: Sendable {
        let input: AssetInput
        let columns: String
        let technical: String
        let operational: String
        let fingerprint: String
        let contentHash: String

        init(_ input: AssetInput) {
            self.input = input
            columns = JSONWriter.text(input.columns)
            technical = JSONWriter.text(.object(input.technical))
            operational = JSONWriter.text(.object(input.operational))
            fingerprint = SchemaFingerprint.of(input.columns)
            var identity = ""
            for part in [input.name, input.type.rawValue, input.platform, input.catalog ?? "", input.schema ?? "",
                         input.connectionID.map(String.init) ?? "", input.origin.rawValue, technical, operational, columns] {
                identity += part
                identity += "\u{1}"
            }
            contentHash = StableHash.fnv1a(identity)
        }
    }

    /// One row to write, and what the write means for history and tags.
    private struct Prepared {
        var values: [any Encodable & Sendable]
        let urn: URN
        let isNew: Bool
        let version: (number: Int64, fingerprint: String, columns: String, changes: String)?
        let tags: [String]?
    }

    static let upsertColumns = [
        "urn", "name", "type", "platform", "catalog", "schema_name", "connection_id", "origin", "lifecycle",
        "review_status", "reviewed_by", "reviewed_at", "review_comment", "technical", "operational", "business",
        "column_list", "schema_fingerprint", "schema_version", "content_hash", "search_text",
        "discovered_at", "last_seen_at", "updated_at", "last_run_id",
    ]

    public func upsert(_ inputs: [AssetInput], discoveryRunID: Int64?, batchSize: Int = 1500) async throws -> UpsertSummary {
        var unique: [URN: AssetInput] = [:]
        for input in inputs { unique[input.urn] = input }
        var summary = UpsertSummary()
        let batches = unique.keys.sorted().map({ unique[$0]! }).chunked(into: batchSize).map(Array.init)
        // Render the next batch on another core while the database writes this one.
        var next: Task<[Rendered], Never>? = batches.first.map { first in Task { first.map(Rendered.init) } }
        for index in batches.indices {
            guard let rendered = await next?.value else { break }
            next = index + 1 < batches.count ? Task { [batch = batches[index + 1]] in batch.map(Rendered.init) } : nil
            let part = try await upsertBatch(rendered, discoveryRunID: discoveryRunID)
            summary.created += part.created
            summary.updated += part.updated
            summary.unchanged += part.unchanged
            summary.schemaChanged += part.schemaChanged
            summary.ids.merge(part.ids) { _, new in new }
        }
        return summary
    }

    /// Writes one batch; where writers run concurrently (PostgreSQL), a batch that lost a race for new URNs or
    /// a deadlock is tried again, up to three times, and then fails whole.
    private func upsertBatch(_ rendered: [Rendered], discoveryRunID: Int64?) async throws -> UpsertSummary {
        var attempt = 1
        while true {
            do {
                return try await writeBatch(rendered, discoveryRunID: discoveryRunID)
            } catch where attempt < 3 && !(error is CatalogError) && !database.engine.singleWriter {
                attempt += 1
            }
        }
    }

    private func writeBatch(_ batch: [Rendered], discoveryRunID: Int64?) async throws -> UpsertSummary {
        let engine = database.engine
        return try await database.transaction { sql in
            var existing = try await Self.loadExisting(batch.map(\.input.urn), engine: engine, in: sql)
            let now = Stored.micros(Date())
            var summary = UpsertSummary()
            var unchanged: [Int64] = []
            var changed: [Rendered] = []
            for row in batch {
                if let known = existing[row.input.urn], known.contentHash == row.contentHash, known.lifecycle == Lifecycle.active.rawValue {
                    unchanged.append(known.id)
                    summary.ids[row.input.urn] = known.id
                } else {
                    changed.append(row)
                }
            }
            summary.unchanged = unchanged.count
            try await Self.touch(unchanged, at: now, runID: discoveryRunID, engine: engine, in: sql)
            try await Self.loadDocuments(&existing, for: changed.compactMap { existing[$0.input.urn]?.id }, engine: engine, in: sql)
            let prepared = changed.map { Self.prepare($0, existing: existing[$0.input.urn], runID: discoveryRunID, now: now) }
            for chunk in prepared.chunked(into: max(1, engine.maxBinds / Self.upsertColumns.count)) {
                for (urn, id) in try await Self.write(chunk, in: sql) { summary.ids[urn] = id }
            }
            var versions: [(Int64, Prepared)] = []
            for row in prepared {
                guard let id = summary.ids[row.urn] else { continue }
                if row.isNew { summary.created += 1 } else { summary.updated += 1 }
                if row.version != nil {
                    versions.append((id, row))
                    if !row.isNew { summary.schemaChanged += 1 }
                }
                if let tags = row.tags { try await Self.replaceTags(of: id, with: tags, in: sql) }
            }
            try await Self.insertVersions(versions, runID: discoveryRunID, now: now, engine: engine, in: sql)
            return summary
        }
    }

    /// One multi-row upsert; returns the id of each URN written.
    private static func write(_ rows: ArraySlice<Prepared>, in sql: any SQLDatabase) async throws -> [(URN, Int64)] {
        var query = SQLQueryString("INSERT INTO assets (\(unsafeRaw: upsertColumns.joined(separator: ", "))) VALUES ")
        for (index, row) in rows.enumerated() {
            query += index == 0 ? "(" : ", ("
            query += "\(binds: row.values))"
        }
        let updates = upsertColumns.filter { $0 != "urn" && $0 != "discovered_at" }
            .map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        query += " ON CONFLICT (urn) DO UPDATE SET \(unsafeRaw: updates) RETURNING id, urn"
        return try await sql.raw(query).all().map { row in
            (URN(trusted: try row.decode(column: "urn", as: String.self)), try row.decode(column: "id", as: Int64.self))
        }
    }

    /// Marks unchanged assets as seen now, by this run.
    private static func touch(_ ids: [Int64], at now: Int64, runID: Int64?, engine: SQLEngine, in sql: any SQLDatabase) async throws {
        for chunk in ids.chunked(into: engine.maxBinds - 2) {
            try await sql.raw("""
                UPDATE assets SET last_seen_at = \(bind: now), last_run_id = COALESCE(\(bind: runID), last_run_id)
                WHERE id IN (\(binds: Array(chunk)))
                """).run()
        }
    }

    private static func loadExisting(_ urns: [URN], engine: SQLEngine, in sql: any SQLDatabase) async throws -> [URN: Existing] {
        var found: [URN: Existing] = [:]
        for chunk in urns.chunked(into: engine.maxBinds) {
            let query = SQLQueryString("""
                SELECT id, urn, schema_fingerprint, schema_version, content_hash, lifecycle,
                review_status, reviewed_by, reviewed_at, review_comment, discovered_at, updated_at, last_run_id
                FROM assets WHERE urn IN (\(binds: chunk.map(\.rawValue)))\(unsafeRaw: engine.lockForUpdate)
                """)
            for row in try await sql.raw(query).all() {
                let urn = URN(trusted: try row.decode(column: "urn", as: String.self))
                found[urn] = Existing(
                    id: try row.decode(column: "id", as: Int64.self),
                    fingerprint: try row.decode(column: "schema_fingerprint", as: String.self),
                    version: try row.decode(column: "schema_version", as: Int64.self),
                    contentHash: try row.decode(column: "content_hash", as: String.self),
                    lifecycle: try row.decode(column: "lifecycle", as: String.self),
                    review: (try row.decode(column: "review_status", as: String.self),
                             try row.decode(column: "reviewed_by", as: String?.self),
                             try row.decode(column: "reviewed_at", as: Int64?.self),
                             try row.decode(column: "review_comment", as: String?.self)),
                    discoveredAt: try row.decode(column: "discovered_at", as: Int64.self),
                    updatedAt: try row.decode(column: "updated_at", as: Int64.self),
                    lastRunID: try row.decode(column: "last_run_id", as: Int64?.self))
            }
        }
        return found
    }

    /// Fills in business metadata and columns of the known assets that are about to change.
    private static func loadDocuments(_ existing: inout [URN: Existing], for ids: [Int64], engine: SQLEngine,
                                      in sql: any SQLDatabase) async throws {
        for chunk in ids.chunked(into: engine.maxBinds) {
            let rows = try await sql.raw("SELECT urn, business, column_list FROM assets WHERE id IN (\(binds: Array(chunk)))").all()
            for row in rows {
                let urn = URN(trusted: try row.decode(column: "urn", as: String.self))
                existing[urn]?.business = try row.decode(column: "business", as: String.self)
                existing[urn]?.columns = try row.decode(column: "column_list", as: String.self)
            }
        }
    }

    private static func prepare(_ row: Rendered, existing: Existing?, runID: Int64?, now: Int64) -> Prepared {
        let input = row.input
        let business: BusinessMetadata
        let businessText: String
        if let existing, let stored = JSONReader.parse(existing.business).flatMap(BusinessMetadata.init(json:)) {
            business = stored
            businessText = existing.business
        } else {
            business = input.business ?? BusinessMetadata()
            businessText = JSONWriter.text(business.jsonValue)
        }
        let searchText = SearchWords.document(name: input.name, urn: input.urn, business: business, columns: input.columns)

        var version: (Int64, String, String, String)?
        var review: (status: String, by: String?, at: Int64?, comment: String?) = (ReviewStatus.pending.rawValue, nil, nil, nil)
        if let existing, existing.fingerprint == row.fingerprint {
            review = existing.review
        } else if let existing {
            review.comment = "schema changed"
            let old = JSONReader.parse(existing.columns)?.arrayValue?.compactMap(Column.init(json:)) ?? []
            version = (existing.version + 1, row.fingerprint, row.columns, ColumnChanges(from: old, to: input.columns).jsonText)
        } else {
            version = (1, row.fingerprint, row.columns, ColumnChanges(from: [], to: input.columns).jsonText)
        }
        let values: [any Encodable & Sendable] = [
            input.urn.rawValue, input.name, input.type.rawValue, input.platform, input.catalog, input.schema,
            input.connectionID, input.origin.rawValue, Lifecycle.active.rawValue,
            review.status, review.by, review.at, review.comment, row.technical, row.operational, businessText,
            row.columns, row.fingerprint, version?.0 ?? existing?.version ?? 1, row.contentHash, searchText,
            existing?.discoveredAt ?? now, now, now, runID ?? existing?.lastRunID,
        ]
        return Prepared(values: values, urn: input.urn, isNew: existing == nil, version: version,
                        tags: existing == nil && !business.tags.isEmpty ? business.tags : nil)
    }

    private static func insertVersions(_ rows: [(Int64, Prepared)], runID: Int64?, now: Int64, engine: SQLEngine,
                                       in sql: any SQLDatabase) async throws {
        for chunk in rows.chunked(into: engine.maxBinds / 7) {
            var query = SQLQueryString("""
                INSERT INTO asset_versions (asset_id, version, schema_fingerprint, column_list, changes, discovery_run_id, created_at) VALUES 
                """)
            for (index, (id, row)) in chunk.enumerated() {
                guard let version = row.version else { continue }
                query += index == 0 ? "(" : ", ("
                query += "\(bind: id), \(bind: version.number), \(bind: version.fingerprint), \(bind: version.columns), \(bind: version.changes), \(bind: runID), \(bind: now))"
            }
            try await sql.raw(query).run()
        }
    }
}
