import CatalogModel
import CatalogStore
import Testing
import TestSupport

@Suite("Asset upsert")
struct AssetUpsertTests {
    @Test("new assets start pending with a first version", arguments: TestEngine.allCases)
    func createsPending(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            let summary = try await store.upsert([Fixture.table("ORDERS"), Fixture.table("CUSTOMERS")], discoveryRunID: nil, batchSize: 1500)
            #expect(summary.created == 2)
            #expect(summary.ids.count == 2)
            let orders = try #require(try await store.asset(urn: Fixture.table("ORDERS").urn))
            #expect(orders.review.status == .pending)
            #expect(orders.columns.map(\.name) == ["ID", "NAME"])
            #expect(orders.lifecycle == .active)
            let versions = try await store.versions(assetID: orders.id)
            #expect(versions.map(\.version) == [1])
            #expect(versions[0].changes.added == ["ID", "NAME"])
        }
    }

    @Test("the same assets again change nothing", arguments: TestEngine.allCases)
    func idempotent(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            _ = try await store.upsert([Fixture.table("ORDERS")], discoveryRunID: nil, batchSize: 1500)
            let before = try #require(try await store.asset(urn: Fixture.table("ORDERS").urn))
            _ = try await store.review(id: before.id, status: .approved, by: "steward", comment: "ok")
            let again = try await store.upsert([Fixture.table("ORDERS")], discoveryRunID: nil, batchSize: 1500)
            #expect(again.unchanged == 1 && again.created == 0 && again.updated == 0)
            let after = try #require(try await store.asset(id: before.id))
            #expect(after.review.status == .approved)
            #expect(try await store.versions(assetID: before.id).count == 1)
        }
    }

    @Test("a changed column set records a version and returns the asset to review", arguments: TestEngine.allCases)
    func schemaChange(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            _ = try await store.upsert([Fixture.table("ORDERS")], discoveryRunID: nil, batchSize: 1500)
            let id = try #require(try await store.asset(urn: Fixture.table("ORDERS").urn)).id
            _ = try await store.review(id: id, status: .approved, by: "steward", comment: nil)
            let changed = Fixture.table("ORDERS", columns: ["ID", "AMOUNT"])
            let summary = try await store.upsert([changed], discoveryRunID: 7, batchSize: 1500)
            #expect(summary.updated == 1 && summary.schemaChanged == 1)
            let versions = try await store.versions(assetID: id)
            #expect(versions.map(\.version) == [2, 1])
            #expect(versions[0].changes.added == ["AMOUNT"])
            #expect(versions[0].changes.removed == ["NAME"])
            #expect(versions[0].discoveryRunID == 7)
            #expect(try await store.asset(id: id)?.review.status == .pending)
        }
    }

    @Test("business metadata survives re-discovery", arguments: TestEngine.allCases)
    func keepsBusiness(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            _ = try await store.upsert([Fixture.table("ORDERS")], discoveryRunID: nil, batchSize: 1500)
            let id = try #require(try await store.asset(urn: Fixture.table("ORDERS").urn)).id
            let business = BusinessMetadata(description: "Customer orders", owners: ["ana"], tags: ["gold", "pii"])
            _ = try await store.updateBusiness(id: id, business)
            _ = try await store.upsert([Fixture.table("ORDERS", columns: ["ID", "NAME", "NOTE"])], discoveryRunID: nil, batchSize: 1500)
            let asset = try #require(try await store.asset(id: id))
            #expect(asset.business == business)
            #expect(try await store.search(AssetQuery(tag: "gold")).items.map(\.id) == [id])
        }
    }

    @Test("batches larger than the batch size all land", arguments: TestEngine.allCases)
    func manyBatches(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            let inputs = (0..<2_600).map { Fixture.table("T\($0)") }
            let summary = try await store.upsert(inputs, discoveryRunID: nil, batchSize: 1000)
            #expect(summary.created == 2_600)
            #expect(try await store.search(AssetQuery(limit: 1)).total == 2_600)
        }
    }

    @Test("a batch that fails leaves nothing of itself", arguments: TestEngine.allCases)
    func failedBatchRollsBack(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            let good = (0..<5).map { Fixture.table("GOOD\($0)") }
            let bad = Fixture.table("BAD", connection: 999_999)
            await #expect(throws: (any Error).self) {
                _ = try await store.upsert(good + [bad], discoveryRunID: nil, batchSize: 1500)
            }
            let total = try await store.search(AssetQuery()).total
            let versions = try await database.strings("SELECT COUNT(*) FROM asset_versions")
            #expect(total == 0)
            #expect(versions == ["0"])
        }
    }
}

@Suite("Asset upsert under concurrency")
struct AssetUpsertConcurrencyTests {
    @Test("four writers upserting overlapping assets at once leave one asset and one first version per URN",
          arguments: TestEngine.allCases)
    func overlapping(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            let inputs = (0..<300).map { Fixture.table("T\($0)") }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<4 {
                    let mine = Array(inputs[(writer * 50)..<(writer * 50 + 150)].shuffled())
                    group.addTask { _ = try await store.upsert(mine, discoveryRunID: nil, batchSize: 40) }
                }
                try await group.waitForAll()
            }
            let assets = try await database.strings("SELECT COUNT(*) FROM assets")
            let versions = try await database.strings("SELECT COUNT(*) FROM asset_versions")
            #expect(assets == ["300"])
            #expect(versions == ["300"])
        }
    }
}
