import CatalogServer
import CatalogServices
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

@Suite("SQL lineage API")
struct SQLLineageAPITests {
    static let oracleConnection = """
        {"name": "Oracle ETL", "connector_type": "oracle_db",
         "config": {"jdbc_url": "jdbc:oracle:thin:@//DB.Example.com:1521/orcl", "username": "etl", "password": "secret"}}
        """
    static let authority = "urn:dataset:oracle:db.example.com:1521/ORCL"

    /// Creates a connection and returns its id.
    static func connection(_ client: any TestClientProtocol, _ body: String) async throws -> Int {
        try await client.execute(uri: "/api/connections", method: .post, headers: jsonHeaders, body: json(body)) { response in
            #expect(response.status == .created)
            return object(response)["id"] as? Int ?? 0
        }
    }

    /// An Oracle connection with three discovered tables: ORDERS under the URN the connection gives, CUSTOMERS under
    /// another host's URN (found through another address), and a table stored with a lower-case name.
    static func seedOracle(_ client: any TestClientProtocol) async throws -> Int {
        let id = try await connection(client, oracleConnection)
        let assets = """
            {"assets": [
              {"urn": "\(authority).SALES.ORDERS", "name": "ORDERS", "type": "table", "platform": "oracle", "catalog": "ORCL",
               "schema": "SALES", "connection_id": \(id), "origin": "discovered",
               "columns": [{"name": "ID", "position": 1}, {"name": "CUSTOMER_ID", "position": 2}, {"name": "AMOUNT", "position": 3}]},
              {"urn": "urn:dataset:oracle:prod-db.example.com:1521/ORCL.SALES.CUSTOMERS", "name": "CUSTOMERS", "type": "table",
               "platform": "oracle", "catalog": "ORCL", "schema": "SALES", "connection_id": \(id), "origin": "discovered",
               "columns": [{"name": "ID", "position": 1}, {"name": "NAME", "position": 2}, {"name": "REGION", "position": 3}]},
              {"urn": "\(authority).sales.regions", "name": "regions", "type": "table", "platform": "oracle", "catalog": "ORCL",
               "schema": "sales", "connection_id": \(id), "columns": [{"name": "region_name"}]}
            ]}
            """
        try await client.execute(uri: "/api/assets/bulk", method: .post, headers: jsonHeaders, body: json(assets)) { response in
            #expect(response.status == .ok)
            #expect(object(response)["created"] as? Int == 3)
        }
        return id
    }

    static func post(_ client: any TestClientProtocol, _ body: [String: Any]) async throws -> (HTTPResponse.Status, [String: Any]) {
        let data = try JSONSerialization.data(withJSONObject: body)
        return try await client.execute(uri: "/api/lineage/sql", method: .post, headers: jsonHeaders,
                                        body: json(String(decoding: data, as: UTF8.self))) { ($0.status, object($0)) }
    }

    static func pairs(_ result: [String: Any]) -> Set<[String]> {
        Set(result["column_lineage"] as? [[String]] ?? [])
    }

    @Test("plain SQL gives the engine's result, without URNs, and stores nothing")
    func plainAnalysis() async throws {
        try await withApp { client, services in
            let sql = """
                insert into sales.daily_totals (customer_id, total)
                select o.customer_id, sum(o.amount) from sales.orders o where o.status = 'PAID' group by o.customer_id;
                """
            let (status, result) = try await Self.post(client, ["sql": sql])
            #expect(status == .ok)
            #expect(Set(result.keys) == ["sources", "targets", "intermediate", "column_lineage", "indirect", "effects", "statements", "diagnostics"])
            #expect(result["sources"] as? [String] == ["SALES.ORDERS"])
            #expect(result["targets"] as? [String] == ["SALES.DAILY_TOTALS"])
            #expect(Self.pairs(result) == [["SALES.ORDERS.CUSTOMER_ID", "SALES.DAILY_TOTALS.CUSTOMER_ID"],
                                           ["SALES.ORDERS.AMOUNT", "SALES.DAILY_TOTALS.TOTAL"]])
            #expect(result["indirect"] as? [String] == ["SALES.ORDERS.STATUS"])
            let statement = try #require((result["statements"] as? [[String: Any]])?.first)
            #expect(statement["kind"] as? String == "insert")
            #expect(statement["line"] as? Int == 1 && statement["confidence"] as? Double == 1)
            let total = (statement["column_lineage"] as? [[String: String]])?.first { $0["target"] == "SALES.DAILY_TOTALS.TOTAL" }
            #expect(total?["transformation"] == "aggregation")

