import CatalogServer
import CatalogServices
import CatalogStore
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

@Suite("Health API")
struct HealthAPITests {
    @Test("health reports version and uptime; ready checks the database and migrations", arguments: TestEngine.allCases)
    func health(engine: TestEngine) async throws {
        try await withApp(engine) { client, _ in
            try await client.execute(uri: "/api/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(object(response)["version"] as? String == HealthService.version)
                #expect(object(response)["uptime_seconds"] is Double || object(response)["uptime_seconds"] is Int)
            }
            try await client.execute(uri: "/api/health/ready", method: .get) { response in
                #expect(response.status == .ok)
                #expect(object(response)["ready"] as? Bool == true)
                #expect(object(response)["migrations"] as? String == "current")
            }
        }
    }

    @Test("ready is 503 while migrations are pending")
    func notReady() async throws {
        try await withTestDatabase(.sqlite, migrate: false) { database, folder in
            let app = Application(router: buildRouter(services: try makeServices(database, folder: folder)))
            try await app.test(.router) { client in
                try await client.execute(uri: "/api/health/ready", method: .get) { response in
                    #expect(response.status == .serviceUnavailable)
                    #expect(object(response)["pending_migrations"] as? [Int] == [1, 2, 3, 4, 5])
                }
            }
        }
    }

    @Test("ready is 503 when the database does not answer")
    func databaseGone() async throws {
        try await withTestDatabase(.sqlite) { _, folder in
            let separate = try CatalogDatabase.sqlite(path: folder + "/torro.sqlite", logger: .init(label: "torro.test"))
            let app = Application(router: buildRouter(services: try makeServices(separate, folder: folder)))
            try await separate.shutdown()
            try await app.test(.router) { client in
                try await client.execute(uri: "/api/health/ready", method: .get) { response in
                    #expect(response.status == .serviceUnavailable)
                    #expect(object(response)["database"] as? String == "unreachable")
                }
            }
        }
    }

    @Test("an unknown route is a JSON 404")
    func unknownRoute() async throws {
        try await withApp { client, _ in
            try await client.execute(uri: "/api/nothing-here", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(errorOf(response).code == "not_found")
            }
        }
    }

    @Test("a failure inside is a 500 that shows no internals")
    func internalError() async throws {
        try await withTestDatabase(.sqlite) { database, folder in
            let app = Application(router: buildRouter(services: try makeServices(database, folder: folder)))
            try await app.test(.router) { client in
                try await database.execute("DROP TABLE asset_tags")
                try await client.execute(uri: "/api/assets?tag=gold", method: .get) { response in
                    #expect(response.status == .internalServerError)
                    #expect(errorOf(response).code == "internal_error")
                    #expect(!errorOf(response).message.contains("asset_tags"))
                    #expect(!String(buffer: response.body).lowercased().contains("sqlite"))
                }
            }
        }
    }
}
