import CatalogStore
import Foundation

/// The printed result: the machine, the data, one table with a column per engine, and the aims.
struct Report {
    let machine: MachineInfo
    let options: BenchOptions
    let graphSummary: String
    let generateSeconds: Double
    var results: [EngineResult] = []
    var failures: [(engine: BenchOptions.Engine, message: String)] = []

    func render() -> String {
        var out = "torro-bench store, \(machine.date)\n"
        out += "machine: \(machine.processors) processors (nproc), \(machine.cpuModel), \(machine.memory) memory, \(machine.kernel)\n"
        #if DEBUG
        out += "WARNING: debug build; figures are meaningless, run with -c release\n"
        #endif
        out += "load average (1/5/15 min): \(machine.loadAtStart) at start, \(MachineInfo.loadAverage()) at end\n"
        out += "catalog: \(options.assets) assets (Oracle 50%, PostgreSQL 30%, Azure Parquet 20%; 5-20 columns each)\n"
        out += "lineage: \(graphSummary)\n"
        out += "generated in \(fixed(generateSeconds, 1)) s (not measured)\n\n"
        out += table()
        for failure in failures { out += "\n\(failure.engine.rawValue) FAILED: \(failure.message)" }
        out += "\n" + aims()
        return out
    }

    private func table() -> String {
        var rows: [(String, [String])] = [("", results.map(\.engine.rawValue)), ("engine", results.map(\.version))]
        func add(_ label: String, _ value: (EngineResult) -> String) { rows.append((label, results.map(value))) }
        add("upsert \(options.assets) new assets (assets/s)") { "\(grouped($0.upsert.firstRate)) (\(fixed($0.upsert.firstSeconds, 2)) s)" }
        add("upsert them again, unchanged (assets/s)") { "\(grouped($0.upsert.secondRate)) (\(fixed($0.upsert.secondSeconds, 2)) s)" }
        add("search, \(options.queries) queries: median / p99 ms") { "\(fixed($0.search.overall.median, 2)) / \(fixed($0.search.overall.p99, 2))" }
        for (index, kind) in (results.first?.search.kinds ?? []).enumerated() {
            add("  \(kind.name): median / p99 ms (mean hits)") {
                let stats = $0.search.kinds[index]
                return "\(fixed(stats.stats.median, 2)) / \(fixed(stats.stats.p99, 2)) (\(grouped(Double(stats.meanTotal))))"
            }
        }
        add("load \(results.first?.edgeCount ?? 0) edges, literal SQL (s)") {
            "\(fixed($0.loadSeconds, 1)) (\(grouped(Double($0.edgeCount) / $0.loadSeconds)) edges/s)"
        }
        add("in-memory index: first walk, loading all edges (s)") { fixed($0.indexSeconds, 1) }
        for (index, traversal) in (results.first?.traversals ?? []).enumerated() {
            let name = "\(traversal.mode.rawValue) \(traversal.direction.rawValue)"
            add("\(name) depth 5: median / p99 / max ms") {
                let stats = $0.traversals[index].stats
                return "\(fixed(stats.median, 2)) / \(fixed(stats.p99, 2)) / \(fixed(stats.max, 1))"
            }
            add("  truncated at 500 nodes") { "\($0.traversals[index].truncated) of \($0.traversals[index].stats.count)" }
            add("  mean nodes / edges returned") { "\($0.traversals[index].meanNodes) / \($0.traversals[index].meanEdges)" }
        }
        add("database size (MiB)") { fixed(Double($0.sizeBytes) / 1_048_576, 0) }
        let width = rows.map(\.0.count).max() ?? 0
        let columnWidth = max(22, rows.flatMap(\.1).map(\.count).max() ?? 0) + 2
        return rows.map { label, values in
            label.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + values.map { $0.padding(toLength: columnWidth, withPad: " ", startingAt: 0) }.joined()
        }.joined(separator: "\n") + "\n"
    }

    private func aims() -> String {
        var lines = ["aims:"]
        for result in results {
            let name = result.engine.rawValue
            if result.engine == .sqlite {
                lines.append("  \(name): upsert >= 50,000 assets/s: \(verdict(result.upsert.firstRate >= 50_000)) (\(grouped(result.upsert.firstRate)))")
            }
            lines.append("  \(name): search median < 10 ms: \(verdict(result.search.overall.median < 10)) (\(fixed(result.search.overall.median, 2)) ms)")
            for mode in SQLLineageStore.Traversal.allCases {
                let worst = result.traversals.filter { $0.mode == mode }.map(\.stats.p99).max() ?? 0
                lines.append("  \(name): depth-5 traversal p99 < 50 ms (\(mode.rawValue)): \(verdict(worst < 50)) (worst direction \(fixed(worst, 2)) ms)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func verdict(_ met: Bool) -> String { met ? "met" : "NOT met" }
}

/// A number with a fixed count of decimals.
func fixed(_ value: Double, _ decimals: Int) -> String {
    String(format: "%.\(decimals)f", value)
}

/// A whole number with thousands separated by commas.
func grouped(_ value: Double) -> String {
    let digits = String(Int(value.rounded()))
    var out = ""
    for (index, digit) in digits.reversed().enumerated() {
        if index > 0, index % 3 == 0, digit != "-" { out.append(",") }
        out.append(digit)
    }
    return String(out.reversed())
}
