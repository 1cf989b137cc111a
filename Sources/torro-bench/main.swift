import Foundation
import Logging

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    if let message = error.message { FileHandle.standardError.write(Data("torro-bench: \(message)\n".utf8)) }
    print(BenchOptions.usage)
    exit(error.message == nil ? 0 : 2)
}
var logger = Logger(label: "torro.bench")
logger.logLevel = .warning

progress(nil, "generating \(options.assets) assets and a graph of \(options.datasets) datasets, \(options.edges) edges")
let generator = AssetGenerator(seed: options.seed)
let ((assets, graph, urns), generateSeconds) = await seconds {
    (generator.assets(count: options.assets), LineageGraphShape(datasets: options.datasets, edges: options.edges, seed: options.seed),
     (0..<options.datasets).map { generator.urn($0).rawValue })
}
var report = Report(machine: MachineInfo.current(), options: options, graphSummary: graph.summary(),
                    generateSeconds: generateSeconds)
let suite = StoreBenchmark(options: options, assets: assets, graph: graph, datasetURNs: urns, logger: logger)
for engine in options.engines {
    do {
        report.results.append(try await suite.run(on: engine))
    } catch {
        progress(engine, "failed: \(error)")
        report.failures.append((engine, "\(error)"))
    }
}
print(report.render())
exit(report.failures.isEmpty ? 0 : 1)
