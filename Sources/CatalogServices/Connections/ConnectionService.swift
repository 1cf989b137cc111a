import CatalogModel
import CatalogStore
import Connectors
import Logging

/// Use cases of connections: validated by their connector, secrets sealed at rest and masked on the way out.
public struct ConnectionService: Sendable {
    /// What every secret value looks like in a response.
    public static let mask = "********"

    let store: any ConnectionStore
    let registry: ConnectorRegistry
    let secrets: SecretBox
    let logger: Logger

    public init(store: any ConnectionStore, registry: ConnectorRegistry, secrets: SecretBox, logger: Logger) {
        self.store = store
        self.registry = registry
        self.secrets = secrets
        self.logger = logger
    }

    public func create(_ input: ConnectionInput) async throws -> Connection {
        try validate(input)
        let stored = try await store.create(try sealed(input))
        logger.info("connection created", metadata: ["connection.id": "\(stored.id)", "connection.type": "\(stored.connectorType)"])
        return masked(stored)
    }

    public func list() async throws -> [Connection] {
        try await store.list().map(masked)
    }

    public func get(id: Int64) async throws -> Connection {
        masked(try await existing(id))
    }

    /// Replaces a connection; a secret sent back as the mask keeps its stored value.
    public func update(id: Int64, _ input: ConnectionInput) async throws -> Connection {
        let previous = try await existing(id)
        var merged = input
        for (key, value) in input.config where value == .string(Self.mask) {
            merged.config[key] = try previous.config[key].map { try plainValue($0) } ?? .null
        }
        try validate(merged)
        return masked(try await store.update(id: id, try sealed(merged)))
    }

    public func delete(id: Int64) async throws {
        try await store.delete(id: id)
        logger.info("connection deleted", metadata: ["connection.id": "\(id)"])
    }

    /// Validates and tests a config that is not saved.
    public func testConfig(_ input: ConnectionInput) async throws -> ConnectionTestResult {
        try validate(input)
        return try await registry.spec(for: input.connectorType).test(input.config)
    }

    /// Tests a saved connection with its decrypted config.
    public func test(id: Int64) async throws -> ConnectionTestResult {
        let connection = try await unsealed(id: id)
        return try await registry.spec(for: connection.connectorType).test(connection.config)
    }

    /// The connection with this name, masked.
    public func get(name: String) async throws -> Connection {
        guard let connection = try await store.connection(name: name) else { throw CatalogError.notFound("connection", name) }
        return masked(connection)
    }

    /// A saved connection with its secrets decrypted, for the code that connects; never returned to a client.
    func unsealed(id: Int64) async throws -> Connection {
        var connection = try await existing(id)
        for (key, value) in connection.config { connection.config[key] = try plainValue(value) }
        return connection
    }

    private func existing(_ id: Int64) async throws -> Connection {
        guard let connection = try await store.connection(id: id) else { throw CatalogError.notFound("connection", String(id)) }
        return connection
    }

    private func validate(_ input: ConnectionInput) throws {
        guard !input.name.trimmingCharacters(in: .whitespaces).isEmpty else { throw CatalogError.invalid("name", "must not be empty") }
        guard input.name.count <= 200 else { throw CatalogError.invalid("name", "must be at most 200 characters") }
        try registry.spec(for: input.connectorType).validate(input.config)
        if let schedule = input.schedule, !schedule.trimmingCharacters(in: .whitespaces).isEmpty {
            _ = try CronSchedule(parsing: schedule)
        }
    }

    private func sealed(_ input: ConnectionInput) throws -> ConnectionInput {
        var result = input
        for (key, value) in input.config where registry.isSecret(key, connector: input.connectorType) {
            if case .string(let text) = value, !text.isEmpty {
                result.config[key] = .string(try secrets.seal(text))
            }
        }
        return result
    }

    private func plainValue(_ value: JSONValue) throws -> JSONValue {
        if case .string(let text) = value, SecretBox.isSealed(text) { return .string(try secrets.open(text)) }
        return value
    }

    private func masked(_ connection: Connection) -> Connection {
        var result = connection
        for (key, value) in connection.config where registry.isSecret(key, connector: connection.connectorType) {
            if value != .null { result.config[key] = .string(Self.mask) }
        }
        return result
    }
}
