import CatalogModel
import Foundation
import SQLKit

/// An in-memory adjacency index of every lineage edge (open and closed), kept in step with the database.
///
/// It follows the audit log: every lineage change writes an audit row naming its edge in the same
/// transaction, so before each walk the index reads the audit rows after the last one it applied and
/// reloads those edges. Writes by other processes (other replicas, the CLI) are seen the same way. Edges
/// written without an audit row (bulk loads straight into the table) are seen only by a new index.
actor LineageAdjacency {
    /// One edge as the walk needs it; `validTo` is `Int64.max` while open.
    struct Edge {
        let id: Int64
        let source: Int32
        let process: Int32
        let target: Int32
        var validFrom: Int64
        var validTo: Int64
    }

    private var nodeIDs: [String: Int32] = [:]
    private var names: [String] = []
    private var edges: [Int64: Edge] = [:]
    private var outgoing: [[Int64]] = []
    private var incoming: [[Int64]] = []
    private var auditMark: Int64 = -1

    /// Audit ids below the mark that were not there yet when read: a PostgreSQL transaction that took its id
    /// earlier may commit later. They are looked for again until they appear or are old enough to be rollbacks.
    private var gaps: [Int64: Date] = [:]
    private static let gapLifetime: TimeInterval = 600

    /// The first load, shared by the walks that arrive while it runs.
    private var loading: Task<Void, any Error>?

    /// Brings the index up to date with the database.
    func refresh(_ sql: any SQLDatabase, maxBinds: Int) async throws {
        if auditMark < 0 {
            let load = loading ?? Task { try await self.load(sql) }
            loading = load
            do {
                try await load.value
            } catch {
                loading = nil
                throw error
            }
            return
        }
        try await catchUp(sql, maxBinds: maxBinds)
    }

    /// Reads every edge, then notes the audit ids just below the mark that may still commit.
    private func load(_ sql: any SQLDatabase) async throws {
        guard auditMark < 0 else { return }
        let mark = try await sql.raw("SELECT MAX(id) AS mark FROM lineage_audit_log").first()?
            .decode(column: "mark", as: Int64?.self) ?? 0
        let rows = try await sql.raw("SELECT id, source_urn, process_urn, target_urn, valid_from, valid_to FROM lineage_edges").all()
        try apply(rows)
        auditMark = mark
        // Ids just below the mark that are missing may belong to transactions that have not committed yet.
        let recent = try await sql.raw("SELECT id FROM lineage_audit_log WHERE id > \(bind: mark - 1000)").all()
        let present = Set(try recent.map { try $0.decode(column: "id", as: Int64.self) })
        for id in max(1, mark - 999)...max(1, mark) where !present.contains(id) && mark > 0 { gaps[id] = Date() }
    }

    /// Applies the edges named by audit rows after the mark (and by late rows below it).
    private func catchUp(_ sql: any SQLDatabase, maxBinds: Int) async throws {
        var query = SQLQueryString("SELECT id, edge_id FROM lineage_audit_log WHERE id > \(bind: auditMark)")
        let waiting = Array(gaps.keys.prefix(maxBinds - 1))
        if !waiting.isEmpty { query += " OR id IN (\(binds: waiting))" }
        let rows = try await sql.raw(query).all()
        guard !rows.isEmpty || !gaps.isEmpty else { return }
        var changed = Set<Int64>()
        var seen = Set<Int64>()
        for row in rows {
            let id = try row.decode(column: "id", as: Int64.self)
            seen.insert(id)
            if let edge = try row.decode(column: "edge_id", as: Int64?.self) { changed.insert(edge) }
        }
        let now = Date()
        for id in seen { gaps[id] = nil }
        gaps = gaps.filter { now.timeIntervalSince($0.value) < Self.gapLifetime }
        let newMark = seen.max() ?? auditMark
        if newMark > auditMark + 1 {
            for id in (auditMark + 1)..<newMark where !seen.contains(id) { gaps[id] = now }
        }
        auditMark = max(auditMark, newMark)
        for chunk in Array(changed).chunked(into: maxBinds) {
            try apply(try await sql.raw("""
                SELECT id, source_urn, process_urn, target_urn, valid_from, valid_to FROM lineage_edges
                WHERE id IN (\(binds: Array(chunk)))
                """).all())
        }
    }

    /// Adds or updates edges from rows of `lineage_edges`.
    private func apply(_ rows: [any SQLRow]) throws {
        for row in rows {
            let id = try row.decode(column: "id", as: Int64.self)
            let validFrom = try row.decode(column: "valid_from", as: Int64.self)
            let validTo = try row.decode(column: "valid_to", as: Int64?.self) ?? .max
            if var known = edges[id] {
                known.validFrom = validFrom
                known.validTo = validTo
                edges[id] = known
                continue
            }
            let source = node(try row.decode(column: "source_urn", as: String.self))
            let target = node(try row.decode(column: "target_urn", as: String.self))
            let process = try row.decode(column: "process_urn", as: String?.self).map(node) ?? -1
            edges[id] = Edge(id: id, source: source, process: process, target: target, validFrom: validFrom, validTo: validTo)
            outgoing[Int(source)].append(id)
            incoming[Int(target)].append(id)
        }
    }

    private func node(_ urn: String) -> Int32 {
        if let id = nodeIDs[urn] { return id }
        let id = Int32(names.count)
        nodeIDs[urn] = id
        names.append(urn)
        outgoing.append([])
        incoming.append([])
        return id
    }

    /// Walks from `start` like the SQL walk does and returns the walk (edges carry only ids and endpoints).
    func walk(from start: URN, direction: LineageDirection, depth: Int, asOf: Int64?, nodeLimit: Int) -> GraphWalk {
        var walk = GraphWalk(start: start, nodeLimit: nodeLimit)
        guard let startID = nodeIDs[start.rawValue] else { return walk }
        let ways: [LineageDirection] = direction == .both ? [.upstream, .downstream] : [direction]
        for way in ways {
            var frontier = [startID]
            var level = 1
            while level <= depth, !frontier.isEmpty, !walk.truncated {
                var found: [LineageEdge] = []
                for node in frontier {
                    for id in way == .upstream ? incoming[Int(node)] : outgoing[Int(node)] {
                        guard let edge = edges[id], isValid(edge, at: asOf) else { continue }
                        found.append(placeholder(edge))
                    }
                }
                found.sort { $0.id < $1.id }
                frontier = walk.add(found, direction: way, depth: level).compactMap { nodeIDs[$0.rawValue] }
                level += 1
            }
        }
        return walk
    }

    private func isValid(_ edge: Edge, at time: Int64?) -> Bool {
        guard let time else { return edge.validTo == .max }
        return edge.validFrom <= time && time < edge.validTo
    }

    /// A stand-in edge with the walk's fields; the store replaces it with the stored edge.
    private func placeholder(_ edge: Edge) -> LineageEdge {
        let epoch = Date(timeIntervalSince1970: 0)
        return LineageEdge(
            id: edge.id, source: URN(trusted: names[Int(edge.source)]),
            process: edge.process < 0 ? nil : URN(trusted: names[Int(edge.process)]),
            target: URN(trusted: names[Int(edge.target)]), relationshipType: "", extractionMethod: .api, confidence: 0,
            evidence: nil, metadata: nil, validFrom: epoch, validTo: nil, recordedAt: epoch, edgeHash: "", columns: [])
    }
}
