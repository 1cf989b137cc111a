import CatalogModel
import Foundation
import SQLKit

/// The lineage failure store on SQLite or PostgreSQL.
public struct SQLLineageFailureStore: LineageFailureStore {
    let database: CatalogDatabase

    public init(database: CatalogDatabase) {
        self.database = database
    }

    public func record(_ failures: [LineageFailureInput], at time: Date) async throws {
        guard !failures.isEmpty else { return }
        let now = Stored.micros(time)
        try await database.transaction { sql in
            for failure in failures {
                try await sql.raw("""
                    INSERT INTO lineage_sql_failures (connection_id, process_urn, dialect, statement_excerpt, line_number,
                    column_number, message, failure_key, first_seen_at, last_seen_at)
                    VALUES (\(bind: failure.connectionID), \(bind: failure.processURN?.rawValue), \(bind: failure.dialect),
                    \(bind: failure.statement), \(bind: Int64(failure.line)), \(bind: Int64(failure.column)), \(bind: failure.message),
                    \(bind: failure.key), \(bind: now), \(bind: now))
                    ON CONFLICT (failure_key) DO UPDATE SET process_urn = excluded.process_urn,
                    line_number = excluded.line_number, column_number = excluded.column_number,
                    last_seen_at = excluded.last_seen_at
                    """).run()
            }
        }
    }

    public func failures(connectionID: Int64?, limit: Int, offset: Int) async throws -> Page<LineageFailure> {
        let condition: SQLQueryString = connectionID.map { " WHERE connection_id = \(bind: $0)" } ?? ""
        let rows = try await database.sql.raw("""
            SELECT id, connection_id, process_urn, dialect, statement_excerpt, line_number, column_number, message,
            first_seen_at, last_seen_at FROM lineage_sql_failures
            """ + condition + " ORDER BY last_seen_at DESC, id DESC LIMIT \(bind: Int64(limit)) OFFSET \(bind: Int64(offset))").all()
        let items = try rows.map { row in
            LineageFailure(
                id: try row.decode(column: "id", as: Int64.self),
                connectionID: try row.decode(column: "connection_id", as: Int64?.self),
                processURN: try row.decode(column: "process_urn", as: String?.self).map(URN.init(trusted:)),
                dialect: try row.decode(column: "dialect", as: String.self),
                statement: try row.decode(column: "statement_excerpt", as: String.self),
                line: Int(try row.decode(column: "line_number", as: Int64.self)),
                column: Int(try row.decode(column: "column_number", as: Int64.self)),
                message: try row.decode(column: "message", as: String.self),
                firstSeenAt: try row.date("first_seen_at"),
                lastSeenAt: try row.date("last_seen_at"))
        }
        let total = try await database.sql.raw("SELECT COUNT(*) AS n FROM lineage_sql_failures" + condition).first()?
            .decode(column: "n", as: Int64.self) ?? 0
        return Page(items: items, total: Int(total), nextCursor: nil)
    }
}
