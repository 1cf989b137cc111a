import CatalogModel
import CatalogStore

/// Bulk upsert: every asset new, then the same assets again (the re-discovery case: all unchanged).
struct UpsertResult: Sendable {
    let count: Int
    let firstSeconds: Double
    let secondSeconds: Double

    var firstRate: Double { Double(count) / firstSeconds }
    var secondRate: Double { Double(count) / secondSeconds }
}

enum UpsertBenchmark {
    static let batchSize = 1_500

    static func run(_ inputs: [AssetInput], store: SQLAssetStore) async throws -> UpsertResult {
        let (first, firstSeconds) = try await seconds {
            try await store.upsert(inputs, discoveryRunID: nil, batchSize: batchSize)
        }
        guard first.created == inputs.count else {
            throw BenchFailure("the first upsert created \(first.created) of \(inputs.count) assets; the database was not empty")
        }
        let (second, secondSeconds) = try await seconds {
            try await store.upsert(inputs, discoveryRunID: nil, batchSize: batchSize)
        }
        guard second.unchanged == inputs.count else {
            throw BenchFailure("the second upsert found \(second.unchanged) of \(inputs.count) assets unchanged "
                + "(\(second.updated) updated): it measured writes, not re-discovery")
        }
        return UpsertResult(count: inputs.count, firstSeconds: firstSeconds, secondSeconds: secondSeconds)
    }
}
