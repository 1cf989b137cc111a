/// Discovery runs that can be cancelled and hold their warnings, at most one active run per connection,
/// the objects each connection's runs have read (for incremental discovery), and the last run that saw each asset.
struct M0005_AddDiscoveryState: Migration {
    let version = 5
    let name = "add discovery state"

    func statements(for engine: SQLEngine) -> [String] {
        [
            "ALTER TABLE discovery_runs ADD COLUMN cancel_requested BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE discovery_runs ADD COLUMN warnings TEXT NOT NULL DEFAULT '[]'",
            "CREATE UNIQUE INDEX discovery_runs_active_idx ON discovery_runs (connection_id) WHERE status IN ('queued', 'running')",
            "CREATE INDEX discovery_runs_queued_idx ON discovery_runs (queued_at, id)",
            "ALTER TABLE assets ADD COLUMN last_run_id BIGINT",
            """
            CREATE TABLE discovery_objects (
                connection_id BIGINT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
                container TEXT NOT NULL, object_key TEXT NOT NULL, etag TEXT, size BIGINT NOT NULL, modified_at BIGINT,
                state TEXT NOT NULL, run_id BIGINT, PRIMARY KEY (connection_id, container, object_key))
            """,
        ]
    }
}
