import CatalogModel
import CatalogStore
import Foundation

/// Liveness and readiness of the server.
public struct HealthService: Sendable {
    /// Torro's version, reported by `/api/health`.
    public static let version = "0.1.0"

    /// The body of `GET /api/health`.
    public struct Health: Sendable, Codable {
        public var status: String
        public var version: String
        public var uptimeSeconds: Double
        public var database: String

        enum CodingKeys: String, CodingKey {
            case status, version, database
            case uptimeSeconds = "uptime_seconds"
        }
    }

    /// The body of `GET /api/health/ready`.
    public struct Readiness: Sendable, Codable {
        public var ready: Bool
        public var database: String
        public var migrations: String
        public var pendingMigrations: [Int]
        public var message: String?

        enum CodingKeys: String, CodingKey {
            case ready, database, migrations, message
            case pendingMigrations = "pending_migrations"
        }
    }

    let database: CatalogDatabase
    let started: Date

    public init(database: CatalogDatabase, started: Date = Date()) {
        self.database = database
        self.started = started
    }

    public func health() -> Health {
        Health(status: "ok", version: Self.version, uptimeSeconds: (Date().timeIntervalSince(started) * 1000).rounded() / 1000,
               database: database.engine.name)
    }

    /// Whether the database answers and every migration of this build is applied.
    public func readiness() async -> Readiness {
        do {
            try await database.ping()
        } catch {
            return Readiness(ready: false, database: "unreachable", migrations: "unknown", pendingMigrations: [],
                             message: "the database does not answer")
        }
        do {
            let pending = try await Migrator(database: database).pending()
            return Readiness(ready: pending.isEmpty, database: "ok", migrations: pending.isEmpty ? "current" : "pending",
                             pendingMigrations: pending.map(\.version),
                             message: pending.isEmpty ? nil : "run `torro migrate` to apply pending migrations")
        } catch {
            return Readiness(ready: false, database: "ok", migrations: "unknown", pendingMigrations: [],
                             message: "the migration table cannot be read")
        }
    }
}
