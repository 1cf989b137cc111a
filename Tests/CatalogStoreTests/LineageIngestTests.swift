import CatalogModel
import CatalogStore
import Foundation
import Testing
import TestSupport

@Suite("Lineage ingestion")
struct LineageIngestTests {
    static let job = Fixture.urn("urn:process:airflow:daily_etl/load")
    static let raw = Fixture.urn("urn:dataset:azure:acct/raw/orders")
    static let customers = Fixture.urn("urn:dataset:azure:acct/raw/customers")
    static let mart = Fixture.urn("urn:dataset:azure:acct/mart/orders")

    static func run(inputs: [URN], outputs: [URN], at time: Date? = nil) -> ProcessIngest {
        let edges = inputs.flatMap { input in
            outputs.map { EdgeDraft(source: input, process: job, target: $0, relationshipType: "data_flow", extractionMethod: .api) }
        }
        return ProcessIngest(process: job, name: "Daily load", sourceSystem: "airflow", edges: edges, eventTime: time)
    }

    @Test("first ingestion opens edges, creates lineage-only datasets and audits each change", arguments: TestEngine.allCases)
    func firstIngestion(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database)
            let result = try await store.ingest(Self.run(inputs: [Self.raw, Self.customers], outputs: [Self.mart]))
            #expect(result.opened.count == 2 && result.closed.isEmpty && result.processChanged)
            #expect(Set(result.createdDatasets) == [Self.raw, Self.customers, Self.mart])
            let asset = try #require(try await SQLAssetStore(database: database).asset(urn: Self.mart))
            #expect(asset.origin == .lineage && asset.type == .dataset)
            let audit = try await store.audit(urn: nil, limit: 50, offset: 0)
            #expect(audit.items.map(\.action).sorted() == ["create_process", "open_edge", "open_edge"])
            #expect(try await store.audit(urn: Self.customers, limit: 50, offset: 0).total == 1)
        }
    }

    @Test("sending the same lineage twice changes nothing", arguments: TestEngine.allCases)
    func idempotent(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database)
            _ = try await store.ingest(Self.run(inputs: [Self.raw], outputs: [Self.mart]))
            let auditBefore = try await store.audit(urn: nil, limit: 50, offset: 0).total
            let again = try await store.ingest(Self.run(inputs: [Self.raw], outputs: [Self.mart]))
            #expect(again.opened.isEmpty && again.closed.isEmpty && again.unchanged == 1 && !again.processChanged)
            #expect(try await store.audit(urn: nil, limit: 50, offset: 0).total == auditBefore)
            #expect(try await database.strings("SELECT COUNT(*) FROM lineage_edges") == ["1"])
        }
    }

    @Test("re-ingesting closes vanished edges and opens new ones; as_of sees the past",
          arguments: TestEngine.allCases, SQLLineageStore.Traversal.allCases)
    func temporal(engine: TestEngine, traversal: SQLLineageStore.Traversal) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database, traversal: traversal)
            let monday = Date(timeIntervalSince1970: 1_700_000_000)
            let tuesday = monday.addingTimeInterval(86_400)
            _ = try await store.ingest(Self.run(inputs: [Self.raw], outputs: [Self.mart], at: monday))
            let second = try await store.ingest(Self.run(inputs: [Self.customers], outputs: [Self.mart], at: tuesday))
            #expect(second.opened.count == 1 && second.closed.count == 1)
            let closed = try #require(try await store.edge(id: second.closed[0]))
            #expect(closed.validTo == tuesday && closed.source == Self.raw)

            let now = try await store.graph(from: Self.mart, direction: .upstream, depth: 3, asOf: nil, includeColumns: false, nodeLimit: 100)
            #expect(now.edges.map(\.source) == [Self.customers])
            let then = try await store.graph(from: Self.mart, direction: .upstream, depth: 3, asOf: monday.addingTimeInterval(3600),
                                             includeColumns: false, nodeLimit: 100)
            #expect(then.edges.map(\.source) == [Self.raw])
            let before = try await store.graph(from: Self.mart, direction: .upstream, depth: 3, asOf: monday.addingTimeInterval(-1),
                                               includeColumns: false, nodeLimit: 100)
            #expect(before.edges.isEmpty)
        }
    }

    @Test("automated ingestion never closes a manual edge", arguments: TestEngine.allCases)
    func manualSurvives(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database)
            _ = try await store.ingest(Self.run(inputs: [Self.raw], outputs: [Self.mart]))
            let manual = EdgeDraft(source: Self.customers, process: nil, target: Self.mart, relationshipType: "data_flow",
                                   extractionMethod: .manual, columns: [ColumnMapping(sourceColumn: "id", targetColumn: "customer_id")])
            let (edge, created) = try await store.addManualEdge(manual, actor: "ana")
            #expect(created)
            let (same, createdAgain) = try await store.addManualEdge(manual, actor: "ana")
            #expect(!createdAgain && same.id == edge.id)
            _ = try await store.ingest(Self.run(inputs: [], outputs: [Self.mart]))
            #expect(try await store.edge(id: edge.id)?.validTo == nil)
            let graph = try await store.graph(from: Self.mart, direction: .upstream, depth: 1, asOf: nil, includeColumns: true, nodeLimit: 100)
            #expect(graph.edges.map(\.id) == [edge.id])
            #expect(graph.edges[0].columns == [ColumnMapping(sourceColumn: "id", targetColumn: "customer_id")])
        }
    }

    @Test("closing a manual edge is audited; automated edges cannot be closed that way", arguments: TestEngine.allCases)
    func closeManual(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLLineageStore(database: database)
            let automated = try await store.ingest(Self.run(inputs: [Self.raw], outputs: [Self.mart]))
            let manual = EdgeDraft(source: Self.customers, process: nil, target: Self.mart, relationshipType: "feeds", extractionMethod: .manual)
            let edge = try await store.addManualEdge(manual, actor: "ana").edge
            let closed = try await store.closeManualEdge(id: edge.id, actor: "ana")
            #expect(closed.validTo != nil)
            let actions = try await store.audit(urn: Self.customers, limit: 10, offset: 0).items.map(\.action)
            #expect(actions == ["close_manual_edge", "create_manual_edge"])
            await #expect(throws: CatalogError.self) { _ = try await store.closeManualEdge(id: edge.id, actor: nil) }
            await #expect(throws: CatalogError.self) { _ = try await store.closeManualEdge(id: automated.opened[0], actor: nil) }
            await #expect(throws: CatalogError.self) { _ = try await store.closeManualEdge(id: 987_654, actor: nil) }
        }
    }
}
