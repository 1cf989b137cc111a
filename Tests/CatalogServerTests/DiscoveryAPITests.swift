import CatalogModel
import CatalogServer
import CatalogServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// Discovery runs through the API, over the local files connector: start, follow, incremental reruns,
/// schema changes, removal only after a complete run, and conflicts.
@Suite("Discovery API")
struct DiscoveryAPITests {
    /// Creates a local_files connection over `path`; returns its id.
    static func connect(_ client: any TestClientProtocol, path: String, extra: String = "") async throws -> Int {
        let body = "{\"name\": \"lake\", \"connector_type\": \"local_files\", \"config\": {\"path\": \"\(path)\"\(extra)}}"
        return try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(body)) { response in
            #expect(response.status == .created)
            return object(response)["id"] as? Int ?? 0
        }
    }

    /// Starts a run and waits for it to end; returns the final run.
    static func discover(_ client: any TestClientProtocol, _ services: CatalogServices, connection: Int) async throws -> [String: Any] {
        let id = try await client.execute(uri: "/api/connections/\(connection)/discover", method: .post) { response in
            #expect(response.status == .accepted)
            let run = object(response)
            #expect(["queued", "running"].contains(run["status"] as? String ?? ""))
            return run["id"] as? Int ?? 0
        }
        await services.discovery.waitForActiveRuns()
        return try await client.execute(uri: "/api/discovery/runs/\(id)", method: .get) { object($0) }
    }

    static func progress(_ run: [String: Any]) -> [String: Int] {
        (run["progress"] as? [String: Any] ?? [:]).compactMapValues { $0 as? Int }
    }

    static func asset(_ services: CatalogServices, _ urn: String) async throws -> Asset? {
        try? await services.assets.get(urn: URN(parsing: urn))
    }

    @Test("a folder becomes containers, folders, data sets and files; a second run reads nothing again", arguments: TestEngine.allCases)
    func firstAndSecondRun(engine: TestEngine) async throws {
        let folder = try DiscoveryFolder()
        defer { folder.delete() }
        try folder.writeLake()
        try await withApp(engine) { client, services in
            let connection = try await Self.connect(client, path: folder.path)
            let first = try await Self.discover(client, services, connection: connection)
            #expect(first["status"] as? String == "succeeded")
            #expect(first["elapsed_seconds"] as? Double != nil)
            let counts = Self.progress(first)
            #expect(counts["objects_listed"] == 7)
            #expect(counts["objects_read"] == 5)
            #expect((counts["assets_new"] ?? 0) >= 6)
            #expect(counts["bytes_read"] ?? 0 > 0)

            let base = "urn:dataset:file:" + folder.path
            let sales = try #require(try await Self.asset(services, base + "/sales"))
            #expect(sales.type == .dataset)
            #expect(sales.columns.map(\.name) == ["id", "amount", "day"])
            #expect(sales.columns.map(\.type) == ["integer", "decimal", "date"])
            #expect(sales.technical["file_count"]?.numberValue == 2)
            #expect(sales.review.status == .pending)
            let events = try #require(try await Self.asset(services, base + "/events"))
            #expect(events.technical["partition_columns"] == .array([.string("year"), .string("month")]))
            let lone = try #require(try await Self.asset(services, base + "/lone.json"))
            #expect(lone.type == .file)
            #expect(try await Self.asset(services, base + "/docs/readme.txt")?.type == .file)
            let folderURN = "urn:folder:file:" + folder.path + "/docs"
            #expect(try await Self.asset(services, folderURN)?.type == .folder)

            let second = try await Self.discover(client, services, connection: connection)
            #expect(second["status"] as? String == "succeeded")
            let again = Self.progress(second)
            #expect(again["objects_read"] == 0)
            #expect(again["objects_unchanged"] == 5)
            #expect(again["assets_new"] == 0)
            #expect(again["assets_changed"] == 0)
            #expect(again["assets_removed"] == 0)
            #expect(again["bytes_read"] == 0)
        }
    }

    @Test("a changed schema records a version and returns the data set to review; a vanished file is removed")
    func schemaChangeAndRemoval() async throws {
        let folder = try DiscoveryFolder()
        defer { folder.delete() }
        try folder.writeLake()
        try await withApp { client, services in
            let connection = try await Self.connect(client, path: folder.path)
            _ = try await Self.discover(client, services, connection: connection)
            let base = "urn:dataset:file:" + folder.path
            let sales = try #require(try await Self.asset(services, base + "/sales"))
            _ = try await services.assets.review(id: sales.id, decision: "approved", comment: nil, reviewer: "steward")

            try folder.write("sales/part-1.csv", "id,amount,day,region\n1,10.5,2024-01-01,north\n")
            try folder.write("sales/part-2.csv", "id,amount,day,region\n3,9.75,2024-01-03,south\n")
            try folder.remove("lone.json")
            let run = try await Self.discover(client, services, connection: connection)
            #expect(run["status"] as? String == "succeeded")
            #expect(Self.progress(run)["objects_read"] == 2)
            #expect(Self.progress(run)["assets_removed"] == 1)

            let changed = try #require(try await Self.asset(services, base + "/sales"))
            #expect(changed.review.status == .pending)
            #expect(changed.columns.map(\.name) == ["id", "amount", "day", "region"])
            try await client.execute(uri: "/api/assets/\(changed.id)/versions", method: .get) { response in
                let versions = object(response)["versions"] as? [[String: Any]] ?? []
                #expect(versions.count == 2)
                let changes = versions.first?["changes"] as? [String: Any] ?? [:]
                #expect(changes["added"] as? [String] == ["region"])
            }
            #expect(try await Self.asset(services, base + "/lone.json")?.lifecycle == .removed)
        }
    }

    @Test("a failed run removes nothing and says what went wrong")
    func failedRunRemovesNothing() async throws {
        let folder = try DiscoveryFolder()
        defer { folder.delete() }
        try folder.writeLake()
        try await withApp { client, services in
            let connection = try await Self.connect(client, path: folder.path)
            _ = try await Self.discover(client, services, connection: connection)
            let moved = folder.path + "-moved"
            try FileManager.default.moveItem(atPath: folder.path, toPath: moved)
            defer { try? FileManager.default.moveItem(atPath: moved, toPath: folder.path) }
            let run = try await Self.discover(client, services, connection: connection)
            #expect(run["status"] as? String == "failed")
            #expect((run["error"] as? String ?? "").contains("does not exist"))
            let removed = try await services.database.strings("SELECT COUNT(*) FROM assets WHERE lifecycle = 'removed'")
            #expect(removed == ["0"])
        }
    }

    @Test("an unreadable file is a warning on a successful run")
    func unreadableFileIsAWarning() async throws {
        let folder = try DiscoveryFolder()
        defer { folder.delete() }
        try folder.write("good.csv", "a,b\n1,2\n")
        try folder.write("broken.parquet", "this is not parquet at all")
        try await withApp { client, services in
            let connection = try await Self.connect(client, path: folder.path)
            let run = try await Self.discover(client, services, connection: connection)
            #expect(run["status"] as? String == "succeeded")
            let warnings = run["warnings"] as? [String] ?? []
            #expect(warnings.contains { $0.contains("broken.parquet") })
            #expect(Self.progress(run)["warnings"] == warnings.count)
        }
    }

    @Test("a second start while a run is active is a 409 naming the active run; runs list by connection and status")
    func conflictAndList() async throws {
        let folder = try DiscoveryFolder()
        defer { folder.delete() }
        try await withApp { client, services in
            let connection = try await Self.connect(client, path: folder.path)
            let now = Int64(Date().timeIntervalSince1970 * 1_000_000)
            try await services.database.execute("""
                INSERT INTO discovery_runs (connection_id, trigger_kind, status, progress, queued_at, started_at, heartbeat_at)
                VALUES (\(connection), 'api', 'running', '{}', \(now), \(now), \(now))
                """)
            let active = try await services.database.strings("SELECT id FROM discovery_runs")[0] ?? ""
            try await client.execute(uri: "/api/connections/\(connection)/discover", method: .post) { response in
                #expect(response.status == .conflict)
                #expect(errorOf(response).message.contains("discovery run \(active)"))
            }
            try await client.execute(uri: "/api/discovery/runs?connection_id=\(connection)&status=running", method: .get) { response in
                #expect(response.status == .ok)
                #expect(object(response)["total"] as? Int == 1)
            }
            try await client.execute(uri: "/api/discovery/runs?status=bogus", method: .get) { response in
                #expect(response.status == .badRequest || response.status == .unprocessableContent)
            }
            try await client.execute(uri: "/api/connections/999/discover", method: .post) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test("a stale running or queued run (its worker died) does not block a new one")
    func staleRunIsFailed() async throws {
        let folder = try DiscoveryFolder()
        defer { folder.delete() }
        try await withApp { client, services in
            let connection = try await Self.connect(client, path: folder.path)
            let old = Int64(Date().addingTimeInterval(-3600).timeIntervalSince1970 * 1_000_000)
            try await services.database.execute("""
                INSERT INTO discovery_runs (connection_id, trigger_kind, status, progress, queued_at, started_at, heartbeat_at)
                VALUES (\(connection), 'api', 'running', '{}', \(old), \(old), \(old))
                """)
            let run = try await Self.discover(client, services, connection: connection)
            #expect(run["status"] as? String == "succeeded")
            try await services.database.execute("""
                INSERT INTO discovery_runs (connection_id, trigger_kind, status, progress, queued_at)
                VALUES (\(connection), 'api', 'queued', '{}', \(old))
                """)
            let next = try await Self.discover(client, services, connection: connection)
            #expect(next["status"] as? String == "succeeded")
            let statuses = try await services.database.strings("SELECT status FROM discovery_runs ORDER BY id")
            #expect(statuses == ["failed", "succeeded", "failed", "succeeded"])
        }
    }

    @Test("stage rules add folder_rule edges below full confidence")
    func stageRules() async throws {
        let folder = try DiscoveryFolder()
        defer { folder.delete() }
        for stage in ["raw", "curated"] {
            try folder.write("\(stage)/orders/a.csv", "id,total\n1,2.5\n")
            try folder.write("\(stage)/orders/b.csv", "id,total\n2,3.5\n")
        }
        try folder.write("raw/customers/a.csv", "id,name\n1,x\n")
        try folder.write("raw/customers/b.csv", "id,name\n2,y\n")
        try await withApp { client, services in
            let rules = ", \"stage_rules\": [{\"from\": \"raw/{name}\", \"to\": \"curated/{name}\"}]"
            let connection = try await Self.connect(client, path: folder.path, extra: rules)
            let run = try await Self.discover(client, services, connection: connection)
            #expect(run["status"] as? String == "succeeded")
            let rows = try await services.database.strings("SELECT source_urn || ' ' || target_urn || ' ' || extraction_method FROM lineage_edges WHERE valid_to IS NULL")
            let base = "urn:dataset:file:" + folder.path
            #expect(rows == ["\(base)/raw/orders \(base)/curated/orders folder_rule"])
            let confidence = try await services.database.strings("SELECT confidence FROM lineage_edges")
            #expect(confidence.compactMap { $0.flatMap(Double.init) }.allSatisfy { $0 < 1 })
        }
    }

    @Test("a bad stage rule or schedule is refused when the connection is saved")
    func badConfig() async throws {
        try await withApp { client, _ in
            let rule = "{\"name\": \"x\", \"connector_type\": \"local_files\", \"config\": {\"path\": \"/tmp\", \"stage_rules\": [{\"from\": \"raw\", \"to\": \"curated/{name}\"}]}}"
            try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(rule)) { response in
                #expect(response.status == .unprocessableContent || response.status == .badRequest)
                #expect(errorOf(response).message.contains("stage_rules"))
            }
            let cron = "{\"name\": \"y\", \"connector_type\": \"local_files\", \"schedule\": \"every day\", \"config\": {\"path\": \"/tmp\"}}"
            try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(cron)) { response in
                #expect(errorOf(response).message.contains("schedule"))
            }
        }
    }

    @Test("files written by pyarrow, fastavro and deltalake: a Parquet data set, an Avro file and a Delta table")
    func realWriters() async throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FileFormatsTests/Fixtures")
        let folder = try DiscoveryFolder()
        defer { folder.delete() }
        let manager = FileManager.default
        try manager.createDirectory(at: folder.root.appendingPathComponent("typed"), withIntermediateDirectories: true)
        for codec in ["snappy", "zstd"] {
            try manager.copyItem(at: fixtures.appendingPathComponent("types_\(codec).parquet"),
                                 to: folder.root.appendingPathComponent("typed/types_\(codec).parquet"))
        }
        try manager.copyItem(at: fixtures.appendingPathComponent("users_deflate.avro"), to: folder.root.appendingPathComponent("users.avro"))
        try manager.copyItem(at: fixtures.appendingPathComponent("delta_sales"), to: folder.root.appendingPathComponent("sales"))
        try await withApp { client, services in
            let connection = try await Self.connect(client, path: folder.path)
            let run = try await Self.discover(client, services, connection: connection)
            #expect(run["status"] as? String == "succeeded")
            #expect(run["warnings"] as? [String] == [])
            let base = "urn:dataset:file:" + folder.path
            let typed = try #require(try await Self.asset(services, base + "/typed"))
            #expect(typed.type == .dataset)
            #expect(typed.technical["format"] == .string("parquet"))
            #expect(typed.technical["row_count"]?.numberValue == 60)
            #expect(typed.columns.count == 12)
            let users = try #require(try await Self.asset(services, base + "/users.avro"))
            #expect(users.technical["format"] == .string("avro"))
            #expect(users.technical["compression"] == .string("deflate"))
            let sales = try #require(try await Self.asset(services, base + "/sales"))
            #expect(sales.technical["format"] == .string("delta"))
            #expect(sales.technical["partition_columns"] == .array([.string("country")]))
            #expect(sales.technical["delta_version"]?.numberValue == 2)
            let deltaFiles = try await services.database.strings("SELECT COUNT(*) FROM assets WHERE urn LIKE '%part-0000%'")
            #expect(deltaFiles == ["0"])
        }
    }
}
