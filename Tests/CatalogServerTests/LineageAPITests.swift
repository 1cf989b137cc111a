import CatalogServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

@Suite("Lineage API")
struct LineageAPITests {
    static let process = """
        {"process_urn": "urn:process:etl:job123", "process_name": "Daily ETL Job", "source_system": "airflow", "input_datasets": ["urn:dataset:azure:container/path/file.parquet"], "output_datasets": ["urn:dataset:azure:container/path/output.parquet"]}
        """
    static let input = "urn:dataset:azure:container/path/file.parquet"
    static let output = "urn:dataset:azure:container/path/output.parquet"

    static func edges(_ response: TestResponse) -> [[String: Any]] {
        object(response)["edges"] as? [[String: Any]] ?? []
    }

    @Test("the old system's process payload round-trips into the graph", arguments: TestEngine.allCases)
    func processRoundTrip(engine: TestEngine) async throws {
        try await withApp(engine) { client, _ in
            try await client.execute(uri: "/api/lineage/process", method: .post, headers: jsonHeaders, body: json(Self.process)) { response in
                #expect(response.status == .created)
                #expect((object(response)["opened"] as? [Int])?.count == 1)
                #expect((object(response)["created_datasets"] as? [String])?.count == 2)
            }
            try await client.execute(uri: "/api/lineage/process", method: .post, headers: jsonHeaders, body: json(Self.process)) { response in
                #expect(response.status == .ok)
                #expect((object(response)["opened"] as? [Int]) == [])
                #expect(object(response)["unchanged"] as? Int == 1)
            }
            let edgeID = try await client.execute(uri: "/api/lineage/graph?urn=\(Self.output)&direction=upstream", method: .get) { response in
                #expect(response.status == .ok)
                let graph = object(response)
                #expect(graph["truncated"] as? Bool == false)
                let nodes = graph["nodes"] as? [[String: Any]] ?? []
                #expect(Set(nodes.compactMap { $0["urn"] as? String }) == [Self.input, Self.output, "urn:process:etl:job123"])
                #expect(nodes.first { $0["urn"] as? String == "urn:process:etl:job123" }?["kind"] as? String == "process")
                #expect(nodes.first { $0["urn"] as? String == "urn:process:etl:job123" }?["name"] as? String == "Daily ETL Job")
                let edge = try #require(Self.edges(response).first)
                #expect(edge["source"] as? String == Self.input)
                #expect(edge["process"] as? String == "urn:process:etl:job123")
                #expect(edge["target"] as? String == Self.output)
                #expect(edge["extraction_method"] as? String == "api")
                #expect(edge["confidence"] as? Double == 1)
                return edge["id"] as? Int ?? 0
            }
            try await client.execute(uri: "/api/lineage/edges/\(edgeID)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(object(response)["valid_from"] is String)
                #expect((object(response)["evidence"] as? [String: String])?["source_system"] == "airflow")
            }
            try await client.execute(uri: "/api/lineage/audit?urn=urn:process:etl:job123", method: .get) { response in
                #expect(object(response)["total"] as? Int == 2)
            }
        }
    }

