import CatalogStore

/// Writes a generated graph straight into `lineage_processes` and `lineage_edges` with multi-row INSERTs of
/// generated literal SQL: loading a million edges through `ingest` (audit rows, diffing) would take hours.
///
/// The text is trusted: every value comes from the generator, and quotes are doubled all the same.
struct EdgeLoader {
    let database: CatalogDatabase
    let datasetURNs: [String]
    var rowsPerStatement = 1_000

    /// The URN of generated process `index`: an Airflow task, as pipelines report them.
    static func processURN(_ index: Int) -> String {
        "urn:process:airflow:etl_\(index / 8)/load_\(index % 8)"
    }

    /// Inserts the processes, then the edges, each statement its own transaction: `execute` borrows a pooled
    /// connection per call, so a BEGIN and a COMMIT sent through it may reach different connections.
    func load(_ graph: LineageGraphShape) async throws {
        let start: Int64 = 1_704_067_200_000_000  // 2024-01-01, in microseconds
        let day: Int64 = 86_400_000_000
        var statement = ""
        for batch in stride(from: 0, to: graph.processCount, by: rowsPerStatement) {
            statement = "INSERT INTO lineage_processes (urn, name, type, source_system, job_id, job_name, definition, metadata, valid_from, valid_to, created_at, updated_at) VALUES "
            for index in batch..<min(batch + rowsPerStatement, graph.processCount) {
                let urn = Self.processURN(index)
                if index > batch { statement += ", " }
                statement += "(\(literal(urn)), 'load_\(index % 8)', 'task', 'airflow', 'etl_\(index / 8)', 'etl_\(index / 8).load_\(index % 8)', NULL, '{}', \(start), NULL, \(start), \(start))"
            }
            try await database.execute(statement)
        }
        let edges = graph.edges
        for batch in stride(from: 0, to: edges.count, by: rowsPerStatement) {
            statement = "INSERT INTO lineage_edges (source_urn, process_urn, target_urn, relationship_type, extraction_method, confidence, evidence, metadata, valid_from, valid_to, recorded_at, edge_hash, ingestion_id) VALUES "
            statement.reserveCapacity(rowsPerStatement * 420)
            for index in batch..<min(batch + rowsPerStatement, edges.count) {
                let edge = edges[index]
                let process = edge.process < 0 ? "NULL" : literal(Self.processURN(Int(edge.process)))
                let method = edge.process < 0 ? "oracle_dependency" : edge.process % 10 < 7 ? "sql_parse" : "openlineage"
                let confidence = edge.process < 0 ? "1.0" : "0.9\(index % 10)"
                let validFrom = start + Int64(index % 365) * day
                let validTo = edge.closed ? String(validFrom + 30 * day) : "NULL"
                if index > batch { statement += ", " }
                statement += "(\(literal(datasetURNs[Int(edge.source)])), \(process), \(literal(datasetURNs[Int(edge.target)])), "
                statement += "'data_flow', '\(method)', \(confidence), '{\"statement\":\(index % 7),\"span\":[\(index % 900),\(index % 900 + 240)]}', '{}', "
                statement += "\(validFrom), \(validTo), \(validFrom), 'bench-\(index)', NULL)"
            }
            try await database.execute(statement)
        }
    }

    private func literal(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "'")) else { return "'" + text + "'" }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
