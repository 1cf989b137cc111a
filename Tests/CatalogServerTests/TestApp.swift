import CatalogServer
import CatalogServices
import CatalogStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TestSupport

/// Runs `body` against the router of a server over a fresh, migrated database of the engine.
func withApp(_ engine: TestEngine = .sqlite, bodyLimit: Int = 10 * 1024 * 1024,
             _ body: @escaping @Sendable (any TestClientProtocol, CatalogServices) async throws -> Void) async throws {
    try await withTestDatabase(engine) { database, folder in
        let services = try makeServices(database, folder: folder)
        let app = Application(router: buildRouter(services: services, configuration: .init(bodyLimit: bodyLimit)))
        try await app.test(.router) { client in try await body(client, services) }
    }
}

/// Services over a database, with a key file in `folder`.
func makeServices(_ database: CatalogDatabase, folder: String) throws -> CatalogServices {
    var logger = Logger(label: "torro.test")
    logger.logLevel = .warning
    return CatalogServices(database: database, secrets: try SecretBox.load(secret: nil, dataDirectory: folder), logger: logger)
}

/// A JSON request body.
func json(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

/// The response body parsed as a JSON object (empty when it is not one).
func object(_ response: TestResponse) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView))) as? [String: Any] ?? [:]
}

/// The `error.code` and `error.message` of an error response.
func errorOf(_ response: TestResponse) -> (code: String, message: String) {
    let error = object(response)["error"] as? [String: Any] ?? [:]
    return (error["code"] as? String ?? "", error["message"] as? String ?? "")
}

let jsonHeaders: HTTPFields = [.contentType: "application/json"]