    @Test("column lineage and event time ride along", arguments: TestEngine.allCases)
    func columnsAndTime(engine: TestEngine) async throws {
        try await withApp(engine) { client, _ in
            let body = """
                {"process_urn": "urn:process:etl:job9", "process_name": "Job 9", "input_datasets": ["\(Self.input)"],
                 "output_datasets": ["\(Self.output)"], "event_time": "2024-05-01T12:00:00Z",
                 "column_lineage": [{"source_column": "amount", "target_column": "total", "transformation": "aggregation", "expression": "SUM(amount)"}]}
                """
            try await client.execute(uri: "/api/lineage/process", method: .post, headers: jsonHeaders, body: json(body)) { #expect($0.status == .created) }
            try await client.execute(uri: "/api/lineage/graph?urn=\(Self.input)&direction=downstream&columns=true", method: .get) { response in
                let edge = Self.edges(response).first ?? [:]
                #expect(edge["valid_from"] as? String == "2024-05-01T12:00:00Z")
                let columns = edge["columns"] as? [[String: Any]] ?? []
                #expect(columns.first?["source_column"] as? String == "amount")
                #expect(columns.first?["transformation"] as? String == "aggregation")
            }
            try await client.execute(uri: "/api/lineage/graph?urn=\(Self.input)&as_of=2024-04-30T00:00:00Z", method: .get) { response in
                #expect(Self.edges(response).isEmpty)
            }
        }
    }

    @Test("manual edges by id or URN, deleted with an audit trail", arguments: TestEngine.allCases)
    func manual(engine: TestEngine) async throws {
        try await withApp(engine) { client, _ in
            try await AssetAPITests.seed(client)
            let ids = try await client.execute(uri: "/api/assets?sort=name", method: .get) { response in
                AssetAPITests.items(response).compactMap { $0["id"] as? Int }
            }
            let body = #"{"source_asset_id": \#(ids[1]), "target_asset_id": "urn:dataset:bi:reports/revenue", "relationship_type": "feeds", "column_lineage": [{"source_column": "customer_id", "target_column": "customer", "transformation": "identity"}]}"#
            let edgeID = try await client.execute(uri: "/api/lineage/manual", method: .post, headers: jsonHeaders, body: json(body)) { response in
                #expect(response.status == .created)
                #expect(object(response)["extraction_method"] as? String == "manual")
                #expect(object(response)["target"] as? String == "urn:dataset:bi:reports/revenue")
                return object(response)["id"] as? Int ?? 0
            }
            try await client.execute(uri: "/api/lineage/manual", method: .post, headers: jsonHeaders, body: json(body)) { response in
                #expect(response.status == .ok)
                #expect(object(response)["id"] as? Int == edgeID)
            }
            try await client.execute(uri: "/api/lineage/manual/\(edgeID)", method: .delete) { response in
                #expect(response.status == .ok)
                #expect(object(response)["valid_to"] is String)
            }
            try await client.execute(uri: "/api/lineage/manual/\(edgeID)", method: .delete) { #expect($0.status == .conflict) }
            try await client.execute(uri: "/api/lineage/audit?urn=urn:dataset:bi:reports/revenue", method: .get) { response in
                let actions = (object(response)["items"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
                #expect(actions == ["close_manual_edge", "create_manual_edge"])
            }
        }
    }

    @Test("bad lineage requests: 404, 422 naming the field, 400; nothing written")
    func badInput() async throws {
        try await withApp { client, services in
            let cases: [(String, HTTPRequest.Method, String?, HTTPResponse.Status, String)] = [
                ("/api/lineage/graph?urn=\(Self.input)&depth=0", .get, nil, .unprocessableContent, "depth"),
                ("/api/lineage/graph?urn=\(Self.input)&depth=21", .get, nil, .unprocessableContent, "depth"),
                ("/api/lineage/graph?urn=\(Self.input)&direction=sideways", .get, nil, .unprocessableContent, "direction"),
                ("/api/lineage/graph?urn=\(Self.input)&as_of=yesterday", .get, nil, .unprocessableContent, "as_of"),
                ("/api/lineage/graph", .get, nil, .unprocessableContent, "urn"),
                ("/api/lineage/edges/4242", .get, nil, .notFound, "edge"),
                ("/api/lineage/manual/4242", .delete, nil, .notFound, "edge"),
                ("/api/lineage/process", .post, "[1,", .badRequest, ""),
                ("/api/lineage/process", .post, #"{"process_name": "x"}"#, .unprocessableContent, "process_urn"),
                ("/api/lineage/process", .post, #"{"process_urn": "urn:process:x:y", "input_datasets": ["file.csv"]}"#,
                 .unprocessableContent, "input_datasets[0]"),
                ("/api/lineage/process", .post, #"{"process_urn": "urn:process:x:y", "input_datasets": "urn:dataset:a:b"}"#,
                 .unprocessableContent, "input_datasets"),
                ("/api/lineage/process", .post, #"{"process_urn": "urn:process:x:y", "event_time": "noon"}"#, .unprocessableContent, "event_time"),
                ("/api/lineage/process", .post,
                 #"{"process_urn": "urn:process:x:y", "input_datasets": ["urn:dataset:a:1", "urn:dataset:a:2"], "output_datasets": ["urn:dataset:a:3"], "column_lineage": [{"source_column": "c", "target_column": "d"}]}"#,
                 .unprocessableContent, "column_lineage[0].source_dataset"),
                ("/api/lineage/manual", .post, #"{"target_asset_id": 1}"#, .unprocessableContent, "source_asset_id"),
                ("/api/lineage/manual", .post, #"{"source_asset_id": 777, "target_asset_id": "urn:dataset:a:b"}"#, .notFound, "asset"),
                ("/api/lineage/manual", .post, #"{"source_asset_id": "nonsense", "target_asset_id": 1}"#, .unprocessableContent, "source_asset_id"),
                ("/api/lineage/audit?limit=9999", .get, nil, .unprocessableContent, "limit"),
            ]
            for (uri, method, body, status, field) in cases {
                try await client.execute(uri: uri, method: method, headers: jsonHeaders, body: body.map(json)) { response in
                    #expect(response.status == status, "\(method) \(uri)")
                    #expect(errorOf(response).message.hasPrefix(field), "\(uri): \(errorOf(response).message)")
                }
            }
            for table in ["lineage_edges", "lineage_processes", "lineage_audit_log", "assets"] {
                #expect(try await services.database.strings("SELECT COUNT(*) FROM \(table)") == ["0"], "\(table)")
            }
        }
    }
}
