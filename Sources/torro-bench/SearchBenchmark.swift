import CatalogModel
import CatalogStore

/// Full-text search with the words people type: a table name, a column name, two words, a prefix.
struct SearchResult: Sendable {
    /// Latencies of one kind of query, and how many assets such a query matched on average.
    struct Kind: Sendable {
        let name: String
        let stats: LatencyStats
        let meanTotal: Int
    }

    let overall: LatencyStats
    let kinds: [Kind]
}

enum SearchBenchmark {
    static let warmUp = 20
    static let limit = 50

    static func run(store: SQLAssetStore, queries: Int, seed: UInt64) async throws -> SearchResult {
        let kinds: [(name: String, words: [String])] = [
            ("table word", Vocabulary.searchTableWords), ("column name", Vocabulary.searchColumnNames),
            ("two words", Vocabulary.searchPhrases), ("prefix", Vocabulary.searchPrefixes),
        ]
        var random = SeededGenerator(seed: seed ^ 0x7365_6172_6368)
        for round in 0..<warmUp {
            _ = try await store.search(AssetQuery(text: random.pick(kinds[round % kinds.count].words), limit: limit))
        }
        var all: [Double] = []
        var byKind = [[Double]](repeating: [], count: kinds.count)
        var totals = [Int](repeating: 0, count: kinds.count)
        for round in 0..<queries {
            let kind = round % kinds.count
            let text = random.pick(kinds[kind].words)
            let (page, elapsed) = try await seconds { try await store.search(AssetQuery(text: text, limit: limit)) }
            all.append(elapsed * 1_000)
            byKind[kind].append(elapsed * 1_000)
            totals[kind] += page.total
        }
        return SearchResult(
            overall: LatencyStats(milliseconds: all),
            kinds: kinds.indices.map { index in
                SearchResult.Kind(name: kinds[index].name, stats: LatencyStats(milliseconds: byKind[index]),
                                  meanTotal: totals[index] / max(1, byKind[index].count))
            })
    }
}
