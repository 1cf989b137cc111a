import CatalogServer
import CatalogServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

@Suite("SQL lineage API: storing lineage and failures")
struct SQLLineagePersistTests {
    static let authority = SQLLineageAPITests.authority
    static let orders = "\(SQLLineageAPITests.authority).SALES.ORDERS"

    static func post(_ client: any TestClientProtocol, _ body: [String: Any]) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await SQLLineageAPITests.post(client, body)
    }

    static func processes(_ result: [String: Any]) -> [[String: Any]] {
        (result["persisted"] as? [String: Any])?["processes"] as? [[String: Any]] ?? []
    }

    static func count(_ services: CatalogServices, _ table: String) async throws -> String? {
        try await services.database.strings("SELECT COUNT(*) FROM \(table)").first ?? nil
    }

    static func upstream(_ client: any TestClientProtocol, of urn: String) async throws -> [[String: Any]] {
        try await client.execute(uri: "/api/lineage/graph?urn=\(urn)&direction=upstream&depth=1&columns=true", method: .get) { response in
            #expect(response.status == .ok)
            return object(response)["edges"] as? [[String: Any]] ?? []
        }
    }

    static func columns(_ edge: [String: Any]) -> Set<[String]> {
        Set((edge["columns"] as? [[String: Any]] ?? []).map {
            [$0["source_column"] as? String ?? "", $0["target_column"] as? String ?? "", $0["transformation"] as? String ?? ""]
        })
    }

    @Test("persist: an edge per statement, column mappings through a scratch table, evidence; sending it again changes nothing",
          arguments: TestEngine.allCases)
    func persistTwice(engine: TestEngine) async throws {
        try await withApp(engine) { client, services in
            let id = try await SQLLineageAPITests.seedOracle(client)
            let sql = """
                create table tmp_totals as select o.customer_id, o.amount from sales.orders o;
                insert into sales.daily_totals (customer_id, total) select t.customer_id, sum(t.amount) from tmp_totals t group by t.customer_id;
                drop table tmp_totals;
                insert into sales.orders_copy select * from sales.orders;
                select count(*) from sales.orders;
                """
            let body: [String: Any] = ["sql": sql, "connection_id": id, "persist": true]
            let (status, first) = try await Self.post(client, body)
            #expect(status == .created)
            #expect(first["intermediate"] as? [String] == ["TMP_TOTALS"])
            let written = Self.processes(first)
            #expect(written.count == 2, "one process per statement that writes a persistent table")
            #expect(written.allSatisfy { ($0["opened"] as? [Int])?.count == 1 })
            let processURNs = written.compactMap { $0["process"] as? String }
            #expect(processURNs.allSatisfy { $0.hasPrefix("urn:process:sql:connection-\(id)/statement-") })
            #expect(Set(processURNs).count == 2)
            #expect((first["persisted"] as? [String: Any])?["failures"] as? Int == 0)

            let edges = try await Self.upstream(client, of: "\(Self.authority).SALES.DAILY_TOTALS")
            #expect(edges.count == 1)
            let totals = try #require(edges.first)
            #expect(totals["source"] as? String == Self.orders, "the scratch table is replaced by what filled it")
            #expect(totals["process"] as? String == processURNs[0])
            #expect(totals["extraction_method"] as? String == "sql_parse")
            #expect(totals["confidence"] as? Double == 1)
            #expect(Self.columns(totals) == [["CUSTOMER_ID", "CUSTOMER_ID", "identity"], ["AMOUNT", "TOTAL", "aggregation"]])
            let copy = try #require(try await Self.upstream(client, of: "\(Self.authority).SALES.ORDERS_COPY").first)
            #expect(Self.columns(copy) == [["ID", "ID", "identity"], ["CUSTOMER_ID", "CUSTOMER_ID", "identity"], ["AMOUNT", "AMOUNT", "identity"]])

            try await client.execute(uri: "/api/lineage/edges/\(totals["id"] as? Int ?? 0)", method: .get) { response in
                let evidence = object(response)["evidence"] as? [String: Any] ?? [:]
                let secondLine = sql.split(separator: "\n")[1]
                #expect(evidence["line"] as? Int == 2 && evidence["column"] as? Int == 1)
                #expect(evidence["start_offset"] as? Int == sql.split(separator: "\n")[0].utf8.count + 1)
                #expect(evidence["end_offset"] as? Int == (evidence["start_offset"] as? Int ?? 0) + secondLine.utf8.count - 1,
                        "the statement ends before its semicolon")
                #expect((evidence["statement"] as? String)?.hasPrefix("insert into sales.daily_totals (customer_id, total) select") == true)
                #expect((evidence["statement"] as? String)?.count ?? 0 <= 203)
                #expect(evidence["statement_kind"] as? String == "insert")
                #expect(evidence["intermediate"] as? [String] == ["TMP_TOTALS"])
            }
            // Scratch tables never become datasets: the 3 discovered ones and the 2 written ones.
            #expect(try await Self.count(services, "assets") == "5")
            #expect(try await services.database.strings("SELECT COUNT(*) FROM assets WHERE urn LIKE '%TMP_TOTALS%'") == ["0"])

            let before = try await Self.snapshot(services)
            let (again, second) = try await Self.post(client, body)
            #expect(again == .ok)
            #expect(Self.processes(second).map { $0["process"] as? String } == processURNs)
            #expect(Self.processes(second).allSatisfy { ($0["opened"] as? [Int]) == [] && $0["unchanged"] as? Int == 1 })
            #expect(try await Self.snapshot(services) == before)
            #expect(before == ["2", "5", "2", "4"])
        }
    }

    /// Counts of edges, column mappings, processes and audit rows.
    static func snapshot(_ services: CatalogServices) async throws -> [String?] {
        var counts: [String?] = []
        for table in ["lineage_edges", "lineage_column_lineage", "lineage_processes", "lineage_audit_log"] {
            counts.append(try await count(services, table))
        }
        return counts
    }

    @Test("a named process, and program units that replace their lineage when they change", arguments: TestEngine.allCases)
    func processes(engine: TestEngine) async throws {
        try await withApp(engine) { client, services in
            let id = try await SQLLineageAPITests.seedOracle(client)
            let (status, named) = try await Self.post(client, [
                "sql": "insert into sales.orders_copy (id) select id from sales.orders", "connection_id": id, "persist": true,
                "process_urn": "urn:process:etl:copy_orders"])
            #expect(status == .created)
            #expect(Self.processes(named).map { $0["process"] as? String } == ["urn:process:etl:copy_orders"])

            func procedure(_ columns: String) -> String {
                "create or replace procedure sales.load_copy as\nbegin\n  insert into sales.orders_copy (\(columns)) select \(columns) from sales.orders;\nend;\n/\n"
            }
            let unit = "urn:process:sql:connection-\(id)/SALES.LOAD_COPY"
            let (_, first) = try await Self.post(client, ["sql": procedure("id"), "connection_id": id, "persist": true])
            #expect(Self.processes(first).map { $0["process"] as? String } == [unit])
            let (_, changed) = try await Self.post(client, ["sql": procedure("id, amount"), "connection_id": id, "persist": true])
            let result = try #require(Self.processes(changed).first)
            #expect(result["process"] as? String == unit)
            #expect((result["opened"] as? [Int])?.count == 1 && (result["closed"] as? [Int])?.count == 1)
            let open = try await Self.upstream(client, of: "\(Self.authority).SALES.ORDERS_COPY")
            #expect(Set(open.compactMap { $0["process"] as? String }) == ["urn:process:etl:copy_orders", unit])
            let current = try #require(open.first { $0["process"] as? String == unit })
            #expect(Self.columns(current) == [["ID", "ID", "identity"], ["AMOUNT", "AMOUNT", "identity"]])
            try await client.execute(uri: "/api/lineage/edges/\(current["id"] as? Int ?? 0)", method: .get) { response in
                #expect((object(response)["evidence"] as? [String: Any])?["unit"] as? String == "sales.load_copy")
            }
            let definition = try await services.database.strings("SELECT definition FROM lineage_processes WHERE urn = '\(unit)'")
            #expect(definition == [procedure("id, amount").components(separatedBy: ";\n/")[0]], "the unit's span, as the evidence has it")
        }
    }

    @Test("statements that cannot be read are recorded once, listed newest first, filtered by connection", arguments: TestEngine.allCases)
    func failures(engine: TestEngine) async throws {
        try await withApp(engine) { client, services in
            let id = try await SQLLineageAPITests.seedOracle(client)
            let sql = "insert into sales.orders_copy select * from sales.orders;\nselec broken from sales.orders;\n"
            let (_, analyzed) = try await Self.post(client, ["sql": sql, "connection_id": id])
            #expect((analyzed["diagnostics"] as? [[String: Any]])?.contains { $0["severity"] as? String == "error" } == true)
            #expect(try await Self.count(services, "lineage_sql_failures") == "0", "analysis alone records nothing")

            let (status, stored) = try await Self.post(client, ["sql": sql, "connection_id": id, "persist": true])
            #expect(status == .created, "the statement that was understood is still stored")
            #expect((stored["persisted"] as? [String: Any])?["failures"] as? Int == 1)
            let failure = try await client.execute(uri: "/api/lineage/sql/failures", method: .get) { response in
                #expect(response.status == .ok)
                #expect(object(response)["total"] as? Int == 1)
                return (object(response)["items"] as? [[String: Any]])?.first ?? [:]
            }
            #expect(failure["connection_id"] as? Int == id)
            #expect(failure["dialect"] as? String == "oracle")
            #expect(failure["line"] as? Int == 2 && failure["column"] as? Int == 1)
            #expect((failure["statement"] as? String)?.hasPrefix("selec broken from") == true)
            #expect((failure["message"] as? String)?.contains("not understood") == true)
            #expect(failure["process_urn"] == nil)
            #expect(failure["first_seen_at"] is String && failure["last_seen_at"] is String)

            // The same problem sent again (further down a longer script) is the same failure, seen again.
            _ = try await Self.post(client, ["sql": "\n\n" + sql, "connection_id": id, "persist": true])
            try await client.execute(uri: "/api/lineage/sql/failures", method: .get) { response in
                #expect(object(response)["total"] as? Int == 1)
                let item = (object(response)["items"] as? [[String: Any]])?.first ?? [:]
                #expect(item["id"] as? Int == failure["id"] as? Int && item["line"] as? Int == 4)
            }

            let other = try await SQLLineageAPITests.connection(client, #"{"name": "Shop", "connector_type": "postgres", "config": {"url": "postgres://etl@pg/shop"}}"#)
            let (_, second) = try await Self.post(client, ["sql": "insert into t select x from s; update set;", "connection_id": other,
                                                           "persist": true, "process_urn": "urn:process:etl:shop"])
            #expect((second["persisted"] as? [String: Any])?["failures"] as? Int == 1)
            let next = try await client.execute(uri: "/api/lineage/sql/failures?limit=1", method: .get) { response in
                #expect(object(response)["total"] as? Int == 2)
                let item = (object(response)["items"] as? [[String: Any]])?.first ?? [:]
                #expect(item["connection_id"] as? Int == other, "newest first")
                #expect(item["process_urn"] as? String == "urn:process:etl:shop")
                #expect(item["dialect"] as? String == "postgres")
                return try #require(object(response)["next_cursor"] as? String)
            }
            try await client.execute(uri: "/api/lineage/sql/failures?limit=1&cursor=\(next)", method: .get) { response in
                #expect((object(response)["items"] as? [[String: Any]])?.first?["id"] as? Int == failure["id"] as? Int)
                #expect(object(response)["next_cursor"] == nil)
            }
            try await client.execute(uri: "/api/lineage/sql/failures?connection_id=\(id)", method: .get) { response in
                #expect(object(response)["total"] as? Int == 1)
            }
            try await client.execute(uri: "/api/lineage/sql/failures?connection_id=424242", method: .get) { response in
                #expect(response.status == .ok && object(response)["total"] as? Int == 0)
            }
        }
    }
}
