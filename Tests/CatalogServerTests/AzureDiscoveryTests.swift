import BlobTestServer
import CatalogModel
import CatalogServices
import Foundation
import Testing
import TestSupport

/// Discovery of an Azure Blob Storage account, against the suite's blob server, of blobs that Microsoft's
/// azure-storage-blob SDK uploaded (scripts/upload_lake.py).
@Suite("Azure discovery")
struct AzureDiscoveryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/FileFormatsTests/Fixtures")
    static let account = BlobAccount.devstoreaccount1

    /// Uploads the fixture lake with the Python SDK; false (the test is skipped) when the SDK is missing outside CI.
    static func upload(to server: BlobTestServer) async throws -> Bool {
        let f = fixtures.path
        let pairs = [
            "\(f)/types_snappy.parquet=raw/typed/part-0.parquet", "\(f)/types_zstd.parquet=raw/typed/part-1.parquet",
            "\(f)/types_gzip.parquet=curated/typed/part-0.parquet", "\(f)/types_none.parquet=curated/typed/part-1.parquet",
            "\(f)/users_deflate.avro=raw/users.avro", "\(f)/delta_sales=curated/sales",
            "\(f)/people.csv=raw/people/year=2024/month=01/people.csv", "\(f)/people.csv=raw/people/year=2024/month=02/people.csv",
            "\(f)/events.ndjson.gz=raw/events/2024/01/15/events.ndjson.gz", "\(f)/events.ndjson.gz=raw/events/2024/01/16/events.ndjson.gz",
        ]
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/upload_lake.py").path, "--url", server.endpoint(account: account.name),
                             "--account", account.name, "--key", account.key, "--container", "lake"] + pairs
        // The server runs in this process: wait without blocking a thread of the concurrency pool it needs.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardError = handle
        process.standardOutput = handle
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            process.terminationHandler = { _ in done.resume() }
            do { try process.run() } catch { process.terminationHandler = nil; done.resume() }
        }
        try? handle.close()
        let message = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        if process.terminationStatus != 0, message.contains("No module named 'azure'"),
           ProcessInfo.processInfo.environment["CI"] == nil {
            return false
        }
        try #require(process.terminationStatus == 0, "upload_lake.py failed: \(message)")
        return true
    }

    static func config(_ server: BlobTestServer, key: String = account.key) -> JSONObject {
        ["account_name": .string(account.name), "account_key": .string(key), "endpoint": .string(server.endpoint(account: account.name)),
         "stage_rules": .array([.object(["from": .string("lake/raw/{name}"), "to": .string("lake/curated/{name}")])])]
    }

    @Test("a lake uploaded by the SDK becomes data sets read by ranges only; a rerun reads nothing", arguments: TestEngine.allCases)
    func discoverLake(engine: TestEngine) async throws {
        let server = try await BlobTestServer.start(accounts: [Self.account])
        defer { Task { try? await server.shutdown() } }
        guard try await Self.upload(to: server) else { return }
        try await withTestDatabase(engine) { database, folder in
            let services = try makeServices(database, folder: folder)
            _ = try await services.connections.create(ConnectionInput(name: "azure", connectorType: "azure_blob", config: Self.config(server)))
            server.clearRequests()
            let run = try await services.discovery.runNow(connectionName: "azure") { _ in }
            #expect(run.status == .succeeded, "\(run.error ?? "")")
            #expect(run.warnings.isEmpty, "\(run.warnings)")
            #expect(run.progress.objectsListed == 19)

            let reads = server.requests.filter { $0.method == "GET" && $0.path.hasPrefix("/\(Self.account.name)/lake/") && $0.query("comp") == nil }
            #expect(!reads.isEmpty)
            #expect(reads.allSatisfy { $0.range != nil }, "every blob read is a ranged read")

            let base = "urn:dataset:azure:devstoreaccount1/lake/"
            let typed = try await services.assets.get(urn: URN(parsing: base + "raw/typed"))
            #expect(typed.type == .dataset)
            #expect(typed.technical["row_count"]?.numberValue == 60)
            let sales = try await services.assets.get(urn: URN(parsing: base + "curated/sales"))
            #expect(sales.technical["format"] == .string("delta"))
            let people = try await services.assets.get(urn: URN(parsing: base + "raw/people"))
            #expect(people.technical["partition_columns"] == .array([.string("year"), .string("month")]))
            let events = try await services.assets.get(urn: URN(parsing: base + "raw/events"))
            #expect(events.technical["partition_columns"] == .array([.string("year"), .string("month"), .string("day")]))
            _ = try await services.assets.get(urn: URN(parsing: "urn:container:azure:devstoreaccount1/lake"))
            let edges = try await database.strings("SELECT source_urn || ' ' || target_urn FROM lineage_edges WHERE extraction_method = 'folder_rule'")
            #expect(edges == ["\(base)raw/typed \(base)curated/typed"])

            server.clearRequests()
            let again = try await services.discovery.runNow(connectionName: "azure") { _ in }
            #expect(again.status == .succeeded)
            #expect(again.progress.objectsRead == 0)
            #expect(again.progress.assetsChanged == 0)
            #expect(server.requests.allSatisfy { $0.query("comp") == "list" || $0.method != "GET" || $0.path.split(separator: "/").count <= 2 })
        }
    }

    @Test("throttling is retried and the run succeeds; a wrong account key fails the run at once, naming it")
    func throttlingAndWrongKey() async throws {
        let server = try await BlobTestServer.start(accounts: [Self.account])
        defer { Task { try? await server.shutdown() } }
        guard try await Self.upload(to: server) else { return }
        try await withTestDatabase(.sqlite) { database, folder in
            let services = try makeServices(database, folder: folder)
            _ = try await services.connections.create(ConnectionInput(name: "azure", connectorType: "azure_blob", config: Self.config(server)))
            server.faults.inject(.serverBusy(retryAfter: 1), count: 1)
            server.faults.inject(.tooManyRequests(retryAfter: nil), count: 2)
            let run = try await services.discovery.runNow(connectionName: "azure") { _ in }
            #expect(run.status == .succeeded, "\(run.error ?? "")")
            #expect(server.faults.pending == 0)

            let wrong = Data(repeating: 7, count: 64).base64EncodedString()
            _ = try await services.connections.create(ConnectionInput(name: "wrong", connectorType: "azure_blob", config: Self.config(server, key: wrong)))
            let failed = try await services.discovery.runNow(connectionName: "wrong") { _ in }
            #expect(failed.status == .failed)
            #expect(failed.error?.contains("account_key") == true, "\(failed.error ?? "")")
            #expect(failed.error?.contains(wrong) == false)
            #expect(try await database.strings("SELECT COUNT(*) FROM assets WHERE lifecycle = 'removed'") == ["0"])
        }
    }
}