            let (_, qualified) = try await Self.post(client, ["sql": "insert into totals select amount from orders", "default_schema": "hr"])
            #expect(qualified["sources"] as? [String] == ["HR.ORDERS"] && qualified["targets"] as? [String] == ["HR.TOTALS"])
            let (_, postgres) = try await Self.post(client, ["sql": "insert into Mart.Totals select Amount from Sales.Orders", "dialect": "POSTGRES"])
            #expect(postgres["sources"] as? [String] == ["sales.orders"] && postgres["targets"] as? [String] == ["mart.totals"])
            for table in ["lineage_edges", "lineage_processes", "lineage_audit_log", "lineage_sql_failures", "assets"] {
                #expect(try await services.database.strings("SELECT COUNT(*) FROM \(table)") == ["0"], "\(table)")
            }
        }
    }

    @Test("with a connection, catalog columns resolve the SQL and every table maps to the catalog's URN", arguments: TestEngine.allCases)
    func connectionResolved(engine: TestEngine) async throws {
        try await withApp(engine) { client, services in
            let id = try await Self.seedOracle(client)
            let sql = """
                insert into sales.order_totals (customer_name, total)
                select c.name, sum(amount) from sales.customers c join sales.orders o on o.customer_id = c.id group by c.name;
                insert into sales.orders_copy select * from sales.orders;
                insert into audit_log (region) select region_name from sales.regions;
                insert into sales.order_ids select id from orders;
                """
            let (status, result) = try await Self.post(client, ["sql": sql, "connection_id": id])
            #expect(status == .ok)
            let pairs = Self.pairs(result)
            // `amount` is placed by the catalog (ORDERS has it), `*` is expanded from ORDERS' columns.
            #expect(pairs.contains(["SALES.ORDERS.AMOUNT", "SALES.ORDER_TOTALS.TOTAL"]))
            #expect(pairs.contains(["SALES.ORDERS.CUSTOMER_ID", "SALES.ORDERS_COPY.CUSTOMER_ID"]))
            #expect(pairs.contains(["SALES.ORDERS.AMOUNT", "SALES.ORDERS_COPY.AMOUNT"]))
            #expect(!pairs.contains { $0[0].hasSuffix(".*") || $0[0] == "SALES.CUSTOMERS.AMOUNT" })

            let discovered = try await client.execute(uri: "/api/assets?connection_id=\(id)&limit=10", method: .get) { response in
                Dictionary(uniqueKeysWithValues: AssetAPITests.items(response).map { ($0["name"] as? String ?? "", $0["urn"] as? String ?? "") })
            }
            let urns = try #require(result["urns"] as? [String: String])
            #expect(urns == [
                "SALES.ORDERS": try #require(discovered["ORDERS"]),
                "ORDERS": try #require(discovered["ORDERS"]),
                "SALES.CUSTOMERS": try #require(discovered["CUSTOMERS"]),
                "SALES.ORDER_TOTALS": "\(Self.authority).SALES.ORDER_TOTALS",
                "SALES.ORDERS_COPY": "\(Self.authority).SALES.ORDERS_COPY",
                "SALES.ORDER_IDS": "\(Self.authority).SALES.ORDER_IDS",
                // Oracle folds `sales.regions` to SALES.REGIONS: the asset stored as `sales.regions` is another table.
                "SALES.REGIONS": "\(Self.authority).SALES.REGIONS",
                // Unqualified and in no schema of the catalog: the connection user's schema.
                "AUDIT_LOG": "\(Self.authority).ETL.AUDIT_LOG",
            ])
            #expect(discovered["regions"] == "\(Self.authority).sales.regions")

            // PostgreSQL folds to lower case; the dialect comes from the connection.
            let pg = try await Self.connection(client, #"{"name": "Shop", "connector_type": "postgres", "config": {"url": "postgres://etl@PG.Example.com/shop"}}"#)
            let asset = #"{"assets": [{"urn": "urn:dataset:postgres:pg.example.com:5432/shop.public.orders", "name": "orders", "type": "table", "schema": "public", "catalog": "shop", "connection_id": \#(pg), "columns": [{"name": "id"}, {"name": "total"}]}]}"#
            try await client.execute(uri: "/api/assets/bulk", method: .post, headers: jsonHeaders, body: json(asset)) { #expect($0.status == .ok) }
            let (_, shop) = try await Self.post(client, ["sql": "insert into Public.Order_Totals select * from Orders", "connection_id": pg])
            #expect(shop["urns"] as? [String: String] == [
                "orders": "urn:dataset:postgres:pg.example.com:5432/shop.public.orders",
                "public.order_totals": "urn:dataset:postgres:pg.example.com:5432/shop.public.order_totals",
            ])
            #expect(Self.pairs(shop) == [["orders.id", "public.order_totals.id"], ["orders.total", "public.order_totals.total"]])
            for table in ["lineage_edges", "lineage_processes", "lineage_sql_failures"] {
                #expect(try await services.database.strings("SELECT COUNT(*) FROM \(table)") == ["0"], "\(table)")
            }
        }
    }

    @Test("bad input: 400, 404 and 422 naming the field; nothing stored", arguments: TestEngine.allCases)
    func badInput(engine: TestEngine) async throws {
        try await withApp(engine) { client, services in
            let folder = try await Self.connection(client, #"{"name": "Files", "connector_type": "local_files", "config": {"path": "/tmp"}}"#)
            let oracle = try await Self.connection(client, Self.oracleConnection)
            let good = "insert into t select a from s"
            let cases: [(String, HTTPResponse.Status, String)] = [
                (#"{"sql": ""}"#, .unprocessableContent, "sql"),
                (#"{"sql": "  \n\t "}"#, .unprocessableContent, "sql"),
                (#"{"dialect": "oracle"}"#, .unprocessableContent, "sql"),
                (#"{"sql": 42}"#, .unprocessableContent, "sql"),
                (#"{"sql": "\#(good)", "dialect": "klingon"}"#, .unprocessableContent, "dialect"),
                (#"{"sql": "\#(good)", "connection_id": 9999}"#, .notFound, "connection"),
                (#"{"sql": "\#(good)", "connection_id": 9999, "persist": true}"#, .notFound, "connection"),
                (#"{"sql": "\#(good)", "connection_id": "one"}"#, .unprocessableContent, "connection_id"),
                (#"{"sql": "\#(good)", "persist": true}"#, .unprocessableContent, "connection_id"),
                (#"{"sql": "\#(good)", "persist": true, "connection_id": \#(folder)}"#, .unprocessableContent, "connection_id"),
                (#"{"sql": "\#(good)", "persist": "yes", "connection_id": \#(oracle)}"#, .unprocessableContent, "persist"),
                (#"{"sql": "\#(good)", "persist": true, "connection_id": \#(oracle), "process_urn": "etl-job"}"#, .unprocessableContent, "process_urn"),
                (#"{"sql": "\#(good)", "persist": true, "connection_id": \#(oracle), "dialect": "klingon"}"#, .unprocessableContent, "dialect"),
                ("{\"sql\": ", .badRequest, ""),
            ]
            for (body, status, field) in cases {
                try await client.execute(uri: "/api/lineage/sql", method: .post, headers: jsonHeaders, body: json(body)) { response in
                    #expect(response.status == status, "\(body)")
                    #expect(errorOf(response).message.hasPrefix(field), "\(body): \(errorOf(response).message)")
                }
            }
            for uri in ["/api/lineage/sql/failures?limit=0", "/api/lineage/sql/failures?limit=501",
                        "/api/lineage/sql/failures?connection_id=abc", "/api/lineage/sql/failures?cursor=nonsense"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .unprocessableContent, "\(uri)") }
            }
            for table in ["lineage_edges", "lineage_processes", "lineage_audit_log", "lineage_column_lineage", "lineage_sql_failures", "assets"] {
                #expect(try await services.database.strings("SELECT COUNT(*) FROM \(table)") == ["0"], "\(table)")
            }
        }
    }
}
