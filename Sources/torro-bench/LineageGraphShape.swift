import Foundation

/// A generated lineage graph shaped like an enterprise's: datasets in layers (sources -> landing -> staging ->
/// core -> marts -> reports), most edges from one layer to the next, some skipping one, short chains inside a
/// layer, a power-law choice of source so out-degree varies widely, a few hub datasets (calendars, customer
/// and currency dimensions) feeding many, rare back edges that make cycles, and a little closed history.
struct LineageGraphShape: Sendable {
    /// One edge between datasets `source` and `target`; `process` is -1 when no process produced it.
    struct Edge: Sendable {
        let source: Int32
        let target: Int32
        let process: Int32
        let closed: Bool
    }

    static let layers: [(name: String, share: Double)] = [
        ("sources", 0.20), ("landing", 0.20), ("staging", 0.20), ("core", 0.20), ("marts", 0.15), ("reports", 0.05),
    ]
    static let hubCount = 50
    static let hubShare = 0.03
    static let backEdgeShare = 0.002
    static let sameLayerShare = 0.07
    static let skipLayerShare = 0.12
    static let closedShare = 0.03
    static let unprocessedShare = 0.10

    let datasetCount: Int
    let processCount: Int
    let layerRanges: [Range<Int>]
    let hubs: [Int]
    private(set) var edges: [Edge] = []

    init(datasets: Int, edges wanted: Int, seed: UInt64) {
        datasetCount = datasets
        processCount = max(1, min(3_000, datasets / 30))
        var ranges: [Range<Int>] = []
        var start = 0
        for (index, layer) in Self.layers.enumerated() {
            let end = index == Self.layers.count - 1 ? datasets : start + max(1, Int(Double(datasets) * layer.share))
            ranges.append(start..<end)
            start = end
        }
        layerRanges = ranges
        var random = SeededGenerator(seed: seed ^ 0x6C69_6E65_6167_65)
        let hubPool = ranges[0].lowerBound..<ranges[2].upperBound
        hubs = (0..<Self.hubCount).map { _ in hubPool.lowerBound + random.index(hubPool.count) }
        edges.reserveCapacity(wanted)
        var seen = Set<UInt64>(minimumCapacity: wanted)
        var attempts = 0
        while edges.count < wanted, attempts < wanted * 20 {
            attempts += 1
            let targetLayer = pickTargetLayer(&random)
            let target = skewed(layerRanges[targetLayer], power: 1.3, &random)
            guard let source = pickSource(targetLayer: targetLayer, target: target, &random), source != target,
                  seen.insert(UInt64(source) << 32 | UInt64(target)).inserted else { continue }
            let process = random.unit() < Self.unprocessedShare ? -1 : Int32((target &* 2_654_435_761) % processCount)
            edges.append(Edge(source: Int32(source), target: Int32(target), process: process,
                              closed: random.unit() < Self.closedShare))
        }
    }

    /// A layer to write into, in proportion to the layers' sizes (sources are never written by lineage).
    private func pickTargetLayer(_ random: inout SeededGenerator) -> Int {
        let total = layerRanges.dropFirst().reduce(0) { $0 + $1.count }
        var point = random.index(total)
        for layer in 1..<layerRanges.count {
            if point < layerRanges[layer].count { return layer }
            point -= layerRanges[layer].count
        }
        return layerRanges.count - 1
    }

    private func pickSource(targetLayer: Int, target: Int, _ random: inout SeededGenerator) -> Int? {
        let roll = random.unit()
        var cut = Self.hubShare
        if roll < cut {
            let hub = random.pick(hubs)
            return hub < layerRanges[targetLayer].lowerBound ? hub : nil
        }
        cut += Self.backEdgeShare
        if roll < cut {
            guard targetLayer + 1 < layerRanges.count else { return nil }
            return skewed(layerRanges[targetLayer + 1 + random.index(layerRanges.count - targetLayer - 1)], power: 2, &random)
        }
        cut += Self.sameLayerShare
        if roll < cut {
            let below = layerRanges[targetLayer].lowerBound..<target
            return below.isEmpty ? nil : skewed(below, power: 1, &random)
        }
        cut += Self.skipLayerShare
        let layer = roll < cut && targetLayer >= 2 ? targetLayer - 2 : targetLayer - 1
        return skewed(layerRanges[layer], power: 2, &random)
    }

    /// An index in `range`, biased towards its start by `power` (1 is uniform; 2 gives a long-tailed degree).
    private func skewed(_ range: Range<Int>, power: Double, _ random: inout SeededGenerator) -> Int {
        range.lowerBound + min(range.count - 1, Int(Double(range.count) * pow(random.unit(), power)))
    }

    /// Datasets with at least one open edge leaving them (downstream starts) or entering them (upstream starts).
    func startNodes(downstream: Bool) -> [Int] {
        var has = [Bool](repeating: false, count: datasetCount)
        for edge in edges where !edge.closed { has[Int(downstream ? edge.source : edge.target)] = true }
        return has.indices.filter { has[$0] }
    }

    /// Out-degree over open edges: median, p99, max and how many datasets have 100 or more.
    func outDegreeSummary() -> String {
        var degree = [Int](repeating: 0, count: datasetCount)
        for edge in edges where !edge.closed { degree[Int(edge.source)] += 1 }
        let sorted = degree.sorted()
        let withEdges = sorted.filter { $0 > 0 }
        func at(_ q: Double) -> Int { withEdges.isEmpty ? 0 : withEdges[min(withEdges.count - 1, Int(Double(withEdges.count) * q))] }
        return "out-degree of \(withEdges.count) datasets with outgoing edges: median \(at(0.5)), p99 \(at(0.99)), "
            + "max \(sorted.last ?? 0); \(withEdges.filter { $0 >= 100 }.count) datasets feed 100 or more"
    }

    /// One paragraph for the report.
    func summary() -> String {
        let closed = edges.filter(\.closed).count
        let layers = zip(Self.layers, layerRanges).map { "\($0.name) \($1.count)" }.joined(separator: " -> ")
        return """
            layered lineage graph (not uniform random): \(layers); \(edges.count) edges (\(closed) closed history), \
            \(Int((1 - Self.hubShare - Self.backEdgeShare - Self.sameLayerShare - Self.skipLayerShare) * 100))% to the next layer, \
            \(Int(Self.skipLayerShare * 100))% skipping one, \(Int(Self.sameLayerShare * 100))% within a layer, \
            \(Int(Self.hubShare * 100))% from \(Self.hubCount) hubs, \(Self.backEdgeShare * 100)% back edges (cycles); \
            \(processCount) processes, \(Int(Self.unprocessedShare * 100))% of edges without one; \(outDegreeSummary())
            """
    }
}
