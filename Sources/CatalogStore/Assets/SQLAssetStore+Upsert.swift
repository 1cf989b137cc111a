import CatalogModel
import Foundation
import SQLKit

extension SQLAssetStore {
    /// What the store already holds of an asset that an upsert is about to rewrite.
    private struct Existing {
        let id: Int64
        let business: String
        let columns: String
        let fingerprint: String
        let version: Int64
        let contentHash: String
        let lifecycle: String
        let review: (status: String, by: String?, at: Int64?, comment: String?)
        let discoveredAt: Int64
        let updatedAt: Int64
    }

    /// One row to write, and what the write means for history and tags.
    private struct Prepared {
        var values: [any Encodable & Sendable]
        let urn: URN
        let isNew: Bool
        let changed: Bool
        let version: (number: Int64, fingerprint: String, columns: String, changes: String)?
        let tags: [String]?
    }

    static let upsertColumns = [
        "urn", "name", "type", "platform", "catalog", "schema_name", "connection_id", "origin", "lifecycle",
        "review_status", "reviewed_by", "reviewed_at", "review_comment", "technical", "operational", "business",
        "column_list", "schema_fingerprint", "schema_version", "content_hash", "search_text",
        "discovered_at", "last_seen_at", "updated_at",
    ]

    public func upsert(_ inputs: [AssetInput], discoveryRunID: Int64?, batchSize: Int = 1500) async throws -> UpsertSummary {
        var unique: [URN: AssetInput] = [:]
        var order: [URN] = []
        for input in inputs {
            if unique.updateValue(input, forKey: input.urn) == nil { order.append(input.urn) }
        }
        var summary = UpsertSummary()
        for batch in order.sorted().map({ unique[$0]! }).chunked(into: batchSize) {
            let part = try await upsertBatch(Array(batch), discoveryRunID: discoveryRunID)
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
    private func upsertBatch(_ batch: [AssetInput], discoveryRunID: Int64?) async throws -> UpsertSummary {
        var attempt = 1
        while true {
            do {
                return try await writeBatch(batch, discoveryRunID: discoveryRunID)
            } catch where attempt < 3 && !(error is CatalogError) && !database.engine.singleWriter {
                attempt += 1
            }
        }
    }

    private func writeBatch(_ batch: [AssetInput], discoveryRunID: Int64?) async throws -> UpsertSummary {
        let engine = database.engine
        return try await database.transaction { sql in
            let existing = try await Self.loadExisting(batch.map(\.urn), engine: engine, in: sql)
            let now = Stored.micros(Date())
            let prepared = batch.map { Self.prepare($0, existing: existing[$0.urn], now: now) }
            var summary = UpsertSummary()
            let perStatement = max(1, engine.maxBinds / Self.upsertColumns.count)
            for chunk in prepared.chunked(into: perStatement) {
                var query = SQLQueryString("INSERT INTO assets (\(Self.upsertColumns.joined(separator: ", "))) VALUES ")
                for (rowIndex, row) in chunk.enumerated() {
                    query += rowIndex == 0 ? "(" : ", ("
                    query += "\(binds: row.values))"
                }
                let updates = Self.upsertColumns.filter { $0 != "urn" && $0 != "discovered_at" }
                    .map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
                query += SQLQueryString(" ON CONFLICT (urn) DO UPDATE SET \(updates) RETURNING id, urn")
                for row in try await sql.raw(query).all() {
                    summary.ids[URN(trusted: try row.decode(column: "urn", as: String.self))] = try row.decode(column: "id", as: Int64.self)
                }
            }
            var versions: [(Int64, Prepared)] = []
            for row in prepared {
                guard let id = summary.ids[row.urn] else { continue }
                if row.isNew { summary.created += 1 } else if row.changed { summary.updated += 1 } else { summary.unchanged += 1 }
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

    private static func loadExisting(_ urns: [URN], engine: SQLEngine, in sql: any SQLDatabase) async throws -> [URN: Existing] {
        var found: [URN: Existing] = [:]
        for chunk in urns.chunked(into: engine.maxBinds) {
            let query = SQLQueryString("""
                SELECT id, urn, business, column_list, schema_fingerprint, schema_version, content_hash, lifecycle,
                review_status, reviewed_by, reviewed_at, review_comment, discovered_at, updated_at
                FROM assets WHERE urn IN (\(binds: chunk.map(\.rawValue)))\(unsafeRaw: engine.lockForUpdate)
                """)
            for row in try await sql.raw(query).all() {
                let urn = URN(trusted: try row.decode(column: "urn", as: String.self))
                found[urn] = Existing(
                    id: try row.decode(column: "id", as: Int64.self),
                    business: try row.decode(column: "business", as: String.self),
                    columns: try row.decode(column: "column_list", as: String.self),
                    fingerprint: try row.decode(column: "schema_fingerprint", as: String.self),
                    version: try row.decode(column: "schema_version", as: Int64.self),
                    contentHash: try row.decode(column: "content_hash", as: String.self),
                    lifecycle: try row.decode(column: "lifecycle", as: String.self),
                    review: (try row.decode(column: "review_status", as: String.self),
                             try row.decode(column: "reviewed_by", as: String?.self),
                             try row.decode(column: "reviewed_at", as: Int64?.self),
                             try row.decode(column: "review_comment", as: String?.self)),
                    discoveredAt: try row.decode(column: "discovered_at", as: Int64.self),
                    updatedAt: try row.decode(column: "updated_at", as: Int64.self))
            }
        }
        return found
    }

    private static func prepare(_ input: AssetInput, existing: Existing?, now: Int64) -> Prepared {
        let columnsText = JSONWriter.text(.array(input.columns.map(\.jsonValue)))
        let technical = JSONWriter.text(.object(input.technical))
        let operational = JSONWriter.text(.object(input.operational))
        let fingerprint = SchemaFingerprint.of(input.columns)
        var identity = ""
        for part in [input.name, input.type.rawValue, input.platform, input.catalog ?? "", input.schema ?? "",
                     input.connectionID.map(String.init) ?? "", input.origin.rawValue, technical, operational, columnsText] {
            identity += part + "\u{1}"
        }
        let contentHash = StableHash.fnv1a(identity)

        let business: BusinessMetadata
        let businessText: String
        if let existing, let stored = try? Stored.decode(BusinessMetadata.self, existing.business) {
            business = stored
            businessText = existing.business
        } else {
            business = input.business ?? BusinessMetadata()
            businessText = JSONWriter.text(business.jsonValue)
        }
        let searchText = SearchWords.document(name: input.name, urn: input.urn, business: business, columns: input.columns)

        let isNew = existing == nil
        let schemaChanged = existing.map { $0.fingerprint != fingerprint } ?? true
        let changed = isNew || existing!.contentHash != contentHash || existing!.lifecycle != Lifecycle.active.rawValue
        var version: (Int64, String, String, String)?
        var review: (status: String, by: String?, at: Int64?, comment: String?) = (ReviewStatus.pending.rawValue, nil, nil, nil)
        if let existing, !schemaChanged {
            review = existing.review
        } else if let existing {
            review.comment = "schema changed"
            let old = (try? Stored.decode([Column].self, existing.columns)) ?? []
            version = (existing.version + 1, fingerprint, columnsText,
                       (try? Stored.json(ColumnChanges(from: old, to: input.columns))) ?? "{}")
        } else {
            version = (1, fingerprint, columnsText,
                       (try? Stored.json(ColumnChanges(from: [], to: input.columns))) ?? "{}")
        }
        let values: [any Encodable & Sendable] = [
            input.urn.rawValue, input.name, input.type.rawValue, input.platform, input.catalog, input.schema,
            input.connectionID, input.origin.rawValue, Lifecycle.active.rawValue,
            review.status, review.by, review.at, review.comment, technical, operational, businessText,
            columnsText, fingerprint, version?.0 ?? existing?.version ?? 1, contentHash, searchText,
            existing?.discoveredAt ?? now, now, changed ? now : existing?.updatedAt ?? now,
        ]
        return Prepared(values: values, urn: input.urn, isNew: isNew, changed: changed,
                        version: version, tags: isNew && !business.tags.isEmpty ? business.tags : nil)
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
