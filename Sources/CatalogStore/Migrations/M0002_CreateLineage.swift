/// Processes, temporal edges with their column mappings, and the append-only audit log.
struct M0002_CreateLineage: Migration {
    let version = 2
    let name = "create lineage"

    func statements(for engine: SQLEngine) -> [String] {
        let id = engine.identityPrimaryKey
        return [
            """
            CREATE TABLE lineage_processes (
                id \(id), urn TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL, source_system TEXT,
                job_id TEXT, job_name TEXT, definition TEXT, metadata TEXT NOT NULL,
                valid_from BIGINT NOT NULL, valid_to BIGINT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE lineage_edges (
                id \(id), source_urn TEXT NOT NULL, process_urn TEXT, target_urn TEXT NOT NULL,
                relationship_type TEXT NOT NULL, extraction_method TEXT NOT NULL, confidence DOUBLE PRECISION NOT NULL,
                evidence TEXT NOT NULL, metadata TEXT NOT NULL, valid_from BIGINT NOT NULL, valid_to BIGINT,
                recorded_at BIGINT NOT NULL, edge_hash TEXT NOT NULL, ingestion_id TEXT)
            """,
            "CREATE INDEX lineage_edges_source_idx ON lineage_edges (source_urn, valid_from)",
            "CREATE INDEX lineage_edges_target_idx ON lineage_edges (target_urn, valid_from)",
            "CREATE INDEX lineage_edges_process_idx ON lineage_edges (process_urn, valid_to)",
            "CREATE UNIQUE INDEX lineage_edges_open_hash_idx ON lineage_edges (edge_hash) WHERE valid_to IS NULL",
            """
            CREATE TABLE lineage_column_lineage (
                id \(id), edge_id BIGINT NOT NULL REFERENCES lineage_edges(id) ON DELETE CASCADE,
                source_column TEXT NOT NULL, target_column TEXT NOT NULL, transformation_type TEXT NOT NULL,
                expression TEXT)
            """,
            "CREATE INDEX lineage_column_lineage_edge_idx ON lineage_column_lineage (edge_id)",
            """
            CREATE TABLE lineage_audit_log (
                id \(id), action TEXT NOT NULL, entity_type TEXT NOT NULL, entity_urn TEXT NOT NULL,
                edge_id BIGINT, source_urn TEXT, target_urn TEXT, old_data TEXT, new_data TEXT, actor TEXT, source_system TEXT,
                ingestion_id TEXT, created_at BIGINT NOT NULL)
            """,
            "CREATE INDEX lineage_audit_entity_idx ON lineage_audit_log (entity_urn, id)",
            "CREATE INDEX lineage_audit_source_idx ON lineage_audit_log (source_urn, id)",
            "CREATE INDEX lineage_audit_target_idx ON lineage_audit_log (target_urn, id)",
        ]
    }
}
