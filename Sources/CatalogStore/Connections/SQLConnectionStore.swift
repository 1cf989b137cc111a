import CatalogModel
import Foundation
import SQLKit

/// The connection store on SQLite or PostgreSQL.
public struct SQLConnectionStore: ConnectionStore {
    let database: CatalogDatabase

    public init(database: CatalogDatabase) {
        self.database = database
    }

    private static let columns = "id, name, connector_type, connection_type, config, status, schedule, created_at, updated_at"

    public func create(_ input: ConnectionInput) async throws -> Connection {
        let now = Stored.micros(Date())
        let config = JSONWriter.text(.object(input.config))
        let id = try await uniqueName(input.name) { try await database.transaction { sql in
            try await Self.requireFreeName(input.name, except: nil, in: sql)
            let row = try await sql.raw("""
                INSERT INTO connections (name, connector_type, connection_type, config, status, schedule, created_at, updated_at)
                VALUES (\(bind: input.name), \(bind: input.connectorType), \(bind: input.connectionType), \(bind: config),
                'active', \(bind: input.schedule), \(bind: now), \(bind: now)) RETURNING id
                """).first()
            return try row?.decode(column: "id", as: Int64.self) ?? 0
        } }
        return try await existing(id)
    }

    public func list() async throws -> [Connection] {
        try await database.sql.raw("SELECT \(unsafeRaw: Self.columns) FROM connections ORDER BY name, id").all().map(Self.decode)
    }

    public func connection(id: Int64) async throws -> Connection? {
        try await database.sql.raw("SELECT \(unsafeRaw: Self.columns) FROM connections WHERE id = \(bind: id)").first().map(Self.decode)
    }

    public func connection(name: String) async throws -> Connection? {
        try await database.sql.raw("SELECT \(unsafeRaw: Self.columns) FROM connections WHERE name = \(bind: name)").first().map(Self.decode)
    }

    public func update(id: Int64, _ input: ConnectionInput) async throws -> Connection {
        let config = JSONWriter.text(.object(input.config))
        try await uniqueName(input.name) { try await database.transaction { sql in
            guard try await sql.raw("SELECT id FROM connections WHERE id = \(bind: id)").first() != nil else {
                throw CatalogError.notFound("connection", String(id))
            }
            try await Self.requireFreeName(input.name, except: id, in: sql)
            try await sql.raw("""
                UPDATE connections SET name = \(bind: input.name), connector_type = \(bind: input.connectorType),
                connection_type = \(bind: input.connectionType), config = \(bind: config), schedule = \(bind: input.schedule),
                updated_at = \(bind: Stored.micros(Date())) WHERE id = \(bind: id)
                """).run()
        } }
        return try await existing(id)
    }

    public func delete(id: Int64) async throws {
        try await database.transaction { sql in
            guard try await sql.raw("SELECT id FROM connections WHERE id = \(bind: id)").first() != nil else {
                throw CatalogError.notFound("connection", String(id))
            }
            try await sql.raw("UPDATE assets SET connection_id = NULL WHERE connection_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM discovery_runs WHERE connection_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM connections WHERE id = \(bind: id)").run()
        }
    }

    /// Runs a write that may lose a race for a connection name: the unique index's error becomes a conflict.
    private func uniqueName<T>(_ name: String, _ write: () async throws -> T) async throws -> T {
        do {
            return try await write()
        } catch let error as CatalogError {
            throw error
        } catch {
            if try await connection(name: name) != nil {
                throw CatalogError(code: .conflict, message: "a connection named '\(name)' already exists")
            }
            throw error
        }
    }

    private func existing(_ id: Int64) async throws -> Connection {
        guard let connection = try await connection(id: id) else { throw CatalogError.notFound("connection", String(id)) }
        return connection
    }

    private static func requireFreeName(_ name: String, except id: Int64?, in sql: any SQLDatabase) async throws {
        if let row = try await sql.raw("SELECT id FROM connections WHERE name = \(bind: name)").first(),
           try row.decode(column: "id", as: Int64.self) != id {
            throw CatalogError(code: .conflict, message: "a connection named '\(name)' already exists")
        }
    }

    private static func decode(_ row: any SQLRow) throws -> Connection {
        Connection(
            id: try row.decode(column: "id", as: Int64.self),
            name: try row.decode(column: "name", as: String.self),
            connectorType: try row.decode(column: "connector_type", as: String.self),
            connectionType: try row.decode(column: "connection_type", as: String?.self),
            config: try row.object("config"),
            status: try row.decode(column: "status", as: String.self),
            schedule: try row.decode(column: "schedule", as: String?.self),
            createdAt: try row.date("created_at"),
            updatedAt: try row.date("updated_at"))
    }
}
