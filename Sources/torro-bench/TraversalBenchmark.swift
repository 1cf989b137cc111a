import CatalogModel
import CatalogStore

/// Depth-5 lineage traversal from random datasets that have edges in the direction walked.
struct TraversalResult: Sendable {
    let mode: SQLLineageStore.Traversal
    let direction: LineageDirection
    let stats: LatencyStats
    /// Walks that stopped at the node limit.
    let truncated: Int
    let meanNodes: Int
    let meanEdges: Int
}

enum TraversalBenchmark {
    static let depth = 5
    static let nodeLimit = 500
    static let warmUp = 10

    static func run(store: SQLLineageStore, mode: SQLLineageStore.Traversal, direction: LineageDirection, starts: [URN], queries: Int,
                    seed: UInt64) async throws -> TraversalResult {
        var random = SeededGenerator(seed: seed ^ (direction == .downstream ? 0xD0 : 0x0B))
        func walk() async throws -> (LineageGraph, Double) {
            let start = random.pick(starts)
            return try await seconds {
                try await store.graph(from: start, direction: direction, depth: depth, asOf: nil,
                                      includeColumns: false, nodeLimit: nodeLimit)
            }
        }
        for _ in 0..<warmUp { _ = try await walk() }
        var samples: [Double] = []
        var truncated = 0
        var nodes = 0
        var edges = 0
        for _ in 0..<queries {
            let (graph, elapsed) = try await walk()
            samples.append(elapsed * 1_000)
            if graph.truncated { truncated += 1 }
            nodes += graph.nodes.count
            edges += graph.edges.count
        }
        return TraversalResult(mode: mode, direction: direction, stats: LatencyStats(milliseconds: samples), truncated: truncated,
                               meanNodes: nodes / max(1, queries), meanEdges: edges / max(1, queries))
    }
}
