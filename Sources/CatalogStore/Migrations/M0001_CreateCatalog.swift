/// Connections, assets with their tags and schema history, and discovery runs.
struct M0001_CreateCatalog: Migration {
    let version = 1
    let name = "create catalog"

    func statements(for engine: SQLEngine) -> [String] {
        let id = engine.identityPrimaryKey
        return [
            """
            CREATE TABLE connections (
                id \(id), name TEXT NOT NULL UNIQUE, connector_type TEXT NOT NULL, connection_type TEXT,
                config TEXT NOT NULL, status TEXT NOT NULL, schedule TEXT,
                created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE assets (
                id \(id), urn TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL, platform TEXT NOT NULL,
                catalog TEXT, schema_name TEXT, connection_id BIGINT REFERENCES connections(id) ON DELETE SET NULL,
                origin TEXT NOT NULL, lifecycle TEXT NOT NULL,
                review_status TEXT NOT NULL, reviewed_by TEXT, reviewed_at BIGINT, review_comment TEXT,
                technical TEXT NOT NULL, operational TEXT NOT NULL, business TEXT NOT NULL, column_list TEXT NOT NULL,
                schema_fingerprint TEXT NOT NULL, schema_version BIGINT NOT NULL, content_hash TEXT NOT NULL,
                search_text TEXT NOT NULL,
                discovered_at BIGINT NOT NULL, last_seen_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
            """,
            "CREATE INDEX assets_type_idx ON assets (type)",
            "CREATE INDEX assets_platform_idx ON assets (platform)",
            "CREATE INDEX assets_catalog_schema_idx ON assets (catalog, schema_name)",
            "CREATE INDEX assets_connection_idx ON assets (connection_id, lifecycle)",
            "CREATE INDEX assets_review_idx ON assets (review_status)",
            "CREATE INDEX assets_name_idx ON assets (name, id)",
            "CREATE INDEX assets_updated_idx ON assets (updated_at, id)",
            """
            CREATE TABLE asset_tags (
                asset_id BIGINT NOT NULL REFERENCES assets(id) ON DELETE CASCADE, tag TEXT NOT NULL,
                PRIMARY KEY (asset_id, tag))
            """,
            "CREATE INDEX asset_tags_tag_idx ON asset_tags (tag, asset_id)",
            """
            CREATE TABLE asset_versions (
                id \(id), asset_id BIGINT NOT NULL REFERENCES assets(id) ON DELETE CASCADE, version BIGINT NOT NULL,
                schema_fingerprint TEXT NOT NULL, column_list TEXT NOT NULL, changes TEXT NOT NULL,
                discovery_run_id BIGINT, created_at BIGINT NOT NULL, UNIQUE (asset_id, version))
            """,
            """
            CREATE TABLE discovery_runs (
                id \(id), connection_id BIGINT NOT NULL REFERENCES connections(id) ON DELETE CASCADE,
                trigger_kind TEXT NOT NULL, status TEXT NOT NULL, progress TEXT NOT NULL, error TEXT, worker TEXT,
                queued_at BIGINT NOT NULL, started_at BIGINT, finished_at BIGINT, heartbeat_at BIGINT)
            """,
            "CREATE INDEX discovery_runs_connection_idx ON discovery_runs (connection_id, status)",
            "CREATE INDEX discovery_runs_status_idx ON discovery_runs (status, queued_at)",
        ]
    }
}
