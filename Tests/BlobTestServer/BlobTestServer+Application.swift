import Hummingbird
import Logging

extension BlobTestServer {
    /// The Hummingbird application serving `state`; `onListening` gets the bound port once it accepts connections.
    static func buildApplication(
        configuration: BlobServerConfiguration, state: BlobServerState, logger: Logger,
        onListening: @escaping @Sendable (Int) async -> Void
    ) -> some ApplicationProtocol {
        Application(
            responder: BlobResponder(state: state),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }

    /// The application the `torro-blob-server` executable runs until it is stopped.
    public static func buildApplication(
        configuration: BlobServerConfiguration, onListening: @escaping @Sendable (Int) async -> Void
    ) throws -> some ApplicationProtocol {
        var logger = Logger(label: "torro-blob-server")
        logger.logLevel = .warning
        return buildApplication(configuration: configuration, state: try BlobServerState(configuration), logger: logger, onListening: onListening)
    }
}
