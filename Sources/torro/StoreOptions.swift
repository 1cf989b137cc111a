import ArgumentParser
import Foundation
import Logging

/// Where the catalog lives; each flag falls back to its environment variable, then to the default.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Data directory for the embedded SQLite database and the key file. [env: TORRO_DATA_DIR] (default: ./torro-data)")
    var dataDirectoryFlag: String?

    @Option(name: .customLong("database-url"), help: "PostgreSQL URL (postgres://user:pass@host:5432/db); SQLite in the data directory when unset. [env: TORRO_DATABASE_URL]")
    var databaseURLFlag: String?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical. [env: TORRO_LOG_LEVEL] (default: info)")
    var logLevelFlag: String?

    var dataDirectory: String { dataDirectoryFlag ?? Environment.value("TORRO_DATA_DIR") ?? "./torro-data" }
    var databaseURL: String? { databaseURLFlag ?? Environment.value("TORRO_DATABASE_URL") }
    var secretKey: String? { Environment.value("TORRO_SECRET_KEY") }
    var logLevel: String { logLevelFlag ?? Environment.value("TORRO_LOG_LEVEL") ?? "info" }

    func validate() throws {
        guard Logger.Level(rawValue: logLevel.lowercased()) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical")
        }
    }
}

/// Reads environment variables, treating empty ones as unset.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
