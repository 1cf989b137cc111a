import CatalogModel
import CatalogStore
import Connectors
import Foundation
import Logging
import SQLLineage
import SQLSyntax

/// Use cases of lineage read out of SQL: analysis (with the catalog as schema and namer of tables when a
/// connection is given), storing it as processes and edges, and the statements that could not be read.
public struct SQLLineageService: Sendable {
    let lineage: any LineageStore
    let failureStore: any LineageFailureStore
    let assets: any AssetStore
    let connections: any ConnectionStore
    let registry: ConnectorRegistry
    let logger: Logger

    /// The dialects the engine reads, by name.
    public static var dialects: [String] { Dialect.all.keys.sorted() }

    public init(lineage: any LineageStore, failures: any LineageFailureStore, assets: any AssetStore,
                connections: any ConnectionStore, registry: ConnectorRegistry, logger: Logger) {
        self.lineage = lineage
        self.failureStore = failures
        self.assets = assets
        self.connections = connections
        self.registry = registry
        self.logger = logger
    }

    /// The lineage of `request.sql`; with `persist`, also stored. Every input error is found before anything is written.
    public func analyze(_ request: SQLLineageRequest, actor: String?) async throws -> SQLLineageResponse {
        guard !request.sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CatalogError.invalid("sql", "must not be empty")
        }
        let target = try await connectionAndAddress(request.connectionID)
        let dialectName = request.dialect ?? target?.address.dialect ?? SQLLineageRequest.defaultDialect
        guard let dialect = Dialect.all[dialectName.lowercased()] else {
            throw CatalogError.invalid("dialect", "'\(dialectName)' is not a known dialect (known: \(Self.dialects.joined(separator: ", ")))")
        }
        if request.persist, target == nil {
            throw CatalogError.invalid("connection_id", "is required when persist is true: the tables are named by that connection's datasets")
        }
        let defaultSchema = request.defaultSchema.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        let parsed = Parser.parse(request.sql, dialect: dialect)
        var options = LineageOptions(dialect: dialect, defaultSchema: defaultSchema)
        var script = LineageAnalyzer.analyze(parsed, options: options)
        var response = SQLLineageResponse(lineage: script.jsonValue.objectValue ?? [:])
        guard let target else { return response }

        // The names the SQL uses tell which assets to read; with their columns known, analyze again.
        let tables = CatalogTables(connectionID: target.connection.id, address: target.address, assets: assets)
        var entries = try await tables.resolve(script.tableNames)
        let schema = CatalogSchema(entries.compactMapValues(\.columns))
        if !schema.isEmpty {
            options.schema = schema
            script = LineageAnalyzer.analyze(parsed, options: options)
            let missing = script.tableNames.subtracting(entries.keys)
            if !missing.isEmpty { entries.merge(try await tables.resolve(missing)) { known, _ in known } }
            response.lineage = script.jsonValue.objectValue ?? [:]
        }
        let urns = entries.mapValues(\.urn)
        response.urns = Dictionary(urns.map { ($0.key.description, $0.value) }, uniquingKeysWith: { first, _ in first })
        guard request.persist else { return response }

        let plan = try SQLLineagePlan(script, sql: request.sql, context: .init(
            connection: target.connection, dialect: dialect, processURN: request.processURN, urns: urns, actor: actor))
        var results: [IngestResult] = []
        for ingest in plan.ingests {
            results.append(try await lineage.ingest(ingest))
        }
        try await failureStore.record(plan.failures, at: Date())
        response.persisted = .init(processes: results, failures: plan.failures.count)
        logger.info("sql lineage stored", metadata: [
            "connection.id": "\(target.connection.id)", "lineage.processes": "\(results.count)",
            "lineage.opened": "\(results.reduce(0) { $0 + $1.opened.count })", "lineage.failures": "\(plan.failures.count)",
        ])
        return response
    }

    /// One page of failures, last seen first.
    public func failures(_ request: LineageFailureListRequest) async throws -> Page<LineageFailure> {
        var page = try await failureStore.failures(connectionID: request.connectionID, limit: request.limit, offset: request.offset)
        page.nextCursor = Cursor.next(offset: request.offset, count: page.items.count, limit: request.limit, total: page.total)
        return page
    }

    /// The connection named by the request and where its tables live; nil when none is named.
    private func connectionAndAddress(_ id: Int64?) async throws -> (connection: Connection, address: DatasetAddress)? {
        guard let id else { return nil }
        guard let connection = try await connections.connection(id: id) else { throw CatalogError.notFound("connection", String(id)) }
        guard let address = try registry.spec(for: connection.connectorType).datasetAddress(for: connection.config) else {
            throw CatalogError.invalid("connection_id", "connection \(id) is a \(connection.connectorType) connection, which runs no SQL "
                + "(or its config names no host); use an oracle_db or postgres connection")
        }
        return (connection, address)
    }
}
