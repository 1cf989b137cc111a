import AsyncHTTPClient
import BlobTestServer
import Foundation
import NIOCore
import Testing

/// The fake Microsoft Entra ID token endpoint: client credentials in, a bearer token the Blob endpoint accepts out.
@Suite struct BlobServerTokenTests {
    static let tenant = "contoso-tenant"
    static let principals = [
        BlobPrincipal(tenant: tenant, clientID: "app-1", clientSecret: "s3cret", role: .contributor),
        BlobPrincipal(tenant: tenant, clientID: "no-role", clientSecret: "s3cret", role: .none),
    ]

    struct TokenReply {
        var status: Int
        var json: [String: Any]
    }

    static func requestToken(_ server: BlobTestServer, tenant: String = tenant, form: String) async throws -> TokenReply {
        var request = HTTPClientRequest(url: "\(server.authorityHost)/\(tenant)/oauth2/v2.0/token")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(string: form))
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        let json = try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any] ?? [:]
        return TokenReply(status: Int(response.status.code), json: json)
    }

    static func form(client: String = "app-1", secret: String = "s3cret", scope: String = "https://storage.azure.com/.default") -> String {
        "grant_type=client_credentials&client_id=\(client)&client_secret=\(secret)&scope=\(scope.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? scope)"
    }

    @Test func aKnownPrincipalGetsATokenTheBlobEndpointAccepts() async throws {
        try await SignedBlobClient.withServer(principals: Self.principals, tokenLifetime: 600) { client in
            try client.server.put(account: "devstoreaccount1", container: "lineage", key: "a.csv", bytes: [1, 2, 3])
            let reply = try await Self.requestToken(client.server, form: Self.form())
            #expect(reply.status == 200)
            #expect(reply.json["token_type"] as? String == "Bearer")
            #expect(reply.json["expires_in"] as? Int == 600)
            let token = try #require(reply.json["access_token"] as? String)
            let read = try await client.send(.GET, "/lineage/a.csv", authorization: .bearer(token))
            #expect(read.body == [1, 2, 3])
            #expect(client.server.tokensIssued == 1)
            #expect(client.server.tokenRequests == 1)

            client.server.expireIssuedTokens()
            let expired = try await client.send(.GET, "/lineage/a.csv", authorization: .bearer(token))
            #expect(expired.status == 401)
            #expect(expired.errorCode == "InvalidAuthenticationInfo")
            #expect(SignedBlobClient.values(of: "AuthenticationErrorDetail", in: expired.text).first?.contains("expired") == true)
        }
    }

    @Test func aPrincipalWithoutADataRoleIsRefused() async throws {
        try await SignedBlobClient.withServer(principals: Self.principals) { client in
            try client.server.put(account: "devstoreaccount1", container: "lineage", key: "a.csv", bytes: [1])
            let reply = try await Self.requestToken(client.server, form: Self.form(client: "no-role"))
            let token = try #require(reply.json["access_token"] as? String)
            let read = try await client.send(.GET, "/lineage/a.csv", authorization: .bearer(token))
            #expect(read.status == 403)
            #expect(read.errorCode == "AuthorizationPermissionMismatch")
        }
    }

    @Test func errorsLookLikeEntraIDs() async throws {
        try await SignedBlobClient.withServer(principals: Self.principals) { client in
            let cases: [(tenant: String, form: String, status: Int, error: String, code: String)] = [
                (Self.tenant, Self.form(secret: "wrong"), 401, "invalid_client", "AADSTS7000215"),
                (Self.tenant, Self.form(client: "unknown-app"), 400, "unauthorized_client", "AADSTS700016"),
                ("other-tenant", Self.form(), 400, "invalid_request", "AADSTS90002"),
                (Self.tenant, Self.form(scope: "https://storage.azure.com/user_impersonation"), 400, "invalid_scope", "AADSTS1002012"),
            ]
            for item in cases {
                let reply = try await Self.requestToken(client.server, tenant: item.tenant, form: item.form)
                #expect(reply.status == item.status, "\(item.form)")
                #expect(reply.json["error"] as? String == item.error)
                #expect((reply.json["error_description"] as? String)?.hasPrefix(item.code + ":") == true)
            }
            #expect(client.server.tokensIssued == 0)
            #expect(client.server.tokenRequests == cases.count)
        }
    }
}
