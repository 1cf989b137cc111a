import CatalogModel
import CatalogServices
import CatalogStore
import Connectors
import Foundation
import Logging
import Testing
import TestSupport

/// A storage connector for tests whose store waits forever while listing (`mode: slow`) or refuses its credential
/// (`mode: refused`).
struct StuckStorageSpec: ObjectStorageConnector {
    let type = "stuck_storage"
    let displayName = "Stuck storage"
    let secretFields: Set<String> = []

    func validate(_ config: JSONObject) throws(CatalogError) {}
    func test(_ config: JSONObject) async -> ConnectionTestResult { .notAvailable(type, "test only") }

    func location(for config: JSONObject) throws -> StorageLocation {
        StorageLocation(store: StuckStore(refused: config["mode"]?.stringValue == "refused"),
                        naming: .azure(account: "stuck"))
    }
}

struct StuckStore: ObjectStore {
    let refused: Bool

    func containers() async throws -> [String] {
        if refused {
            throw StorageError(.authentication, "Azure refused the account key for account 'stuck': check account_key", status: 403)
        }
        return ["raw"]
    }

    func list(container: String, prefix: String, page: @Sendable ([StoredObject]) async throws -> Void) async throws {
        try await page([StoredObject(key: "a.csv", size: 10)])
        while true { try await Task.sleep(for: .milliseconds(20)) }
    }

    func read(container: String, key: String, range: Range<Int64>) async throws -> [UInt8] { [] }
}

@Suite("Discovery runs")
struct DiscoveryRunTests {
    static func services(_ database: CatalogDatabase, folder: String) throws -> CatalogServices {
        var logger = Logger(label: "torro.test")
        logger.logLevel = .critical
        let registry = ConnectorRegistry(ConnectorRegistry.standard.types.map { try! ConnectorRegistry.standard.spec(for: $0) } + [StuckStorageSpec()])
        return CatalogServices(database: database, secrets: try SecretBox.load(secret: nil, dataDirectory: folder),
                               registry: registry, logger: logger)
    }

    /// A discovered asset of the connection, last seen an hour ago.
    static func seedAsset(_ database: CatalogDatabase, connection: Int64) async throws {
        let input = AssetInput(urn: try URN(parsing: "urn:dataset:azure:stuck/raw/old"), name: "old", type: .dataset,
                               platform: "azure", connectionID: connection, origin: .discovered)
        _ = try await SQLAssetStore(database: database).upsert([input], discoveryRunID: nil, batchSize: 100)
        let hourAgo = Int64(Date().addingTimeInterval(-3600).timeIntervalSince1970 * 1_000_000)
        try await database.execute("UPDATE assets SET last_seen_at = \(hourAgo)")
    }

    @Test("a running run is cancelled on request, stops, and removes nothing", arguments: TestEngine.allCases)
    func cancelRunning(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, folder in
            let services = try Self.services(database, folder: folder)
            let connection = try await services.connections.create(ConnectionInput(name: "stuck", connectorType: "stuck_storage", config: ["mode": .string("slow")]))
            try await Self.seedAsset(database, connection: connection.id)
            let run = try await services.discovery.start(connectionID: connection.id, trigger: .api)
            var seen = try await services.discovery.run(id: run.id)
            for _ in 0..<200 where seen.progress.objectsListed == 0 {
                try await Task.sleep(for: .milliseconds(25))
                seen = try await services.discovery.run(id: run.id)
            }
            #expect(seen.status == .running)
            #expect(seen.progress.objectsListed == 1)
            #expect(seen.progress.phase == "listing")
            let asked = try await services.discovery.cancel(id: run.id)
            #expect(asked.cancelRequested)
            await services.discovery.waitForActiveRuns()
            let ended = try await services.discovery.run(id: run.id)
            #expect(ended.status == .cancelled)
            #expect(ended.error?.contains("nothing was removed") == true)
            #expect(try await database.strings("SELECT lifecycle FROM assets") == ["active"])
            await #expect(throws: CatalogError.self) { try await services.discovery.cancel(id: run.id) }
        }
    }

    @Test("a queued run is cancelled at once")
    func cancelQueued() async throws {
        try await withTestDatabase(.sqlite) { database, folder in
            let services = try Self.services(database, folder: folder)
            let connection = try await services.connections.create(ConnectionInput(name: "stuck", connectorType: "stuck_storage", config: [:]))
            let queued = try await SQLDiscoveryStore(database: database).queue(connectionID: connection.id, trigger: .api, staleAfter: 120)
            let cancelled = try await services.discovery.cancel(id: queued.id)
            #expect(cancelled.status == .cancelled)
            #expect(try await SQLDiscoveryStore(database: database).start(id: queued.id, worker: "w") == nil)
        }
    }

    @Test("a refused credential fails the run at once with the message that names it; nothing is removed")
    func refusedCredential() async throws {
        try await withTestDatabase(.sqlite) { database, folder in
            let services = try Self.services(database, folder: folder)
            let connection = try await services.connections.create(ConnectionInput(name: "stuck", connectorType: "stuck_storage", config: ["mode": .string("refused")]))
            try await Self.seedAsset(database, connection: connection.id)
            _ = try await services.discovery.start(connectionID: connection.id, trigger: .api)
            await services.discovery.waitForActiveRuns()
            let run = try #require(try await services.discovery.runs(DiscoveryRunListRequest(parameters: [:])).items.first)
            #expect(run.status == .failed)
            #expect(run.error?.contains("account_key") == true)
            #expect(try await database.strings("SELECT lifecycle FROM assets") == ["active"])
        }
    }

    @Test("the scheduler starts a connection whose schedule came due, once")
    func scheduler() async throws {
        try await withTestDatabase(.sqlite) { database, folder in
            let services = try Self.services(database, folder: folder)
            let data = try DiscoveryFolder()
            defer { data.delete() }
            try data.write("a.csv", "x\n1\n")
            let scheduled = try await services.connections.create(ConnectionInput(
                name: "nightly", connectorType: "local_files", config: ["path": .string(data.path)], schedule: "0 2 * * *"))
            _ = try await services.connections.create(ConnectionInput(name: "manual", connectorType: "local_files", config: ["path": .string(data.path)]))
            let tomorrow = Date().addingTimeInterval(2 * 86_400)
            let started = try await services.scheduler.tick(now: tomorrow)
            #expect(started.map(\.connectionID) == [scheduled.id])
            #expect(started.first?.trigger == .schedule)
            await services.discovery.waitForActiveRuns()
            #expect(try await services.scheduler.tick(now: Date()).isEmpty)
            #expect(try await services.discovery.run(id: started[0].id).status == .succeeded)
        }
    }
}
