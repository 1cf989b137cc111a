@preconcurrency import AsyncKit
import CatalogModel
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLKit
import SQLiteKit

/// The catalog's database: a pooled SQLite file or PostgreSQL server, with the engine's capabilities.
public final class CatalogDatabase: Sendable {
    /// The engine this database runs on.
    public let engine: SQLEngine
    /// A description safe to log and show (no password).
    public let location: String
    let sql: any SQLDatabase
    /// Queues write transactions where the engine has a single writer; nil where it does not.
    private let writeGate: WriteGate?
    private let close: @Sendable () async throws -> Void

    private init(engine: SQLEngine, location: String, sql: any SQLDatabase, close: @escaping @Sendable () async throws -> Void) {
        self.engine = engine
        self.location = location
        self.sql = sql
        self.writeGate = engine.singleWriter ? WriteGate() : nil
        self.close = close
    }

    /// Opens (creating if needed) the SQLite database file at `path`, in WAL mode.
    public static func sqlite(path: String, connectionsPerLoop: Int = 4, logger: Logger) throws -> CatalogDatabase {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw CatalogError(code: .unavailable, message: "cannot create the data directory \(directory.path)", cause: error)
        }
        let pool = EventLoopGroupConnectionPool(
            source: SQLiteSource(path: path), maxConnectionsPerEventLoop: connectionsPerLoop,
            requestTimeout: .seconds(30), pruneInterval: nil, logger: logger, on: MultiThreadedEventLoopGroup.singleton)
        let database = PooledSQLiteDatabase(pool: pool, logger: logger).sql(queryLogLevel: .trace)
        return CatalogDatabase(engine: .sqlite, location: "sqlite:\(path)", sql: database) {
            try await pool.shutdownAsync()
        }
    }

    /// Connects to PostgreSQL at a `postgres://` URL; `searchPath` puts the tables in a schema of their own.
    public static func postgres(url: String, searchPath: [String]? = nil, connectionsPerLoop: Int = 4,
                                logger: Logger) throws -> CatalogDatabase {
        var configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: url)
        } catch {
            throw CatalogError(code: .invalidInput, message: "database URL is not a valid postgres:// URL", cause: error)
        }
        configuration.searchPath = searchPath
        let pool = EventLoopGroupConnectionPool(
            source: PostgresConnectionSource(sqlConfiguration: configuration),
            maxConnectionsPerEventLoop: connectionsPerLoop, requestTimeout: .seconds(30), pruneInterval: nil,
            logger: logger, on: MultiThreadedEventLoopGroup.singleton)
        let database = pool.database(logger: logger).sql(queryLogLevel: .trace)
        let core = configuration.coreConfiguration
        let location = "postgres://\(core.host ?? "socket"):\(core.port ?? 5432)/\(core.database ?? "")"
        return CatalogDatabase(engine: .postgres, location: location, sql: database) {
            try await pool.shutdownAsync()
        }
    }

    /// Opens the database named by a URL (`postgres://`, `sqlite:` path) or, with none, SQLite in `dataDirectory`.
    public static func open(url: String?, dataDirectory: String, logger: Logger) throws -> CatalogDatabase {
        guard let url, !url.isEmpty else {
            return try sqlite(path: URL(fileURLWithPath: dataDirectory).appendingPathComponent("torro.sqlite").path, logger: logger)
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") || url.hasPrefix("postgres+") {
            let normalized = url.hasPrefix("postgresql://") ? "postgres://" + url.dropFirst("postgresql://".count) : url
            return try postgres(url: normalized, logger: logger)
        }
        if url.hasPrefix("sqlite:") {
            var path = String(url.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            return try sqlite(path: path, logger: logger)
        }
        throw CatalogError(code: .invalidInput, message: "database URL must start with postgres:// or sqlite:")
    }

    /// Closes every pooled connection.
    public func shutdown() async throws {
        try await close()
    }

    /// Runs `body` in one write transaction on one connection; any error rolls it back.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        guard let writeGate else { return try await session(body) }
        await writeGate.enter()
        do {
            let result = try await session(body)
            await writeGate.leave()
            return result
        } catch {
            await writeGate.leave()
            throw error
        }
    }

    private func session<T: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> T) async throws -> T {
        let begin = engine.beginWrite
        return try await sql.withSession { session in
            try await session.raw(SQLQueryString(begin)).run()
            do {
                let result = try await body(session)
                try await session.raw("COMMIT").run()
                return result
            } catch {
                try? await session.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Checks that the database answers a trivial query.
    public func ping() async throws {
        _ = try await sql.raw("SELECT 1 AS one").all()
    }
}

extension CatalogDatabase {
    /// Runs one statement of trusted SQL text (administration and tests; never user input).
    public func execute(_ statement: String) async throws {
        try await sql.raw(SQLQueryString(statement)).run()
    }

    /// Runs a trusted query and returns the first column of each row as text (administration and tests).
    public func strings(_ query: String) async throws -> [String?] {
        try await sql.raw(SQLQueryString(query)).all().map { row -> String? in
            guard let column = row.allColumns.first else { return nil }
            if let number = try? row.decode(column: column, as: Int64.self) { return String(number) }
            return try row.decode(column: column, as: String?.self)
        }
    }
}
