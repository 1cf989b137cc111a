import CatalogModel
import CatalogStore
import Testing
import TestSupport

@Suite("Lineage under concurrency")
struct LineageConcurrencyTests {
    @Test("the same process sent eight times at once opens its edge once", arguments: TestEngine.allCases)
    func concurrentIngest(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database)
            let ingest = LineageIngestTests.run(inputs: [LineageIngestTests.raw], outputs: [LineageIngestTests.mart])
            let opened = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 { group.addTask { try await store.ingest(ingest).opened.count } }
                return try await group.reduce(0, +)
            }
            let edges = try await database.strings("SELECT COUNT(*) FROM lineage_edges")
            let audits = try await database.strings("SELECT COUNT(*) FROM lineage_audit_log")
            #expect(opened == 1)
            #expect(edges == ["1"])
            #expect(audits == ["2"])
        }
    }

    @Test("the same manual edge posted eight times at once exists once", arguments: TestEngine.allCases)
    func concurrentManual(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database)
            let draft = EdgeDraft(source: LineageIngestTests.raw, process: nil, target: LineageIngestTests.mart,
                                  relationshipType: "feeds", extractionMethod: .manual)
            let results = try await withThrowingTaskGroup(of: (Int64, Bool).self) { group in
                for _ in 0..<8 { group.addTask { let (edge, created) = try await store.addManualEdge(draft, actor: nil); return (edge.id, created) } }
                return try await group.reduce(into: [(Int64, Bool)]()) { $0.append($1) }
            }
            let edges = try await database.strings("SELECT COUNT(*) FROM lineage_edges")
            #expect(Set(results.map(\.0)).count == 1)
            #expect(results.filter(\.1).count == 1)
            #expect(edges == ["1"])
        }
    }
}
