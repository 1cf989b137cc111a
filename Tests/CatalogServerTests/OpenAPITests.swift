import CatalogServer
import CatalogServices
import CatalogStore
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing
import TestSupport

@Suite("OpenAPI document")
struct OpenAPITests {
    @Test("every route is documented and every documented operation is routed")
    func routesAndDocumentAgree() async throws {
        try await Self.withServices { services in
            let routed = Set(buildRouter(services: services).routes.map { "\($0.method.rawValue.uppercased()) \($0.path.description)" })
            let documented = Self.operations(in: try Self.parse(OpenAPIDocument.json)).keys
            #expect(routed.count >= 20, "the router lists its routes")
            #expect(routed.subtracting(documented).sorted() == [], "routes the document does not describe")
            #expect(Set(documented).subtracting(routed).sorted() == [], "documented operations no route serves")
        }
    }

    @Test("GET /api/openapi.json serves an OpenAPI 3 document whose references all resolve")
    func servedDocument() async throws {
        try await Self.withServices { services in
            let app = Application(router: buildRouter(services: services))
            try await app.test(.router) { client in
                try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                    let document = try Self.parse(String(buffer: response.body))
                    #expect((document["openapi"] as? String)?.hasPrefix("3.") == true)
                    let info = document["info"] as? [String: Any]
                    #expect(info?["title"] as? String == "Torro")
                    #expect(info?["version"] as? String == HealthService.version)
                    let references = Self.references(in: document)
                    #expect(references.count > 50)
                    for reference in Set(references).sorted() {
                        #expect(Self.resolve(reference, in: document) != nil, "\(reference) names nothing")
                    }
                    let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
                    let unused = schemas.keys.filter { !references.contains("#/components/schemas/\($0)") }
                    #expect(unused.sorted() == [], "schemas nothing refers to")
                }
            }
        }
    }

    @Test("every operation has a unique operationId, a summary, its path parameters and its error responses")
    func operationsAreComplete() throws {
        let document = try Self.parse(OpenAPIDocument.json)
        var operationIDs: [String] = []
        for (key, operation) in Self.operations(in: document) {
            operationIDs.append(operation["operationId"] as? String ?? "")
            #expect(!(operation["summary"] as? String ?? "").isEmpty, "\(key) has no summary")
            let path = String(key.split(separator: " ")[1])
            let inPath = Set(path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
            let parameters = (operation["parameters"] as? [Any] ?? []).compactMap { Self.dereference($0, in: document) }
            let declared = Set(parameters.filter { $0["in"] as? String == "path" }.compactMap { $0["name"] as? String })
            #expect(inPath == declared, "\(key) declares path parameters \(declared.sorted())")
            let statuses = Set((operation["responses"] as? [String: Any] ?? [:]).keys)
            #expect(statuses.contains { $0.hasPrefix("2") }, "\(key) has no success response")
            #expect(statuses.contains("500"), "\(key) does not say it can fail")
            if !inPath.isEmpty { #expect(statuses.contains("404"), "\(key) has an id but no 404") }
            if operation["requestBody"] != nil {
                #expect(statuses.isSuperset(of: ["400", "413", "422"]), "\(key) takes a body but lacks 400, 413 or 422")
            }
        }
        #expect(operationIDs.count == Set(operationIDs).count, "operationIds repeat: \(operationIDs.sorted())")
        #expect(!operationIDs.contains(""))
    }

    @Test("the ranges and enums of query parameters are the ones the server enforces")
    func queryConstraintsAreEnforced() async throws {
        let document = try Self.parse(OpenAPIDocument.json)
        var probes: [(uri: String, rejected: Bool)] = []
        for (key, operation) in Self.operations(in: document) where key.hasPrefix("GET ") && !key.contains("{") {
            let path = String(key.dropFirst(4))
            let parameters = (operation["parameters"] as? [Any] ?? []).compactMap { Self.dereference($0, in: document) }
                .filter { $0["in"] as? String == "query" }
            let required = parameters.filter { $0["required"] as? Bool == true }
                .compactMap { $0["name"] as? String }.map { "\($0)=urn:dataset:test:db/a.b" }
            for parameter in parameters {
                guard let name = parameter["name"] as? String, let schema = Self.schema(of: parameter, in: document) else { continue }
                func probe(_ value: String, rejected: Bool) {
                    let query = (required.filter { !$0.hasPrefix("\(name)=") } + ["\(name)=\(value)"]).joined(separator: "&")
                    probes.append(("\(path)?\(query)", rejected))
                }
                if let minimum = schema["minimum"] as? Int, let maximum = schema["maximum"] as? Int {
                    probe(String(minimum - 1), rejected: true)
                    probe(String(maximum + 1), rejected: true)
                    probe(String(minimum), rejected: false)
                    probe(String(maximum), rejected: false)
                }
                if let values = schema["enum"] as? [String] {
                    probe("no-such-value", rejected: true)
                    for value in values { probe(value, rejected: false) }
                }
            }
        }
        #expect(probes.count > 40)
        let allProbes = probes
        try await Self.withServices { services in
            let app = Application(router: buildRouter(services: services))
            try await app.test(.router) { client in
                for probe in allProbes {
                    let status = try await client.execute(uri: probe.uri, method: .get) { $0.status }
                    if probe.rejected {
                        #expect(status == .unprocessableContent, "\(probe.uri) answered \(status.code)")
                    } else {
                        #expect(status != .unprocessableContent && status.code < 500, "\(probe.uri) answered \(status.code)")
                    }
                }
            }
        }
    }

    // MARK: - Reading the document

    private static let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options", "trace"]

    /// Runs `body` with services over a fresh SQLite database.
    private static func withServices(_ body: (CatalogServices) async throws -> Void) async throws {
        try await withTestDatabase(.sqlite) { database, _ in
            var logger = Logger(label: "torro.test")
            logger.logLevel = .warning
            try await body(CatalogServices(database: database, secrets: SecretBox(key: SymmetricKey(size: .bits256)), logger: logger))
        }
    }

    private static func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// The operation objects, by "METHOD /path".
    private static func operations(in document: [String: Any]) -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for (path, item) in document["paths"] as? [String: Any] ?? [:] {
            for (method, operation) in item as? [String: Any] ?? [:] where methods.contains(method) {
                result["\(method.uppercased()) \(path)"] = operation as? [String: Any] ?? [:]
            }
        }
        return result
    }

    /// Every `$ref` anywhere in a JSON value.
    private static func references(in value: Any) -> [String] {
        if let object = value as? [String: Any] {
            let own = (object["$ref"] as? String).map { [$0] } ?? []
            return own + object.values.flatMap { references(in: $0) }
        }
        if let array = value as? [Any] { return array.flatMap { references(in: $0) } }
        return []
    }

    /// What a local reference (`#/components/schemas/Asset`) points at, or nil.
    private static func resolve(_ reference: String, in document: [String: Any]) -> Any? {
        guard reference.hasPrefix("#/") else { return nil }
        var current: Any = document
        for token in reference.dropFirst(2).split(separator: "/", omittingEmptySubsequences: false) {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = (current as? [String: Any])?[key] else { return nil }
            current = next
        }
        return current
    }

    /// An object, or the object its `$ref` points at.
    private static func dereference(_ value: Any, in document: [String: Any]) -> [String: Any]? {
        guard let object = value as? [String: Any] else { return nil }
        guard let reference = object["$ref"] as? String else { return object }
        return resolve(reference, in: document) as? [String: Any]
    }

    /// A parameter's schema, through an `allOf` wrapper and a `$ref`.
    private static func schema(of parameter: [String: Any], in document: [String: Any]) -> [String: Any]? {
        guard var schema = parameter["schema"] as? [String: Any] else { return nil }
        if let first = (schema["allOf"] as? [Any])?.first as? [String: Any] { schema = first.merging(schema) { own, _ in own } }
        return dereference(schema, in: document)
    }
}
