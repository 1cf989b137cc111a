import ArgumentParser
import CatalogStore
import Foundation
import Logging

/// `torro migrate`: applies pending migrations and says what it applied.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        try await ExitCodes.reporting(migrate)
    }

    private func migrate() async throws {
        let logger = makeLogger(label: "torro", level: store.logLevel)
        let database = try CatalogDatabase.open(url: store.databaseURL, dataDirectory: store.dataDirectory, logger: logger)
        do {
            let applied = try await Migrator(database: database).migrateReporting()
            if applied.isEmpty {
                print("Database \(database.location) is up to date; no migrations applied.")
            } else {
                for migration in applied {
                    print("applied \(String(format: "%04d", migration.version)) \(migration.name)")
                }
                print("Applied \(applied.count) migration\(applied.count == 1 ? "" : "s") to \(database.location).")
            }
        } catch {
            try await database.shutdown()
            throw error
        }
        try await database.shutdown()
    }
}
