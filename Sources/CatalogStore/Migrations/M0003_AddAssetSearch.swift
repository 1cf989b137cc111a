/// Full-text search over assets: FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL.
struct M0003_AddAssetSearch: Migration {
    let version = 3
    let name = "add asset search"

    func statements(for engine: SQLEngine) -> [String] {
        engine.fullTextDDL
    }
}
