import CatalogModel
import Foundation
import SQLKit

extension SQLLineageStore {
    public func graph(from start: URN, direction: LineageDirection, depth: Int, asOf: Date?, includeColumns: Bool,
                      nodeLimit: Int) async throws -> LineageGraph {
        let walk: GraphWalk
        var edges: [LineageEdge]
        if let adjacency {
            try await adjacency.refresh(database.sql, maxBinds: database.engine.maxBinds)
            walk = await adjacency.walk(from: start, direction: direction, depth: depth, asOf: asOf.map(Stored.micros),
                                        nodeLimit: max(nodeLimit, 1))
            edges = try await storedEdges(walk.edges.map(\.id))
        } else {
            walk = try await sqlWalk(from: start, direction: direction, depth: depth, asOf: asOf, nodeLimit: nodeLimit)
            edges = walk.edges
        }
        if includeColumns {
            try await EdgeRow.attachColumns(&edges, in: database.sql, maxBinds: database.engine.maxBinds)
        }
        let nodes = try await describe(walk.nodes)
        return LineageGraph(nodes: nodes, edges: edges, truncated: walk.truncated)
    }

    public func warmUp() async throws {
        try await adjacency?.refresh(database.sql, maxBinds: database.engine.maxBinds)
    }

    /// Edges by id, in the order given.
    private func storedEdges(_ ids: [Int64]) async throws -> [LineageEdge] {
        var byID: [Int64: LineageEdge] = [:]
        for chunk in ids.chunked(into: database.engine.maxBinds) {
            for row in try await database.sql.raw(
                "SELECT \(unsafeRaw: EdgeRow.graphColumns) FROM lineage_edges WHERE id IN (\(binds: Array(chunk)))").all() {
                let edge = try EdgeRow.decode(row)
                byID[edge.id] = edge
            }
        }
        return ids.compactMap { byID[$0] }
    }

    /// The walk done level by level in SQL: one indexed query per level and direction.
    private func sqlWalk(from start: URN, direction: LineageDirection, depth: Int, asOf: Date?, nodeLimit: Int) async throws -> GraphWalk {
        var walk = GraphWalk(start: start, nodeLimit: max(nodeLimit, 1))
        let directions: [LineageDirection] = direction == .both ? [.upstream, .downstream] : [direction]
        for way in directions {
            var frontier = [start]
            var level = 1
            while level <= depth, !frontier.isEmpty, !walk.truncated {
                // More edges than twice the node limit cannot all fit; a level that returns that many is cut.
                let cap = 2 * walk.nodeLimit + 1
                let (edges, capped) = try await edgesTouching(frontier, direction: way, asOf: asOf, cap: cap)
                frontier = walk.add(edges, direction: way, depth: level)
                if capped { walk.markTruncated() }
                level += 1
            }
        }
        return walk
    }

    /// Edges valid at `asOf` (open edges when nil) leaving (downstream) or entering (upstream) the given datasets.
    private func edgesTouching(_ urns: [URN], direction: LineageDirection, asOf: Date?, cap: Int) async throws -> ([LineageEdge], Bool) {
        let column = direction == .upstream ? "target_urn" : "source_urn"
        var edges: [LineageEdge] = []
        var capped = false
        for chunk in urns.chunked(into: database.engine.maxBinds - 3) where !capped {
            var query = SQLQueryString("SELECT \(unsafeRaw: EdgeRow.graphColumns) FROM lineage_edges WHERE \(unsafeRaw: column) IN (\(binds: chunk.map(\.rawValue)))")
            if let asOf {
                let micros = Stored.micros(asOf)
                query += " AND valid_from <= \(bind: micros) AND (valid_to IS NULL OR valid_to > \(bind: micros))"
            } else {
                query += " AND valid_to IS NULL"
            }
            // No ORDER BY before the LIMIT: PostgreSQL would walk the primary key to honour it.
            query += " LIMIT \(bind: Int64(cap - edges.count))"
            edges += try await database.sql.raw(query).all().map(EdgeRow.decode)
            capped = edges.count >= cap
        }
        return (edges.sorted { $0.id < $1.id }, capped)
    }

