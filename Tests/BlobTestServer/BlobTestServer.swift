import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// An Azure Blob Storage compatible server for tests: in memory, path-style (`http://127.0.0.1:PORT/<account>/...`),
/// checking Shared Key, SAS and bearer tokens for real, with a fake Entra ID token endpoint, injectable faults and a
/// log of what clients sent.
///
/// ```swift
/// let server = try await BlobTestServer.start(accounts: [.devstoreaccount1])
/// defer { Task { try await server.shutdown() } }
/// server.put(account: "devstoreaccount1", container: "lineage", key: "sales/part-000.parquet", bytes: bytes)
/// let url = server.endpoint(account: "devstoreaccount1")
/// ```
public final class BlobTestServer: Sendable {
    /// The bound port.
    public let port: Int
    /// `http://127.0.0.1:PORT`.
    public let baseURL: String
    /// Faults to answer the next requests with.
    public var faults: FaultInjector { state.faults }

    let state: BlobServerState
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    private init(port: Int, host: String, state: BlobServerState, group: ServiceGroup, task: Task<Void, any Error>) {
        self.port = port
        self.baseURL = "http://\(host):\(port)"
        self.state = state
        self.group = group
        self.task = task
    }

    /// Starts a server on `port` (0: any free port) and returns once it accepts connections.
    public static func start(
        accounts: [BlobAccount] = [.devstoreaccount1], bearerTokens: Set<String> = [], principals: [BlobPrincipal] = [],
        tokenLifetime: Int = 3599, port: Int = 0
    ) async throws -> BlobTestServer {
        try await start(configuration: BlobServerConfiguration(
            port: port, accounts: accounts, bearerTokens: bearerTokens, principals: principals, tokenLifetime: tokenLifetime
        ))
    }

    /// Starts a server as `configuration` says and returns once it accepts connections.
    public static func start(configuration: BlobServerConfiguration) async throws -> BlobTestServer {
        let state = try BlobServerState(configuration)
        var logger = Logger(label: "blob-test-server")
        logger.logLevel = .warning
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = buildApplication(configuration: configuration, state: state, logger: logger) { port in
            continuation.yield(port)
            continuation.finish()
        }
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            // If the server cannot start (the port is taken), end the wait below so the error surfaces.
            defer { continuation.finish() }
            try await group.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw BlobTestServerError(message: "the blob test server stopped before it listened on \(configuration.host):\(configuration.port)")
        }
        return BlobTestServer(port: port, host: configuration.host, state: state, group: group, task: task)
    }

    /// Stops accepting connections, finishes requests in flight, and returns when the server has stopped.
    public func shutdown() async throws {
        await group.triggerGracefulShutdown()
        try await task.value
    }

    /// `http://127.0.0.1:PORT/<account>`: the account URL to give an Azure client, as for Azurite.
    public func endpoint(account: String) -> String {
        "\(baseURL)/\(account)"
    }

    /// The token endpoint's authority: clients post to `<authorityHost>/<tenant>/oauth2/v2.0/token`.
    public var authorityHost: String { baseURL }

    /// Every request received so far, oldest first.
    public var requests: [RecordedRequest] {
        state.log.withLock { $0 }
    }

    /// Forgets the requests received so far.
    public func clearRequests() {
        state.log.withLock { $0.removeAll() }
    }

    /// How many tokens the token endpoint has issued, to check that a client caches its token.
    public var tokensIssued: Int { state.tokens.issued }

    /// How many requests reached the token endpoint, successful or not.
    public var tokenRequests: Int {
        state.log.withLock { $0.filter { $0.method == "POST" && TokenEndpoint.tenant(inPath: $0.path) != nil }.count }
    }

    /// Makes every token the endpoint issued expired, so clients must fetch a new one.
    public func expireIssuedTokens() {
        state.tokens.expireIssued()
    }

    /// Accepts `token` from now on with `role`.
    public func acceptBearerToken(_ token: String, role: BlobRole = .contributor) {
        state.tokens.add(token, role: role)
    }
}
