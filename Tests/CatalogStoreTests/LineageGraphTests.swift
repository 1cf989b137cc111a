import CatalogModel
import CatalogStore
import Testing
import TestSupport

@Suite("Lineage traversal")
struct LineageGraphTests {
    static func ds(_ name: String) -> URN { Fixture.urn("urn:dataset:file:/data/\(name)") }

    /// a -> b -> c -> d -> a (a cycle), and c -> e, each hop through its own process.
    @Test("the memory index follows writes made through another store (another replica)",
          arguments: TestEngine.allCases)
    func followsOtherWriters(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let reader = SQLLineageStore(database: database, traversal: .memory)
            let writer = SQLLineageStore(database: database, traversal: .sql)
            try await Self.seed(writer)
            let first = try await reader.graph(from: Self.ds("e"), direction: .upstream, depth: 1, asOf: nil, includeColumns: false, nodeLimit: 100)
            #expect(first.edges.count == 1)
            let process = Fixture.urn("urn:process:test:x_to_e")
            _ = try await writer.ingest(ProcessIngest(process: process, name: "x->e", edges: [
                EdgeDraft(source: Self.ds("x"), process: process, target: Self.ds("e"), relationshipType: "data_flow", extractionMethod: .sqlParse),
            ]))
            let manual = try await writer.addManualEdge(EdgeDraft(source: Self.ds("y"), process: nil, target: Self.ds("e"),
                                                                  relationshipType: "feeds", extractionMethod: .manual), actor: nil).edge
            let second = try await reader.graph(from: Self.ds("e"), direction: .upstream, depth: 1, asOf: nil, includeColumns: false, nodeLimit: 100)
            #expect(Set(second.edges.map(\.source.shortName)) == ["c", "x", "y"])
            _ = try await writer.closeManualEdge(id: manual.id, actor: nil)
            let third = try await reader.graph(from: Self.ds("e"), direction: .upstream, depth: 1, asOf: nil, includeColumns: false, nodeLimit: 100)
            #expect(Set(third.edges.map(\.source.shortName)) == ["c", "x"])
        }
    }

    @Test("walks that arrive while the index first loads share that load and agree", arguments: TestEngine.allCases)
    func concurrentFirstWalks(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            try await Self.seed(SQLLineageStore(database: database, traversal: .sql))
            let store = SQLLineageStore(database: database, traversal: .memory)
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask { try await store.warmUp(); return 5 }
                for _ in 0..<4 {
                    group.addTask {
                        try await store.graph(from: Self.ds("a"), direction: .downstream, depth: 20, asOf: nil,
                                              includeColumns: false, nodeLimit: 100).edges.count
                    }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(counts == [5, 5, 5, 5, 5])
        }
    }

    static func seed(_ store: SQLLineageStore) async throws {
        let hops = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a"), ("c", "e")]
        for (source, target) in hops {
            let process = Fixture.urn("urn:process:test:\(source)_to_\(target)")
            _ = try await store.ingest(ProcessIngest(process: process, name: "\(source)->\(target)", edges: [
                EdgeDraft(source: ds(source), process: process, target: ds(target), relationshipType: "data_flow", extractionMethod: .sqlParse,
                          columns: [ColumnMapping(sourceColumn: "x", targetColumn: "x")]),
            ]))
        }
    }

    @Test("downstream to a depth, with process nodes", arguments: TestEngine.allCases, SQLLineageStore.Traversal.allCases)
    func downstream(engine: TestEngine, traversal: SQLLineageStore.Traversal) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database, traversal: traversal)
            try await Self.seed(store)
            let graph = try await store.graph(from: Self.ds("a"), direction: .downstream, depth: 2, asOf: nil, includeColumns: false, nodeLimit: 100)
            let datasets = graph.nodes.filter { $0.kind == .dataset }.map(\.urn.shortName)
            #expect(Set(datasets) == ["a", "b", "c"])
            #expect(graph.nodes.filter { $0.kind == .process }.count == 2)
            #expect(graph.edges.count == 2 && !graph.truncated)
            #expect(graph.edges.allSatisfy { $0.columns.isEmpty })
        }
    }

    @Test("a cycle terminates and each node appears once", arguments: TestEngine.allCases, SQLLineageStore.Traversal.allCases)
    func cycle(engine: TestEngine, traversal: SQLLineageStore.Traversal) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database, traversal: traversal)
            try await Self.seed(store)
            let graph = try await store.graph(from: Self.ds("a"), direction: .downstream, depth: 20, asOf: nil, includeColumns: true, nodeLimit: 100)
            let urns = graph.nodes.map(\.urn)
            #expect(urns.count == Set(urns).count)
            #expect(Set(graph.nodes.filter { $0.kind == .dataset }.map(\.urn.shortName)) == ["a", "b", "c", "d", "e"])
            #expect(graph.edges.count == 5)
            #expect(graph.edges.allSatisfy { $0.columns.count == 1 })
        }
    }

    @Test("upstream and both directions", arguments: TestEngine.allCases, SQLLineageStore.Traversal.allCases)
    func directions(engine: TestEngine, traversal: SQLLineageStore.Traversal) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database, traversal: traversal)
            try await Self.seed(store)
            let up = try await store.graph(from: Self.ds("e"), direction: .upstream, depth: 2, asOf: nil, includeColumns: false, nodeLimit: 100)
            #expect(Set(up.nodes.filter { $0.kind == .dataset }.map(\.urn.shortName)) == ["e", "c", "b"])
            let both = try await store.graph(from: Self.ds("c"), direction: .both, depth: 1, asOf: nil, includeColumns: false, nodeLimit: 100)
            #expect(Set(both.nodes.filter { $0.kind == .dataset }.map(\.urn.shortName)) == ["b", "c", "d", "e"])
        }
    }

    @Test("the node limit truncates", arguments: TestEngine.allCases, SQLLineageStore.Traversal.allCases)
    func nodeLimit(engine: TestEngine, traversal: SQLLineageStore.Traversal) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database, traversal: traversal)
            try await Self.seed(store)
            let graph = try await store.graph(from: Self.ds("a"), direction: .downstream, depth: 20, asOf: nil, includeColumns: false, nodeLimit: 4)
            #expect(graph.truncated)
            #expect(graph.nodes.count <= 4)
            let kept = Set(graph.nodes.map(\.urn))
            #expect(graph.edges.allSatisfy { kept.contains($0.source) && kept.contains($0.target) })
        }
    }
}
