import CatalogModel
import CatalogStore
import Testing
import TestSupport

@Suite("Asset search")
struct AssetSearchTests {
    private func seed(_ store: SQLAssetStore) async throws {
        var files = AssetInput(urn: Fixture.urn("urn:dataset:azure:acct/raw/sales/invoices"), name: "invoices", type: .dataset,
                               platform: "azure", catalog: "acct", schema: "raw",
                               columns: [Column(name: "invoice_total"), Column(name: "customer_id")])
        files.origin = .discovered
        _ = try await store.upsert([
            Fixture.table("ORDERS", columns: ["ORDER_ID", "CUSTOMER_ID", "AMOUNT"]),
            Fixture.table("CUSTOMERS", columns: ["CUSTOMER_ID", "EMAIL"]),
            Fixture.table("EMPLOYEES", schema: "HR", columns: ["EMPLOYEE_ID", "SALARY"]),
            files,
        ], discoveryRunID: nil, batchSize: 1500)
    }

    @Test("full-text search finds names, URN parts, column names, descriptions and tags", arguments: TestEngine.allCases)
    func fullText(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            try await seed(store)
            func names(_ text: String) async throws -> Set<String> {
                Set(try await store.search(AssetQuery(text: text)).items.map(\.name))
            }
            #expect(try await names("orders") == ["ORDERS"])
            #expect(try await names("customer_id") == ["ORDERS", "CUSTOMERS", "invoices"])
            #expect(try await names("salary") == ["EMPLOYEES"])
            #expect(try await names("invoice") == ["invoices"])
            #expect(try await names("raw sales") == ["invoices"])
            #expect(try await names("nothingmatches").isEmpty)
            #expect(try await names("orders –’“ naïve 日本").isEmpty)
            #expect(try await names("cust") == ["ORDERS", "CUSTOMERS", "invoices"])
            #expect(try await names("cu").isEmpty)
            let employees = try #require(try await store.search(AssetQuery(text: "employees")).items.first)
            _ = try await store.updateBusiness(id: employees.id, BusinessMetadata(description: "Payroll master data", tags: ["restricted"]))
            #expect(try await names("payroll") == ["EMPLOYEES"])
            #expect(try await names("restricted") == ["EMPLOYEES"])
        }
    }

    @Test("filters, sort, paging and total", arguments: TestEngine.allCases)
    func filters(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            try await seed(store)
            #expect(try await store.search(AssetQuery(platform: "oracle")).total == 3)
            #expect(try await store.search(AssetQuery(schema: "HR")).items.map(\.name) == ["EMPLOYEES"])
            #expect(try await store.search(AssetQuery(type: .dataset)).items.map(\.name) == ["invoices"])
            #expect(try await store.search(AssetQuery(text: "customer", platform: "oracle")).total == 2)
            let first = try await store.search(AssetQuery(sort: .name, limit: 2, offset: 0))
            let second = try await store.search(AssetQuery(sort: .name, limit: 2, offset: 2))
            #expect(first.total == 4 && second.total == 4)
            #expect(first.items.map(\.name) + second.items.map(\.name) == ["CUSTOMERS", "EMPLOYEES", "ORDERS", "invoices"])
            #expect(try await store.search(AssetQuery(sort: .nameDesc, limit: 1)).items.map(\.name) == ["invoices"])
            #expect(try await store.search(AssetQuery(reviewStatus: .approved)).total == 0)
        }
    }

    @Test("facets count each value", arguments: TestEngine.allCases)
    func facets(engine: TestEngine) async throws {
        try await withTestDatabase(engine) { database, _ in
            let store = SQLAssetStore(database: database)
            try await seed(store)
            let facets = try await store.facets(AssetQuery())
            #expect(facets.platform == ["oracle": 3, "azure": 1])
            #expect(facets.type == ["table": 3, "dataset": 1])
            #expect(facets.reviewStatus == ["pending": 4])
            #expect(facets.catalog == ["ORCL": 3, "acct": 1])
        }
    }
}
