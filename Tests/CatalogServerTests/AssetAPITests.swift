import CatalogServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

@Suite("Assets API")
struct AssetAPITests {
    static let bulk = """
        {"assets": [
          {"urn": "urn:dataset:postgres:localhost:5432/shop.public.orders", "name": "orders", "type": "table", "platform": "postgres",
           "catalog": "shop", "schema": "public", "columns": [{"name": "order_id", "type": "bigint"}, {"name": "customer_id", "type": "bigint"}]},
          {"urn": "urn:dataset:postgres:localhost:5432/shop.public.customers", "name": "customers", "type": "table", "platform": "postgres",
           "catalog": "shop", "schema": "public", "columns": [{"name": "customer_id", "type": "bigint"}, {"name": "email", "type": "text"}]},
          {"urn": "urn:dataset:azure:acct/raw/sales/2024", "type": "dataset", "business": {"tags": ["raw"]}}
        ]}
        """

    static func seed(_ client: any TestClientProtocol) async throws {
        try await client.execute(uri: "/api/assets/bulk", method: .post, headers: jsonHeaders, body: json(bulk)) { response in
            #expect(response.status == .ok)
            #expect(object(response)["created"] as? Int == 3)
        }
    }

    static func items(_ response: TestResponse) -> [[String: Any]] {
        object(response)["items"] as? [[String: Any]] ?? []
    }

    @Test("bulk upsert, list with filters and paging, facets, by-urn", arguments: TestEngine.allCases)
    func listAndFilter(engine: TestEngine) async throws {
        try await withApp(engine) { client, _ in
            try await Self.seed(client)
            try await client.execute(uri: "/api/assets?q=customer", method: .get) { response in
                #expect(Set(Self.items(response).compactMap { $0["name"] as? String }) == ["orders", "customers"])
                #expect(object(response)["total"] as? Int == 2)
            }
            try await client.execute(uri: "/api/assets?platform=azure", method: .get) { response in
                #expect(Self.items(response).map { $0["name"] as? String } == ["2024"])
            }
            try await client.execute(uri: "/api/assets?tag=raw&review_status=pending", method: .get) { response in
                #expect(object(response)["total"] as? Int == 1)
            }
            let cursor = try await client.execute(uri: "/api/assets?sort=name&limit=2", method: .get) { response in
                #expect(Self.items(response).map { $0["name"] as? String } == ["2024", "customers"])
                #expect(object(response)["total"] as? Int == 3)
                return object(response)["next_cursor"] as? String ?? ""
            }
            try await client.execute(uri: "/api/assets?sort=name&limit=2&cursor=\(cursor)", method: .get) { response in
                #expect(Self.items(response).map { $0["name"] as? String } == ["orders"])
                #expect(object(response)["next_cursor"] == nil || object(response)["next_cursor"] is NSNull)
            }
            try await client.execute(uri: "/api/assets/facets", method: .get) { response in
                #expect((object(response)["platform"] as? [String: Int]) == ["postgres": 2, "azure": 1])
                #expect((object(response)["review_status"] as? [String: Int]) == ["pending": 3])
            }
            try await client.execute(uri: "/api/assets/by-urn?urn=urn:dataset:postgres:localhost:5432/shop.public.orders", method: .get) { response in
                #expect(response.status == .ok)
                #expect((object(response)["columns"] as? [[String: Any]])?.count == 2)
            }
        }
    }

