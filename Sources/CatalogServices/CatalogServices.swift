import CatalogModel
import CatalogStore
import Connectors
import Foundation
import Logging

/// Every use case of Torro, built over one database; what the server and the CLI hold.
public struct CatalogServices: Sendable {
    public let database: CatalogDatabase
    public let connections: ConnectionService
    public let assets: AssetService
    public let lineage: LineageService
    public let sqlLineage: SQLLineageService
    public let health: HealthService
    public let discovery: DiscoveryService
    public let scheduler: DiscoveryScheduler

    public init(database: CatalogDatabase, secrets: SecretBox, registry: ConnectorRegistry = .standard, logger: Logger) {
        self.database = database
        let assetStore = SQLAssetStore(database: database)
        let connectionStore = SQLConnectionStore(database: database)
        let lineageStore = SQLLineageStore(database: database)
        connections = ConnectionService(store: connectionStore, registry: registry, secrets: secrets, logger: logger)
        assets = AssetService(store: assetStore, logger: logger)
        lineage = LineageService(store: lineageStore, assets: assetStore, logger: logger)
        sqlLineage = SQLLineageService(lineage: lineageStore, failures: SQLLineageFailureStore(database: database),
                                       assets: assetStore, connections: connectionStore, registry: registry, logger: logger)
        health = HealthService(database: database)
        let discoveryStore = SQLDiscoveryStore(database: database)
        let runner = DiscoveryRunner(store: discoveryStore, assets: assetStore, lineage: lineageStore, connections: connections,
                                     discoverers: DiscovererFactory(registry: registry), logger: logger,
                                     interval: 0.5, batchSize: 1500)
        discovery = DiscoveryService(store: discoveryStore, runner: runner, connections: connections, logger: logger)
        scheduler = DiscoveryScheduler(discovery: discovery, store: discoveryStore, connections: connectionStore, logger: logger)
    }

    /// Opens the configured database, applies pending migrations and loads the secret key.
    public static func open(databaseURL: String?, dataDirectory: String, secretKey: String?, migrate: Bool = true,
                            logger: Logger) async throws -> CatalogServices {
        let database = try CatalogDatabase.open(url: databaseURL, dataDirectory: dataDirectory, logger: logger)
        do {
            if migrate {
                let applied = try await Migrator(database: database).migrateReporting()
                for migration in applied {
                    logger.info("migration applied", metadata: ["migration.version": "\(migration.version)", "migration.name": "\(migration.name)"])
                }
            }
            let secrets = try SecretBox.load(secret: secretKey, dataDirectory: dataDirectory)
            return CatalogServices(database: database, secrets: secrets, logger: logger)
        } catch {
            try? await database.shutdown()
            throw error
        }
    }
}
