import CatalogStore
import Testing
import TestSupport

@Suite("Migrations")
struct MigrationTests {
    @Test("apply from an empty database, then find nothing pending", arguments: TestEngine.allCases)
    func fromEmpty(engine: TestEngine) async throws {
        try await withTestDatabase(engine, migrate: false) { database, _ in
            let migrator = Migrator(database: database)
            #expect(try await migrator.pending().map(\.version) == [1, 2, 3, 4, 5])
            let applied = try await migrator.migrate()
            #expect(applied.map(\.version) == [1, 2, 3, 4, 5])
            #expect(try await migrator.pending().isEmpty)
            #expect(try await migrator.migrate().isEmpty)
            let tables = ["connections", "assets", "asset_tags", "asset_versions", "discovery_runs", "lineage_processes",
                          "lineage_edges", "lineage_column_lineage", "lineage_audit_log", "lineage_sql_failures", "discovery_objects"]
            for table in tables {
                #expect(try await database.strings("SELECT COUNT(*) FROM \(table)") == ["0"])
            }
        }
    }
}
