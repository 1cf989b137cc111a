import CatalogModel
import Foundation
import SQLKit

/// A migration as `torro migrate` reports it.
public struct AppliedMigration: Sendable, Hashable, Codable {
    public let version: Int
    public let name: String
}

/// Applies pending migrations, each in its own transaction, and reports where the schema stands.
public struct Migrator: Sendable {
    let database: CatalogDatabase
    let migrations: [any Migration]

    public init(database: CatalogDatabase) {
        self.init(database: database, migrations: allMigrations)
    }

    init(database: CatalogDatabase, migrations: [any Migration]) {
        self.database = database
        self.migrations = migrations
    }

    /// The highest migration this build knows.
    public var latestVersion: Int { migrations.map(\.version).max() ?? 0 }

    /// Versions already applied to the database (empty for a new database).
    public func appliedVersions() async throws -> Set<Int> {
        try await database.sql.raw(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"
        ).run()
        let rows = try await database.sql.raw("SELECT version FROM schema_migrations").all()
        return Set(try rows.map { Int(try $0.decode(column: "version", as: Int64.self)) })
    }

    /// Migrations this build has that the database has not applied.
    public func pending() async throws -> [AppliedMigration] {
        let applied = try await appliedVersions()
        return migrations.filter { !applied.contains($0.version) }.map { AppliedMigration(version: $0.version, name: $0.name) }
    }

    /// Like `migrate()`, but a database that cannot be reached or changed is a `CatalogError` that says where.
    public func migrateReporting() async throws -> [AppliedMigration] {
        do {
            return try await migrate()
        } catch let error as CatalogError {
            throw error
        } catch {
            throw CatalogError(code: .unavailable,
                               message: "cannot migrate the database at \(database.location): check that it runs and that the URL, user and password are right",
                               cause: error)
        }
    }

    /// Applies every pending migration in order and returns what it applied.
    @discardableResult
    public func migrate() async throws -> [AppliedMigration] {
        let applied = try await appliedVersions()
        var done: [AppliedMigration] = []
        for migration in migrations.sorted(by: { $0.version < $1.version }) where !applied.contains(migration.version) {
            let statements = migration.statements(for: database.engine)
            let version = Int64(migration.version), name = migration.name
            try await database.transaction { sql in
                for statement in statements {
                    try await sql.raw(SQLQueryString(statement)).run()
                }
                try await sql.raw("""
                    INSERT INTO schema_migrations (version, name, applied_at)
                    VALUES (\(bind: version), \(bind: name), \(bind: Stored.micros(Date())))
                    """).run()
            }
            done.append(AppliedMigration(version: migration.version, name: migration.name))
        }
        return done
    }
}