    @Test("patch business metadata, review, versions", arguments: TestEngine.allCases)
    func editAndReview(engine: TestEngine) async throws {
        try await withApp(engine) { client, _ in
            try await Self.seed(client)
            let id = try await client.execute(uri: "/api/assets?q=orders", method: .get) { Self.items($0).first?["id"] as? Int ?? 0 }
            let patch = #"{"description": "All orders", "owners": ["ana@example.com"], "tags": ["gold"], "classification": "internal", "custom_properties": {"sla": "daily"}}"#
            try await client.execute(uri: "/api/assets/\(id)", method: .patch, headers: jsonHeaders, body: json(patch)) { response in
                #expect(response.status == .ok)
                let business = object(response)["business"] as? [String: Any] ?? [:]
                #expect(business["description"] as? String == "All orders")
                #expect(business["tags"] as? [String] == ["gold"])
                #expect((business["custom_properties"] as? [String: String]) == ["sla": "daily"])
            }
            try await client.execute(uri: "/api/assets/\(id)", method: .patch, headers: jsonHeaders, body: json(#"{"description": null}"#)) { response in
                let business = object(response)["business"] as? [String: Any] ?? [:]
                #expect(business["description"] == nil && business["tags"] as? [String] == ["gold"])
            }
            try await client.execute(uri: "/api/assets?q=gold", method: .get) { #expect(object($0)["total"] as? Int == 1) }
            let review = #"{"decision": "approve", "comment": "looks right"}"#
            try await client.execute(uri: "/api/assets/\(id)/review", method: .post,
                                     headers: [.contentType: "application/json", .init("X-Torro-User")!: "steward"], body: json(review)) { response in
                let state = object(response)["review"] as? [String: Any] ?? [:]
                #expect(state["status"] as? String == "approved")
                #expect(state["reviewed_by"] as? String == "steward")
                #expect(state["comment"] as? String == "looks right")
            }
            try await client.execute(uri: "/api/assets/\(id)/versions", method: .get) { response in
                #expect((object(response)["versions"] as? [[String: Any]])?.count == 1)
            }
        }
    }

    @Test("bad asset requests: 404, 422 naming the field, 400")
    func badInput() async throws {
        try await withApp { client, services in
            try await Self.seed(client)
            let before = try await services.database.strings("SELECT business FROM assets ORDER BY id")
            let cases: [(String, HTTPRequest.Method, String?, HTTPResponse.Status, String)] = [
                ("/api/assets/99999", .get, nil, .notFound, "asset"),
                ("/api/assets/xyz", .get, nil, .notFound, "asset"),
                ("/api/assets/99999/versions", .get, nil, .notFound, "asset"),
                ("/api/assets/by-urn?urn=urn:dataset:none:x", .get, nil, .notFound, "asset"),
                ("/api/assets/by-urn?urn=orders", .get, nil, .unprocessableContent, "urn"),
                ("/api/assets?limit=0", .get, nil, .unprocessableContent, "limit"),
                ("/api/assets?type=spreadsheet", .get, nil, .unprocessableContent, "type"),
                ("/api/assets?cursor=bogus", .get, nil, .unprocessableContent, "cursor"),
                ("/api/assets?sort=size", .get, nil, .unprocessableContent, "sort"),
                ("/api/assets/1", .patch, #"{"tags": "gold"}"#, .unprocessableContent, "tags"),
                ("/api/assets/1", .patch, "{}", .unprocessableContent, "body"),
                ("/api/assets/1", .patch, "{oops", .badRequest, ""),
                ("/api/assets/1/review", .post, #"{"decision": "maybe"}"#, .unprocessableContent, "decision"),
                ("/api/assets/1/review", .post, #"{"comment": "x"}"#, .unprocessableContent, "decision"),
                ("/api/assets/99999/review", .post, #"{"decision": "approve"}"#, .notFound, "asset"),
                ("/api/assets/bulk", .post, #"{"assets": [{"name": "no urn"}]}"#, .unprocessableContent, "assets[0].urn"),
                ("/api/assets/bulk", .post, #"{"assets": [{"urn": "not-a-urn"}]}"#, .unprocessableContent, "assets[0].urn"),
                ("/api/assets/bulk", .post, #"{"assets": []}"#, .unprocessableContent, "assets"),
                ("/api/assets/bulk", .post, #"{"assets": [{"urn": "urn:dataset:x:y", "type": "sheet"}]}"#, .unprocessableContent, "assets[0].type"),
            ]
            for (uri, method, body, status, field) in cases {
                try await client.execute(uri: uri, method: method, headers: jsonHeaders, body: body.map(json)) { response in
                    #expect(response.status == status, "\(method) \(uri)")
                    #expect(errorOf(response).message.hasPrefix(field), "\(uri): \(errorOf(response).message)")
                }
            }
            #expect(try await services.database.strings("SELECT business FROM assets ORDER BY id") == before)
            #expect(try await services.database.strings("SELECT COUNT(*) FROM assets") == ["3"])
        }
    }
}
