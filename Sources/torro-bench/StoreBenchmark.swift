import CatalogModel
import CatalogStore
import Foundation
import Logging

/// Everything measured on one engine.
struct EngineResult: Sendable {
    let engine: BenchOptions.Engine
    let version: String
    let upsert: UpsertResult
    let search: SearchResult
    let edgeCount: Int
    let loadSeconds: Double
    let traversals: [TraversalResult]
    /// Time of the first walk with the in-memory index, which loads every edge.
    let indexSeconds: Double
    let sizeBytes: Int64
}

/// Runs the store suite on one fresh database: upsert, search, load the graph, traverse.
struct StoreBenchmark {
    let options: BenchOptions
    let assets: [AssetInput]
    let graph: LineageGraphShape
    let datasetURNs: [String]
    let logger: Logger

    func run(on engine: BenchOptions.Engine) async throws -> EngineResult {
        let bench = try await BenchDatabase.open(engine, logger: logger)
        do {
            let result = try await measure(bench, engine: engine)
            await bench.remove()
            return result
        } catch {
            await bench.remove()
            throw error
        }
    }

    private func measure(_ bench: BenchDatabase, engine: BenchOptions.Engine) async throws -> EngineResult {
        let database = bench.database
        let assetStore = SQLAssetStore(database: database)
        progress(engine, "upserting \(assets.count) assets twice (batches of \(UpsertBenchmark.batchSize))")
        let upsert = try await UpsertBenchmark.run(assets, store: assetStore)
        try await bench.analyze()

        progress(engine, "searching (\(SearchBenchmark.warmUp) warm-up + \(options.queries) queries)")
        let search = try await SearchBenchmark.run(store: assetStore, queries: options.queries, seed: options.seed)

        progress(engine, "loading \(graph.edges.count) edges")
        let loader = EdgeLoader(database: database, datasetURNs: datasetURNs)
        let (_, loadSeconds) = try await seconds { try await loader.load(graph) }
        try await bench.analyze()

        var traversals: [TraversalResult] = []
        var indexSeconds = 0.0
        for mode in SQLLineageStore.Traversal.allCases {
            let lineageStore = SQLLineageStore(database: database, traversal: mode)
            if mode == .memory {
                progress(engine, "building the in-memory adjacency index")
                let first = URN(trusted: datasetURNs[0])
                (_, indexSeconds) = try await seconds {
                    try await lineageStore.graph(from: first, direction: .downstream, depth: 1, asOf: nil, includeColumns: false, nodeLimit: 10)
                }
            }
            for direction in [LineageDirection.downstream, .upstream] {
                progress(engine, "traversing \(direction.rawValue) with \(mode.rawValue) (\(TraversalBenchmark.warmUp) warm-up + \(options.queries) walks)")
                let starts = graph.startNodes(downstream: direction == .downstream).map { URN(trusted: datasetURNs[$0]) }
                traversals.append(try await TraversalBenchmark.run(
                    store: lineageStore, mode: mode, direction: direction, starts: starts, queries: options.queries, seed: options.seed))
            }
        }
        return EngineResult(engine: engine, version: bench.version, upsert: upsert, search: search,
                            edgeCount: graph.edges.count, loadSeconds: loadSeconds, traversals: traversals,
                            indexSeconds: indexSeconds, sizeBytes: try await bench.size())
    }
}

/// A progress line on standard error, so the report on standard output stays clean.
func progress(_ engine: BenchOptions.Engine?, _ message: String) {
    let prefix = engine.map { "[\($0.rawValue)] " } ?? ""
    FileHandle.standardError.write(Data("\(prefix)\(message)\n".utf8))
}
