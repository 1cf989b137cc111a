import CatalogStore
import Foundation
import Logging

/// The engines every store test runs on.
public enum TestEngine: String, CaseIterable, Sendable {
    case sqlite, postgres
}


/// Why a PostgreSQL test did not run, when no server was given.
public struct PostgresUnavailable: Error, CustomStringConvertible {
    public var description: String {
        "TORRO_TEST_POSTGRES_URL is not set: run the suite with scripts/test.sh, which starts a throwaway PostgreSQL"
    }
}

/// Opens a fresh, migrated database on the engine, runs `body`, then removes every trace of it.
///
/// SQLite gets a file in a new temporary folder; PostgreSQL gets a schema of its own in the server named
/// by `TORRO_TEST_POSTGRES_URL`. Without that variable a PostgreSQL test fails under CI and is skipped
/// (returns without running `body`) elsewhere.
public func withTestDatabase(_ engine: TestEngine, migrate: Bool = true,
                             _ body: (CatalogDatabase, String) async throws -> Void) async throws {
    var logger = Logger(label: "torro.test")
    logger.logLevel = .warning
    switch engine {
    case .sqlite:
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("torro-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try CatalogDatabase.sqlite(path: folder.appendingPathComponent("torro.sqlite").path, connectionsPerLoop: 2, logger: logger)
        do {
            if migrate { try await Migrator(database: database).migrate() }
            try await body(database, folder.path)
        } catch {
            try await database.shutdown()
            throw error
        }
        try await database.shutdown()
    case .postgres:
        guard let url = ProcessInfo.processInfo.environment["TORRO_TEST_POSTGRES_URL"], !url.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] != nil { throw PostgresUnavailable() }
            return
        }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("torro-test-\(schema)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try CatalogDatabase.postgres(url: url, searchPath: [schema], connectionsPerLoop: 2, logger: logger)
        do {
            try await database.execute("CREATE SCHEMA \(schema)")
            if migrate { try await Migrator(database: database).migrate() }
            try await body(database, folder.path)
            try await database.execute("DROP SCHEMA \(schema) CASCADE")
        } catch {
            try? await database.execute("DROP SCHEMA \(schema) CASCADE")
            try await database.shutdown()
            throw error
        }
        try await database.shutdown()
    }
}
