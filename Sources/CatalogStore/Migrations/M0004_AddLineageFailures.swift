/// SQL statements whose lineage could not be read, one row per problem and statement text.
struct M0004_AddLineageFailures: Migration {
    let version = 4
    let name = "add lineage failures"

    func statements(for engine: SQLEngine) -> [String] {
        let id = engine.identityPrimaryKey
        return [
            """
            CREATE TABLE lineage_sql_failures (
                id \(id), connection_id BIGINT REFERENCES connections(id) ON DELETE CASCADE, process_urn TEXT,
                dialect TEXT NOT NULL, statement_excerpt TEXT NOT NULL, line_number BIGINT NOT NULL,
                column_number BIGINT NOT NULL, message TEXT NOT NULL, failure_key TEXT NOT NULL UNIQUE,
                first_seen_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL)
            """,
            "CREATE INDEX lineage_sql_failures_seen_idx ON lineage_sql_failures (last_seen_at, id)",
            "CREATE INDEX lineage_sql_failures_connection_idx ON lineage_sql_failures (connection_id, last_seen_at, id)",
        ]
    }
}
