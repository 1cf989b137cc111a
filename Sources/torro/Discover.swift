import ArgumentParser
import CatalogModel
import CatalogServices
import Foundation

/// `torro discover NAME`: runs a connection's discovery against the configured database, without a server.
struct Discover: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Discover a connection's assets now.",
        discussion: """
            Runs discovery of the named connection in this process, against the configured database, and shows its \
            progress: a progress bar in a terminal, one line per update otherwise (logs, Airflow). Exits 0 when the run \
            succeeded, 1 when it failed or was cancelled, 64 for an unknown connection or one already being discovered.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The connection's name.")
    var name: String

    @Flag(help: "Print plain progress lines even in a terminal.")
    var plain = false

    func run() async throws {
        try await ExitCodes.reporting(discover)
    }

    private func discover() async throws {
        // The progress display says what the log would; log only warnings unless a level was asked for.
        let explicitLevel = store.logLevelFlag != nil || Environment.value("TORRO_LOG_LEVEL") != nil
        let logger = makeLogger(label: "torro", level: explicitLevel ? store.logLevel : "warning")
        let services = try await CatalogServices.open(
            databaseURL: store.databaseURL, dataDirectory: store.dataDirectory, secretKey: store.secretKey, logger: logger)
        let display = ProgressDisplay(terminal: !plain && isatty(STDOUT_FILENO) == 1)
        let run: DiscoveryRun
        do {
            run = try await services.discovery.runNow(connectionName: name) { display.show($0) }
        } catch {
            try await services.database.shutdown()
            throw error
        }
        try await services.database.shutdown()
        display.finish(run)
        if run.status != .succeeded { throw ExitCode.failure }
    }
}
