import ArgumentParser
import CatalogServer
import CatalogServices
import Logging

/// `torro serve`: the REST API on the configured database, until SIGTERM or SIGINT.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the Torro server.")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("host"), help: "Address to listen on. [env: TORRO_HOST] (default: 127.0.0.1)")
    var hostFlag: String?

    @Option(name: .customLong("port"), help: "Port to listen on. [env: TORRO_PORT] (default: 8099)")
    var portFlag: Int?

    @Option(name: .customLong("max-body-bytes"), help: "Largest request body accepted. [env: TORRO_MAX_BODY_BYTES] (default: 10485760)")
    var bodyLimitFlag: Int?

    var host: String { hostFlag ?? Environment.value("TORRO_HOST") ?? "127.0.0.1" }

    func port() throws -> Int {
        if let portFlag { return portFlag }
        guard let text = Environment.value("TORRO_PORT") else { return 8099 }
        guard let port = Int(text) else { throw ValidationError("TORRO_PORT must be a number, not '\(text)'") }
        return port
    }

    func bodyLimit() throws -> Int {
        if let bodyLimitFlag { return bodyLimitFlag }
        guard let text = Environment.value("TORRO_MAX_BODY_BYTES") else { return 10 * 1024 * 1024 }
        guard let limit = Int(text), limit > 0 else { throw ValidationError("TORRO_MAX_BODY_BYTES must be a positive number") }
        return limit
    }

    func validate() throws {
        guard (0...65535).contains(try port()) else { throw ValidationError("--port must be between 0 (any free port) and 65535") }
        guard try bodyLimit() > 0 else { throw ValidationError("--max-body-bytes must be positive") }
    }

    func run() async throws {
        try await ExitCodes.reporting(serve)
    }

    private func serve() async throws {
        let logger = makeLogger(label: "torro", level: store.logLevel)
        let services = try await CatalogServices.open(
            databaseURL: store.databaseURL, dataDirectory: store.dataDirectory, secretKey: store.secretKey, logger: logger)
        let configuration = ServerConfiguration(host: host, port: try port(), bodyLimit: try bodyLimit())
        let warmUp = Task {
            do {
                try await services.lineage.warmUp()
            } catch {
                logger.warning("the lineage index could not be loaded ahead; the first graph request will load it",
                               metadata: ["error": "\(error)"])
            }
        }
        defer { warmUp.cancel() }
        let scheduler = Task { await services.scheduler.run() }
        defer { scheduler.cancel() }
        logger.info("starting", metadata: ["database": "\(services.database.location)", "address": "\(host):\(configuration.port)"])
        do {
            try await runServer(services: services, configuration: configuration, logger: logger)
        } catch {
            try await services.database.shutdown()
            throw error
        }
        try await services.database.shutdown()
        logger.info("stopped")
    }
}

/// A logger at the given level.
func makeLogger(label: String, level: String) -> Logger {
    var logger = Logger(label: label)
    logger.logLevel = Logger.Level(rawValue: level.lowercased()) ?? .info
    return logger
}
