import CatalogModel
import Foundation
import SQLKit

/// The discovery store on SQLite or PostgreSQL.
public struct SQLDiscoveryStore: DiscoveryStore {
    let database: CatalogDatabase
    /// Warnings kept per run; the count in the progress goes on beyond it.
    public static let warningLimit = 500

    public init(database: CatalogDatabase) {
        self.database = database
    }

    static let columns = """
        id, connection_id, trigger_kind, status, progress, warnings, error, worker, cancel_requested,
        queued_at, started_at, finished_at, heartbeat_at
        """

    public func queue(connectionID: Int64, trigger: DiscoveryTrigger, staleAfter: TimeInterval) async throws -> DiscoveryRun {
        let now = Date()
        let id: Int64
        do {
            id = try await insertQueued(connectionID: connectionID, trigger: trigger, staleAfter: staleAfter, now: now)
        } catch where !(error is CatalogError) {
            // Two starts raced past the check; the unique index let one win. Name the winner.
            let queued = try await runs(DiscoveryRunQuery(connectionID: connectionID, status: .queued, limit: 1)).items
            let running = try await runs(DiscoveryRunQuery(connectionID: connectionID, status: .running, limit: 1)).items
            guard let active = queued.first ?? running.first else { throw error }
            throw Self.busy(active)
        }
        return try await existing(id)
    }

    private func insertQueued(connectionID: Int64, trigger: DiscoveryTrigger, staleAfter: TimeInterval, now: Date) async throws -> Int64 {
        try await database.transaction { sql in
            guard try await sql.raw("SELECT id FROM connections WHERE id = \(bind: connectionID)").first() != nil else {
                throw CatalogError.notFound("connection", String(connectionID))
            }
            try await Self.failStale(connectionID: connectionID, before: now.addingTimeInterval(-staleAfter), in: sql)
            if let active = try await sql.raw("""
                SELECT \(unsafeRaw: Self.columns) FROM discovery_runs
                WHERE connection_id = \(bind: connectionID) AND status IN ('queued', 'running')
                """).first().map(Self.decode) {
                throw Self.busy(active)
            }
            let row = try await sql.raw("""
                INSERT INTO discovery_runs (connection_id, trigger_kind, status, progress, queued_at)
                VALUES (\(bind: connectionID), \(bind: trigger.rawValue), 'queued', \(bind: Self.text(DiscoveryProgress())),
                \(bind: Stored.micros(now))) RETURNING id
                """).first()
            return try row?.decode(column: "id", as: Int64.self) ?? 0
        }
    }

    /// The conflict of a second start, naming the active run.
    static func busy(_ active: DiscoveryRun) -> CatalogError {
        CatalogError(code: .conflict, message: "connection \(active.connectionID) already has discovery run \(active.id) \(active.status.rawValue); wait for it to finish or cancel it with POST /api/discovery/runs/\(active.id)/cancel")
    }

    private static func failStale(connectionID: Int64, before: Date, in sql: any SQLDatabase) async throws {
        try await sql.raw("""
            UPDATE discovery_runs SET status = 'failed', finished_at = \(bind: Stored.micros(Date())),
            error = 'the worker running this discovery stopped reporting (it was restarted or crashed); nothing was removed'
            WHERE connection_id = \(bind: connectionID) AND ((status = 'running' AND heartbeat_at < \(bind: Stored.micros(before)))
            OR (status = 'queued' AND queued_at < \(bind: Stored.micros(before))))
            """).run()
    }

    public func start(id: Int64, worker: String) async throws -> DiscoveryRun? {
        let now = Stored.micros(Date())
        let rows = try await database.sql.raw("""
            UPDATE discovery_runs SET status = 'running', worker = \(bind: worker), started_at = \(bind: now),
            heartbeat_at = \(bind: now) WHERE id = \(bind: id) AND status = 'queued' RETURNING id
            """).all()
        return rows.isEmpty ? nil : try await existing(id)
    }

    public func report(id: Int64, progress: DiscoveryProgress, warnings: [String]) async throws -> Bool {
        let row = try await database.sql.raw("""
            UPDATE discovery_runs SET progress = \(bind: Self.text(progress)),
            warnings = \(bind: Self.text(Array(warnings.prefix(Self.warningLimit)))), heartbeat_at = \(bind: Stored.micros(Date()))
            WHERE id = \(bind: id) RETURNING cancel_requested
            """).first()
        return try (row?.decode(column: "cancel_requested", as: Int64.self) ?? 0) != 0
    }

