import BlobTestServer
import CatalogModel
import CatalogServices
import CatalogStore
import Connectors
import Foundation
import Logging

// Discovery of a large blob lake against the in-process Azure-compatible server, end to end into the catalog.
// Usage: discovery-bench [blobs] [--database-url postgres://...]   (SQLite in a temporary folder by default)
let arguments = Array(CommandLine.arguments.dropFirst())
let total = arguments.first.flatMap(Int.init) ?? 100_000
let databaseURL = arguments.firstIndex(of: "--database-url").map { arguments[$0 + 1] }
var logger = Logger(label: "discovery-bench")
logger.logLevel = .warning

let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/FileFormatsTests/Fixtures/types_snappy.parquet")
let parquet = [UInt8](try Data(contentsOf: fixtures))
let account = BlobAccount.devstoreaccount1
let server = try await BlobTestServer.start(accounts: [account])
let seedStart = Date()
let tables = try LakeGenerator(total: total, parquet: parquet).seed(into: server, account: account.name)
print("seeded \(total) blobs (\(tables) tables) in \(String(format: "%.1f", Date().timeIntervalSince(seedStart))) s")

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("discovery-bench-\(UUID().uuidString)").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
let services = try await CatalogServices.open(databaseURL: databaseURL, dataDirectory: folder, secretKey: nil, logger: logger)
let config: JSONObject = ["account_name": .string(account.name), "account_key": .string(account.key),
                          "endpoint": .string(server.endpoint(account: account.name))]
let name = "bench-\(UUID().uuidString.prefix(8))"
_ = try await services.connections.create(ConnectionInput(name: name, connectorType: "azure_blob", config: config))

// Baseline in the same run: listing alone, through the same client, with nothing read or written.
let store = try AzureBlobStore(config: try AzureBlobConfig(config))
let listStart = Date()
let listed = ListCounter()
try await store.list(container: LakeGenerator.container, prefix: "") { page in await listed.add(page.count) }
let listSeconds = Date().timeIntervalSince(listStart)
let listedCount = await listed.count
print(String(format: "baseline  list only           %7d objects  %6.2f s  %8.0f objects/s", listedCount, listSeconds, Double(listedCount) / listSeconds))

for label in ["first run (cold)", "second run (unchanged)"] {
    let start = Date()
    let run = try await services.discovery.runNow(connectionName: name) { _ in }
    let seconds = Date().timeIntervalSince(start)
    let progress = run.progress
    guard run.status == .succeeded else { print("run failed: \(run.error ?? "")"); break }
    print(String(format: "discovery %-22@ %7d objects  %6.2f s  %8.0f objects/s  read %d, unchanged %d, assets new %d / changed %d / unchanged %d, %d bytes read",
                 label as NSString, progress.objectsListed, seconds, Double(progress.objectsListed) / seconds, progress.objectsRead,
                 progress.objectsUnchanged, progress.assetsNew, progress.assetsChanged, progress.assetsUnchanged, progress.bytesRead))
}
try await services.database.shutdown()
try await server.shutdown()
try? FileManager.default.removeItem(atPath: folder)

actor ListCounter {
    var count = 0
    func add(_ n: Int) { count += n }
}