    /// Names, types and asset ids of the nodes, from assets and processes.
    private func describe(_ nodes: [(urn: URN, kind: LineageNode.Kind, depth: Int)]) async throws -> [LineageNode] {
        let maxBinds = database.engine.maxBinds
        var assets: [String: (id: Int64, name: String, type: String, platform: String)] = [:]
        for chunk in nodes.filter({ $0.kind == .dataset }).map(\.urn.rawValue).chunked(into: maxBinds) {
            for row in try await database.sql.raw("SELECT id, urn, name, type, platform FROM assets WHERE urn IN (\(binds: Array(chunk)))").all() {
                assets[try row.decode(column: "urn", as: String.self)] = (
                    try row.decode(column: "id", as: Int64.self), try row.decode(column: "name", as: String.self),
                    try row.decode(column: "type", as: String.self), try row.decode(column: "platform", as: String.self))
            }
        }
        var processes: [String: (name: String, type: String)] = [:]
        for chunk in nodes.filter({ $0.kind == .process }).map(\.urn.rawValue).chunked(into: maxBinds) {
            for row in try await database.sql.raw("SELECT urn, name, type FROM lineage_processes WHERE urn IN (\(binds: Array(chunk)))").all() {
                processes[try row.decode(column: "urn", as: String.self)] = (
                    try row.decode(column: "name", as: String.self), try row.decode(column: "type", as: String.self))
            }
        }
        return nodes.map { node in
            switch node.kind {
            case .dataset:
                let asset = assets[node.urn.rawValue]
                return LineageNode(urn: node.urn, kind: .dataset, name: asset?.name ?? node.urn.shortName, type: asset?.type,
                                   platform: asset?.platform ?? node.urn.platform, assetID: asset?.id, depth: node.depth)
            case .process:
                let process = processes[node.urn.rawValue]
                return LineageNode(urn: node.urn, kind: .process, name: process?.name ?? node.urn.shortName,
                                   type: process?.type, platform: nil, assetID: nil, depth: node.depth)
            }
        }
    }
}

/// The bookkeeping of a breadth-first walk: nodes seen once, edges kept once, a node limit.
struct GraphWalk {
    private(set) var nodes: [(urn: URN, kind: LineageNode.Kind, depth: Int)] = []
    private(set) var edges: [LineageEdge] = []
    private(set) var truncated = false
    private var seen: Set<URN> = []
    private var edgeIDs: Set<Int64> = []
    let nodeLimit: Int

    init(start: URN, nodeLimit: Int) {
        self.nodeLimit = nodeLimit
        nodes.append((start, .dataset, 0))
        seen.insert(start)
    }

    /// Records that the walk stopped short of the whole graph.
    mutating func markTruncated() {
        truncated = true
    }

    /// Adds the edges found at `depth`; returns the datasets reached for the first time (the next frontier).
    mutating func add(_ found: [LineageEdge], direction: LineageDirection, depth: Int) -> [URN] {
        var next: [URN] = []
        for edge in found where !edgeIDs.contains(edge.id) {
            let far = direction == .upstream ? edge.source : edge.target
            var newNodes: [(URN, LineageNode.Kind)] = []
            if let process = edge.process, !seen.contains(process) { newNodes.append((process, .process)) }
            if !seen.contains(far) { newNodes.append((far, .dataset)) }
            guard nodes.count + newNodes.count <= nodeLimit else {
                truncated = true
                return next
            }
            for (urn, kind) in newNodes {
                seen.insert(urn)
                nodes.append((urn, kind, depth))
                if kind == .dataset { next.append(urn) }
            }
            edgeIDs.insert(edge.id)
            edges.append(edge)
        }
        return next
    }
}