    public func finish(id: Int64, status: DiscoveryStatus, progress: DiscoveryProgress, warnings: [String],
                       error: String?) async throws -> DiscoveryRun {
        let now = Stored.micros(Date())
        try await database.sql.raw("""
            UPDATE discovery_runs SET status = \(bind: status.rawValue), progress = \(bind: Self.text(progress)),
            warnings = \(bind: Self.text(Array(warnings.prefix(Self.warningLimit)))), error = \(bind: error),
            finished_at = \(bind: now), heartbeat_at = \(bind: now) WHERE id = \(bind: id)
            """).run()
        return try await existing(id)
    }

    public func cancel(id: Int64) async throws -> DiscoveryRun {
        let now = Stored.micros(Date())
        try await database.transaction { sql in
            guard let run = try await sql.raw("SELECT \(unsafeRaw: Self.columns) FROM discovery_runs WHERE id = \(bind: id)")
                .first().map(Self.decode) else { throw CatalogError.notFound("discovery run", String(id)) }
            switch run.status {
            case .queued:
                try await sql.raw("""
                    UPDATE discovery_runs SET status = 'cancelled', cancel_requested = 1, finished_at = \(bind: now),
                    error = 'cancelled before it started' WHERE id = \(bind: id)
                    """).run()
            case .running:
                try await sql.raw("UPDATE discovery_runs SET cancel_requested = 1 WHERE id = \(bind: id)").run()
            case .succeeded, .failed, .cancelled:
                throw CatalogError(code: .conflict, message: "discovery run \(id) already ended (\(run.status.rawValue)); there is nothing to cancel")
            }
        }
        return try await existing(id)
    }

    public func run(id: Int64) async throws -> DiscoveryRun? {
        try await database.sql.raw("SELECT \(unsafeRaw: Self.columns) FROM discovery_runs WHERE id = \(bind: id)").first().map(Self.decode)
    }

    public func runs(_ query: DiscoveryRunQuery) async throws -> Page<DiscoveryRun> {
        var conditions: [SQLQueryString] = []
        if let id = query.connectionID { conditions.append("connection_id = \(bind: id)") }
        if let status = query.status { conditions.append("status = \(bind: status.rawValue)") }
        var filter = SQLQueryString("")
        for (index, condition) in conditions.enumerated() {
            filter += index == 0 ? " WHERE " : " AND "
            filter += condition
        }
        let rows = try await database.sql.raw("SELECT \(unsafeRaw: Self.columns) FROM discovery_runs" + filter
            + " ORDER BY id DESC LIMIT \(bind: Int64(query.limit)) OFFSET \(bind: Int64(query.offset))").all()
        let total = try await database.sql.raw("SELECT COUNT(*) AS n FROM discovery_runs" + filter).first()?
            .decode(column: "n", as: Int64.self) ?? 0
        return Page(items: try rows.map(Self.decode), total: Int(total), nextCursor: nil)
    }

    public func latestRuns() async throws -> [Int64: DiscoveryRun] {
        let rows = try await database.sql.raw("""
            SELECT \(unsafeRaw: Self.columns) FROM discovery_runs
            WHERE id IN (SELECT MAX(id) FROM discovery_runs GROUP BY connection_id)
            """).all()
        return Dictionary(try rows.map(Self.decode).map { ($0.connectionID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    private func existing(_ id: Int64) async throws -> DiscoveryRun {
        guard let run = try await run(id: id) else { throw CatalogError.notFound("discovery run", String(id)) }
        return run
    }

    static func text<T: Encodable>(_ value: T) -> String {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ row: any SQLRow) throws -> DiscoveryRun {
        DiscoveryRun(
            id: try row.decode(column: "id", as: Int64.self),
            connectionID: try row.decode(column: "connection_id", as: Int64.self),
            trigger: DiscoveryTrigger(rawValue: try row.decode(column: "trigger_kind", as: String.self)) ?? .api,
            status: DiscoveryStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .failed,
            progress: try row.json("progress", as: DiscoveryProgress.self),
            warnings: try row.json("warnings", as: [String].self),
            error: try row.decode(column: "error", as: String?.self),
            worker: try row.decode(column: "worker", as: String?.self),
            cancelRequested: try row.decode(column: "cancel_requested", as: Int64.self) != 0,
            queuedAt: try row.date("queued_at"),
            startedAt: try row.optionalDate("started_at"),
            finishedAt: try row.optionalDate("finished_at"),
            heartbeatAt: try row.optionalDate("heartbeat_at"))
    }
}
