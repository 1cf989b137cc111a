import CatalogServer
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

@Suite("Live server")
struct LiveServerTests {
    @Test("the seed process payload through a real HTTP server")
    func live() async throws {
        try await withTestDatabase(.sqlite) { database, folder in
            let app = Application(router: buildRouter(services: try makeServices(database, folder: folder)))
            try await app.test(.live) { client in
                try await client.execute(uri: "/api/lineage/process", method: .post, headers: jsonHeaders,
                                         body: json(LineageAPITests.process)) { #expect($0.status == .created) }
                try await client.execute(uri: "/api/lineage/graph?urn=\(LineageAPITests.output)", method: .get) { response in
                    #expect(LineageAPITests.edges(response).count == 1)
                }
            }
        }
    }

    @Test("torro migrate and torro serve: SQLite created in WAL mode, SIGTERM stops it cleanly")
    func binary() async throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("torro")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the torro executable first (swift build)")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("torro-live-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: data) }

        let migrate = try run(binary, ["migrate", "--data-dir", data.path])
        #expect(migrate.status == 0)
        #expect(migrate.output.contains("applied 0001 create catalog"))
        #expect(try run(binary, ["migrate", "--data-dir", data.path]).output.contains("no migrations applied"))

        let server = Process()
        server.executableURL = binary
        server.arguments = ["serve", "--port", "0"]
        server.environment = ProcessInfo.processInfo.environment.merging(["TORRO_DATA_DIR": data.path]) { _, new in new }
        let pipe = Pipe()
        server.standardOutput = pipe
        server.standardError = pipe
        try server.run()
        defer { if server.isRunning { server.terminate() } }
        let port = try #require(try await listeningPort(pipe))

        let (body, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/api/health")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("\"version\""))
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("torro.sqlite-wal").path))

        kill(server.processIdentifier, SIGTERM)
        for _ in 0..<100 where server.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!server.isRunning)
        #expect(server.terminationStatus == 0)
    }

    private func run(_ binary: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Reads the server's log until it says where it listens.
    private func listeningPort(_ pipe: Pipe) async throws -> Int? {
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { try await Task.sleep(for: .milliseconds(50)); continue }
            text += String(decoding: chunk, as: UTF8.self)
            if let range = text.range(of: "listening on 127.0.0.1:") {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let port = Int(digits), !digits.isEmpty { return port }
            }
        }
        return nil
    }
}
