import CatalogModel
import Foundation
import Testing

@testable import Connectors

@Suite("Oracle client library")
struct OracleClientLibraryTests {
    @Test("the folders searched: instant_client_dir, then ORACLE_HOME, then the library path, each once")
    func folders() {
        let folders = OracleClientLibrary.folders(
            instantClientDir: "/opt/oracle/instantclient_23_5",
            environment: ["ORACLE_HOME": "/u01/app/oracle", OracleClientLibrary.pathVariable: "/usr/local/lib::/opt/oracle/instantclient_23_5"])
        #expect(folders == ["/opt/oracle/instantclient_23_5", "/u01/app/oracle/lib", "/u01/app/oracle", "/usr/local/lib"])
        #expect(OracleClientLibrary.folders(instantClientDir: nil, environment: [:]).isEmpty)
    }

    @Test("missing: the error says what to install and lists where Torro looked")
    func missing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-oracle-\(UUID().uuidString)").path
        #expect {
            try OracleClientLibrary.load(instantClientDir: folder, environment: [:])
        } throws: { error in
            let message = (error as? StorageError)?.message ?? ""
            return message.contains("Install Oracle Instant Client") && message.contains(folder) && message.contains("oracle_ddl")
        }
    }

    @Test("a file that is not a library is named with the loader's reason")
    func notALibrary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fake-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent(OracleClientLibrary.fileNames[0])
        try Data("not a shared object".utf8).write(to: fake)
        #expect {
            try OracleClientLibrary.load(instantClientDir: folder.path, environment: [:])
        } throws: { error in
            ((error as? StorageError)?.message ?? "").contains("\(fake.path) exists but could not be loaded")
        }
    }

    @Test("test-config without Instant Client fails at once with that message")
    func testConfig() async {
        let config: JSONObject = ["jdbc_url": .string("jdbc:oracle:thin:@//db:1521/ORCL"), "username": .string("u"),
                                  "password": .string("p"), "instant_client_dir": .string("/nonexistent/instantclient")]
        let result = await OracleConnectorSpec().test(config)
        #expect(result.status == "failed")
        #expect(result.message.contains("/nonexistent/instantclient"))
    }
}
