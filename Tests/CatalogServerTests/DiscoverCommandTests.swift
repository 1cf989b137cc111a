import CatalogModel
import CatalogServices
import Foundation
import Logging
import Testing

/// `torro discover NAME` as a user runs it: the built binary, against the configured database, no server.
@Suite("torro discover")
struct DiscoverCommandTests {
    private let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("torro")

    private func run(_ arguments: [String], dataDirectory: String) throws -> (status: Int32, output: String, errors: String) {
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the torro executable first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["discover"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TORRO_DATA_DIR"] = dataDirectory
        environment["TORRO_DATABASE_URL"] = nil
        environment["TORRO_LOG_LEVEL"] = "error"
        process.environment = environment
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    @Test("discovers a saved connection with plain progress lines, then says what it found; unknown names exit 64")
    func discover() async throws {
        let data = try DiscoveryFolder()
        defer { data.delete() }
        try data.writeLake()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("torro-cli-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var logger = Logger(label: "torro.test")
        logger.logLevel = .critical
        let services = try await CatalogServices.open(databaseURL: nil, dataDirectory: directory, secretKey: nil, logger: logger)
        _ = try await services.connections.create(ConnectionInput(name: "lake", connectorType: "local_files", config: ["path": .string(data.path)]))
        try await services.database.shutdown()

        let result = try run(["lake"], dataDirectory: directory)
        #expect(result.status == 0, "\(result.errors)")
        #expect(!result.output.contains("\u{1B}["), "no terminal codes when the output is not a terminal")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("reading: ") || $0.hasPrefix("listing: ") || $0.hasPrefix("writing: ") })
        let summary = try #require(lines.first { $0.hasPrefix("discovery run 1 succeeded") })
        #expect(summary.contains("7 objects listed, 5 read"))

        let again = try run(["lake"], dataDirectory: directory)
        #expect(again.status == 0)
        #expect(again.output.contains("0 read, 5 unchanged"))

        let unknown = try run(["nope"], dataDirectory: directory)
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("connection 'nope' not found"))
    }
}
