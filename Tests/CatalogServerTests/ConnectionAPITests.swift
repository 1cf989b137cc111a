import CatalogModel
import CatalogServer
import CatalogServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

@Suite("Connections API")
struct ConnectionAPITests {
    static let oracle = """
        {"name": "Oracle Production", "connector_type": "oracle_db", "connection_type": "JDBC", "config": {"jdbc_url": "jdbc:oracle:thin:@//host:1521/SERVICE", "username": "user", "password": "pass", "schema_filter": "SCHEMA1,SCHEMA2"}}
        """

    @Test("the old system's body creates a connection whose secret is sealed and masked", arguments: TestEngine.allCases)
    func createOracle(engine: TestEngine) async throws {
        try await withApp(engine) { client, services in
            let id = try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(Self.oracle)) { response in
                #expect(response.status == .created)
                let body = object(response)
                let config = body["config"] as? [String: Any] ?? [:]
                #expect(body["name"] as? String == "Oracle Production")
                #expect(body["connector_type"] as? String == "oracle_db")
                #expect(config["password"] as? String == "********")
                #expect(config["username"] as? String == "user")
                #expect(config["schema_filter"] as? String == "SCHEMA1,SCHEMA2")
                return body["id"] as? Int ?? 0
            }
            let stored = try await services.database.strings("SELECT config FROM connections")
            #expect(stored.count == 1)
            #expect(stored[0]?.contains("enc:v1:") == true)
            #expect(stored[0]?.contains("\"pass\"") == false)
            for uri in ["/api/connections/\(id)", "/api/connections"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok)
                    let text = String(buffer: response.body)
                    #expect(text.contains("********") && !text.contains("\"pass\"") && !text.contains("enc:v1"))
                }
            }
        }
    }

    @Test("PUT replaces a connection and a masked secret keeps its stored value")
    func update() async throws {
        try await withApp { client, services in
            let id = try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(Self.oracle)) {
                object($0)["id"] as? Int ?? 0
            }
            let replaced = Self.oracle.replacingOccurrences(of: "\"pass\"", with: "\"********\"")
                .replacingOccurrences(of: "SCHEMA1,SCHEMA2", with: "HR")
            try await client.execute(uri: "/api/connections/\(id)", method: .put, headers: jsonHeaders, body: json(replaced)) { response in
                #expect(response.status == .ok)
                #expect((object(response)["config"] as? [String: Any])?["schema_filter"] as? String == "HR")
            }
            let sealed = try #require(try await services.database.strings("SELECT config FROM connections").first ?? nil)
            let config = try JSONDecoder().decode(JSONObject.self, from: Data(sealed.utf8))
            let box = try SecretBox.load(secret: nil, dataDirectory: try #require(keyFolder(services)))
            #expect(try box.open(try #require(config["password"]?.stringValue)) == "pass")
        }
    }

    @Test("bad input is refused with the field named, and nothing is stored")
    func badInput() async throws {
        try await withApp(bodyLimit: 4096) { client, services in
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("{not json", .badRequest, ""),
                (#"{"connector_type": "oracle_db", "config": {}}"#, .unprocessableContent, "name"),
                (#"{"name": "x", "connector_type": "mysql", "config": {}}"#, .unprocessableContent, "connector_type"),
                (#"{"name": "x", "connector_type": "oracle_db", "config": {"jdbc_url": "jdbc:oracle:thin:@//h:1521/S", "password": "p"}}"#,
                 .unprocessableContent, "config.username"),
                (#"{"name": "x", "connector_type": "oracle_db", "config": {"host": "h", "port": 99999, "service_name": "S", "username": "u", "password": "p"}}"#,
                 .unprocessableContent, "config.port"),
                (#"{"name": 5, "connector_type": "local_files", "config": {"path": "/tmp"}}"#, .unprocessableContent, "name"),
                (#"{"name": "x", "connector_type": "local_files", "config": []}"#, .unprocessableContent, "config"),
                (#"{"name": "x", "connector_type": "azure_blob", "config": {"account_name": "acct", "tenant_id": "t", "client_id": "c"}}"#,
                 .unprocessableContent, "config.client_secret"),
                ("{\"name\": \"" + String(repeating: "x", count: 5000) + "\"}", .contentTooLarge, ""),
            ]
            for (body, status, field) in cases {
                try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(body)) { response in
                    #expect(response.status == status, "\(body.prefix(80))")
                    #expect(errorOf(response).message.hasPrefix(field), "\(errorOf(response).message)")
                }
            }
            #expect(try await services.database.strings("SELECT COUNT(*) FROM connections") == ["0"])
        }
    }

    @Test("a duplicate name is 409, an unknown id 404, delete is 204", arguments: TestEngine.allCases)
    func conflictsAndMissing(engine: TestEngine) async throws {
        try await withApp(engine) { client, _ in
            let id = try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(Self.oracle)) {
                object($0)["id"] as? Int ?? 0
            }
            try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(Self.oracle)) { response in
                #expect(response.status == .conflict)
                #expect(errorOf(response).message.contains("Oracle Production"))
            }
            for (uri, method) in [("/api/connections/424242", HTTPRequest.Method.get), ("/api/connections/abc", .get),
                                  ("/api/connections/424242", .delete), ("/api/connections/424242/test", .post)] {
                try await client.execute(uri: uri, method: method) { #expect($0.status == .notFound, "\(method) \(uri)") }
            }
            try await client.execute(uri: "/api/connections/424242", method: .put, headers: jsonHeaders, body: json(Self.oracle)) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/api/connections/\(id)", method: .delete) { #expect($0.status == .noContent) }
            try await client.execute(uri: "/api/connections/\(id)", method: .get) { #expect($0.status == .notFound) }
        }
    }

    @Test("testing: local_files really checks its path; an Oracle connection without Instant Client says what to install")
    func testing() async throws {
        try await withApp { client, _ in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("torro-files-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try Data("a,b\n1,2\n".utf8).write(to: folder.appendingPathComponent("one.csv"))
            let good = #"{"connector_type": "local_files", "config": {"path": "\#(folder.path)"}}"#
            try await client.execute(uri: "/api/connections/test-config", method: .post, headers: jsonHeaders, body: json(good)) { response in
                #expect(response.status == .ok)
                #expect(object(response)["success"] as? Bool == true)
                #expect((object(response)["message"] as? String ?? "").contains("1 entries"))
            }
            let missing = #"{"connector_type": "local_files", "config": {"path": "\#(folder.path)/nope"}}"#
            try await client.execute(uri: "/api/connections/test-config", method: .post, headers: jsonHeaders, body: json(missing)) { response in
                #expect(object(response)["success"] as? Bool == false)
                #expect((object(response)["message"] as? String ?? "").contains("does not exist"))
            }
            let id = try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(Self.oracle)) {
                object($0)["id"] as? Int ?? 0
            }
            try await client.execute(uri: "/api/connections/\(id)/test", method: .post) { response in
                #expect(response.status == .ok)
                // No Instant Client on the test machines: the test fails at once, saying what to install.
                #expect(object(response)["status"] as? String == "failed")
                #expect((object(response)["message"] as? String ?? "").contains("Oracle Instant Client"))
            }
        }
    }

    @Test("the key file is created with mode 0600")
    func keyFile() async throws {
        try await withApp { _, services in
            let folder = try #require(keyFolder(services))
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/secret.key")
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        }
    }
}

/// The data folder of a test database (beside its SQLite file, or the temporary folder for PostgreSQL).
func keyFolder(_ services: CatalogServices) -> String? {
    let location = services.database.location
    guard location.hasPrefix("sqlite:") else { return nil }
    return URL(fileURLWithPath: String(location.dropFirst("sqlite:".count))).deletingLastPathComponent().path
}
