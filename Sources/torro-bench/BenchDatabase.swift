import CatalogStore
import Foundation
import Logging

/// A fresh, migrated database for one engine: SQLite in a new temporary folder, or a new schema in the
/// PostgreSQL server named by `TORRO_TEST_POSTGRES_URL`; `remove()` drops every trace of it.
struct BenchDatabase {
    let database: CatalogDatabase
    /// The engine's version, for the report.
    let version: String
    private let folder: URL?
    private let schema: String?

    static func open(_ engine: BenchOptions.Engine, logger: Logger) async throws -> BenchDatabase {
        let tag = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("torro-bench-\(tag)")
            let database = try CatalogDatabase.sqlite(path: folder.appendingPathComponent("torro.sqlite").path, logger: logger)
            try await Migrator(database: database).migrate()
            let version = try await database.strings("SELECT sqlite_version()").first.flatMap { $0 } ?? "?"
            return BenchDatabase(database: database, version: "SQLite \(version)", folder: folder, schema: nil)
        case .postgres:
            guard let url = ProcessInfo.processInfo.environment["TORRO_TEST_POSTGRES_URL"], !url.isEmpty else {
                throw BenchFailure("TORRO_TEST_POSTGRES_URL is not set: run scripts/bench.sh, which starts a throwaway PostgreSQL")
            }
            let schema = "bench_\(tag)"
            let database = try CatalogDatabase.postgres(url: url, searchPath: [schema], logger: logger)
            try await database.execute("CREATE SCHEMA \(schema)")
            try await Migrator(database: database).migrate()
            let version = try await database.strings("SHOW server_version").first.flatMap { $0 } ?? "?"
            return BenchDatabase(database: database, version: "PostgreSQL \(version)", folder: nil, schema: schema)
        }
    }

    /// Bytes on disk: the SQLite file and its WAL, or the schema's tables with their indexes and TOAST.
    func size() async throws -> Int64 {
        if let folder {
            let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [.fileSizeKey])
            return try files.reduce(0) { $0 + Int64(try $1.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) }
        }
        let total = try await database.strings("""
            SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0)::bigint::text FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '\(schema ?? "")' AND c.relkind = 'r'
            """)
        return total.first.flatMap { $0 }.flatMap { Int64($0) } ?? 0
    }

    /// Refreshes planner statistics, as PostgreSQL's autovacuum would shortly after a bulk load.
    func analyze() async throws {
        guard schema != nil else { return }
        for table in ["assets", "lineage_edges", "lineage_processes"] { try await database.execute("ANALYZE \(table)") }
    }

    func remove() async {
        if let schema { try? await database.execute("DROP SCHEMA \(schema) CASCADE") }
        try? await database.shutdown()
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }
}
