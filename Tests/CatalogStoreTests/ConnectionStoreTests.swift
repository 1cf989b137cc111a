import CatalogModel
import CatalogStore
import Testing
import TestSupport

@Suite("Connection store")
struct ConnectionStoreTests {
    @Test("concurrent creates of one name: exactly one wins, the others are conflicts", arguments: TestEngine.allCases)
    func raceForName(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLConnectionStore(database: database)
            let input = ConnectionInput(name: "shared", connectorType: "local_files", config: ["path": .string("/tmp")])
            let outcomes = await withTaskGroup(of: String.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        do {
                            _ = try await store.create(input)
                            return "created"
                        } catch let error as CatalogError {
                            return error.code.name
                        } catch {
                            return "other: \(error)"
                        }
                    }
                }
                return await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 == "created" }.count == 1)
            #expect(outcomes.filter { $0 == "conflict" }.count == 7, "\(outcomes)")
            let stored = try await store.list()
            #expect(stored.count == 1)
        }
    }
}
