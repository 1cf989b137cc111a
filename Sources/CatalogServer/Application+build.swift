import CatalogServices
import Hummingbird
import Logging

/// How the server listens and how much it accepts.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Largest request body accepted, in bytes (413 beyond it).
    public var bodyLimit: Int

    public init(host: String = "127.0.0.1", port: Int = 8099, bodyLimit: Int = 10 * 1024 * 1024) {
        self.host = host
        self.port = port
        self.bodyLimit = bodyLimit
    }
}

/// Every route of the API, behind the error and authorization middleware.
public func buildRouter(services: CatalogServices, configuration: ServerConfiguration = .init()) -> Router<TorroRequestContext> {
    let router = Router(context: TorroRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: AuthorizationMiddleware())
    let api = router.group("api")
    HealthController(services: services).addRoutes(to: api.group("health"))
    ConnectionController(services: services, bodyLimit: configuration.bodyLimit).addRoutes(to: api.group("connections"))
    AssetController(services: services, bodyLimit: configuration.bodyLimit).addRoutes(to: api.group("assets"))
    LineageController(services: services, bodyLimit: configuration.bodyLimit).addRoutes(to: api.group("lineage"))
    SQLLineageController(services: services, bodyLimit: configuration.bodyLimit).addRoutes(to: api.group("lineage/sql"))
    DiscoveryController(services: services).addRoutes(to: api)
    OpenAPIController().addRoutes(to: api)
    return router
}

/// The Torro HTTP application over the given services.
public func buildApplication(services: CatalogServices, configuration: ServerConfiguration,
                             logger: Logger) -> some ApplicationProtocol {
    Application(
        router: buildRouter(services: services, configuration: configuration),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "torro"),
        logger: logger)
}

/// Runs the server until SIGTERM or SIGINT, then returns after in-flight requests finish.
public func runServer(services: CatalogServices, configuration: ServerConfiguration, logger: Logger) async throws {
    try await buildApplication(services: services, configuration: configuration, logger: logger).runService()
}
