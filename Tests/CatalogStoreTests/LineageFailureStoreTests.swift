import CatalogModel
import CatalogStore
import Foundation
import Testing
import TestSupport

@Suite("Lineage failures")
struct LineageFailureStoreTests {
    static func failure(_ connection: Int64?, key: String, line: Int = 1, process: String? = nil) -> LineageFailureInput {
        LineageFailureInput(connectionID: connection, processURN: process.map(Fixture.urn), dialect: "oracle",
                            statement: "selec broken", line: line, column: 3, message: "statement not understood: 'selec'", key: key)
    }

    @Test("recorded once per key, listed last seen first with paging and a connection filter, gone with the connection",
          arguments: TestEngine.allCases)
    func recordAndList(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let connections = SQLConnectionStore(database: database)
            let first = try await connections.create(ConnectionInput(name: "a", connectorType: "oracle_db", config: [:]))
            let second = try await connections.create(ConnectionInput(name: "b", connectorType: "postgres", config: [:]))
            let store = SQLLineageFailureStore(database: database)
            let monday = Date(timeIntervalSince1970: 1_700_000_000)
            try await store.record([Self.failure(first.id, key: "k1"), Self.failure(second.id, key: "k2")], at: monday)
            try await store.record([Self.failure(first.id, key: "k1", line: 7, process: "urn:process:sql:p")],
                                   at: monday.addingTimeInterval(60))

            let all = try await store.failures(connectionID: nil, limit: 10, offset: 0)
            #expect(all.total == 2)
            #expect(all.items.map(\.connectionID) == [first.id, second.id], "the failure seen again comes first")
            let again = all.items[0]
            #expect(again.line == 7 && again.column == 3 && again.processURN == Fixture.urn("urn:process:sql:p"))
            #expect(again.firstSeenAt == monday && again.lastSeenAt == monday.addingTimeInterval(60))
            #expect(again.statement == "selec broken" && again.dialect == "oracle")

            let page = try await store.failures(connectionID: nil, limit: 1, offset: 1)
            #expect(page.items.map(\.connectionID) == [second.id] && page.total == 2)
            #expect(try await store.failures(connectionID: second.id, limit: 10, offset: 0).items.map(\.connectionID) == [second.id])

            try await connections.delete(id: first.id)
            #expect(try await store.failures(connectionID: nil, limit: 10, offset: 0).items.map(\.connectionID) == [second.id])
        }
    }
}
