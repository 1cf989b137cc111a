import CatalogModel
import Foundation
import SQLKit

extension SQLDiscoveryStore {
    public func objectStates(connectionID: Int64) async throws -> [String: [String: DiscoveredObjectState]] {
        let rows = try await database.sql.raw("""
            SELECT container, object_key, etag, size, modified_at, state FROM discovery_objects
            WHERE connection_id = \(bind: connectionID)
            """).all()
        var states: [String: [String: DiscoveredObjectState]] = [:]
        for row in rows {
            let state = DiscoveredObjectState(
                container: try row.decode(column: "container", as: String.self),
                key: try row.decode(column: "object_key", as: String.self),
                etag: try row.decode(column: "etag", as: String?.self),
                size: try row.decode(column: "size", as: Int64.self),
                modifiedAt: try row.optionalDate("modified_at"),
                state: try row.decode(column: "state", as: String.self))
            states[state.container, default: [:]][state.key] = state
        }
        return states
    }

    public func saveObjectStates(connectionID: Int64, runID: Int64, _ states: [DiscoveredObjectState], replacing: Bool) async throws {
        let engine = database.engine
        try await database.transaction { sql in
            for chunk in states.chunked(into: engine.maxBinds / 8) {
                var query = SQLQueryString("""
                    INSERT INTO discovery_objects (connection_id, container, object_key, etag, size, modified_at, state, run_id) VALUES 
                    """)
                for (index, state) in chunk.enumerated() {
                    query += index == 0 ? "(" : ", ("
                    query += "\(bind: connectionID), \(bind: state.container), \(bind: state.key), \(bind: state.etag), "
                    query += "\(bind: state.size), \(bind: state.modifiedAt.map(Stored.micros)), \(bind: state.state), \(bind: runID))"
                }
                query += """
                     ON CONFLICT (connection_id, container, object_key) DO UPDATE SET etag = excluded.etag, size = excluded.size,
                    modified_at = excluded.modified_at, state = excluded.state, run_id = excluded.run_id
                    """
                try await sql.raw(query).run()
            }
            if replacing {
                try await sql.raw("""
                    DELETE FROM discovery_objects WHERE connection_id = \(bind: connectionID)
                    AND (run_id IS NULL OR run_id <> \(bind: runID))
                    """).run()
            }
        }
    }
}
