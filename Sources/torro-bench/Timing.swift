/// Seconds taken by `body`, on the monotonic clock.
func seconds<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try await body()
    return (value, (clock.now - start).seconds)
}

extension Duration {
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

/// Latencies of repeated calls, in milliseconds.
struct LatencyStats: Sendable {
    let count: Int
    let median: Double
    let p99: Double
    let max: Double

    /// Nearest-rank percentiles of the samples.
    init(milliseconds samples: [Double]) {
        let sorted = samples.sorted()
        func rank(_ quantile: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = Int((quantile * Double(sorted.count)).rounded(.up)) - 1
            return sorted[Swift.max(0, Swift.min(sorted.count - 1, index))]
        }
        count = sorted.count
        median = rank(0.5)
        p99 = rank(0.99)
        max = sorted.last ?? 0
    }
}
