import BlobTestServer
import CatalogModel
import Foundation
import Testing
@testable import Connectors

@Suite("Signing in to the blob test server, each way a connection can")
struct AzureBlobAuthTests {
    static let principal = BlobPrincipal(tenant: "contoso-tenant", clientID: "11111111-2222-3333-4444-555555555555",
                                         clientSecret: "s3cr3t~value.with+chars", role: .reader)

    /// Lists the blobs of `raw` with a client built from `config`, as discovery would.
    static func listRaw(_ fixture: AzureBlobFixture, _ config: JSONObject, azureCLI: AzureCLI = AzureCLI()) async throws -> [String] {
        let client = try AzureBlobClient(config: AzureBlobConfig(config), retry: .fast, azureCLI: azureCLI)
        return try await client.listBlobs(container: "raw").blobs.map(\.key)
    }

    static func seed(_ fixture: AzureBlobFixture) throws {
        try fixture.server.put(account: fixture.account.name, container: "raw", key: "a.csv", bytes: Array("x,y\n".utf8))
    }

    @Test("a connection string with AccountKey and a path-style BlobEndpoint")
    func connectionString() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            let text = "DefaultEndpointsProtocol=http;AccountName=\(fixture.account.name);AccountKey=\(fixture.account.key);"
                + "BlobEndpoint=\(fixture.server.endpoint(account: fixture.account.name));"
            let keys = try await Self.listRaw(fixture, ["connection_string": .string(text)])
            #expect(keys == ["a.csv"])
            #expect(fixture.server.requests.last?.header("Authorization")?.hasPrefix("SharedKey devstoreaccount1:") == true)
            #expect(fixture.server.requests.last?.header("x-ms-version") == AzureBlobClient.apiVersion)
        }
    }

    @Test("account_name with account_key")
    func accountKey() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            var config = fixture.config
            config["account_key"] = .string(fixture.account.key)
            let keys = try await Self.listRaw(fixture, config)
            #expect(keys == ["a.csv"])
        }
    }

    @Test("a wrong account key is an authentication error naming account_key, without the key")
    func wrongKey() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            let wrongKey = "AAAAbGl0dGxlIHdyb25nIGtleSBmb3IgdGVzdHMgb25seSEhISEhISEhISEhISEhISEhISEhISE="
            var config = fixture.config
            config["account_key"] = .string(wrongKey)
            let error = await #expect(throws: StorageError.self) { try await Self.listRaw(fixture, config) }
            #expect(error?.kind == .authentication)
            #expect(error?.status == 403)
            #expect(error?.message.contains("account_key") == true)
            #expect(error?.message.contains("AuthenticationFailed") == true)
            #expect(error?.message.contains(wrongKey) == false)
            let listings = fixture.server.requests.filter { $0.query("comp") == "list" }
            #expect(listings.count == 1, "a refused key is not retried")
        }
    }

    @Test("a SAS token, with or without its '?', is sent on the query")
    func sasToken() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            for token in [fixture.accountSAS(), "?" + fixture.accountSAS()] {
                var config = fixture.config
                config["sas_token"] = .string(token)
                let keys = try await Self.listRaw(fixture, config)
                #expect(keys == ["a.csv"])
            }
            let request = try #require(fixture.server.requests.last)
            #expect(request.header("Authorization") == nil)
            #expect(request.query("sig") != nil)
            #expect(request.query("sp") == "rl")
        }
    }

    @Test("a SAS in a connection string")
    func sasConnectionString() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            let text = "BlobEndpoint=\(fixture.server.endpoint(account: fixture.account.name));SharedAccessSignature=\(fixture.accountSAS())"
            let keys = try await Self.listRaw(fixture, ["connection_string": .string(text)])
            #expect(keys == ["a.csv"])
        }
    }

    @Test("a SAS without list permission, and an expired SAS, say so")
    func sasRefused() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            var readOnly = fixture.config
            let readOnlyToken = fixture.accountSAS(permissions: "r")
            readOnly["sas_token"] = .string(readOnlyToken)
            let permission = await #expect(throws: StorageError.self) { try await Self.listRaw(fixture, readOnly) }
            #expect(permission?.kind == .authorization)
            #expect(permission?.message.contains("'l' (list)") == true)
            let signature = try #require(AzurePercent.decodeQuery(readOnlyToken).first { $0.0 == "sig" }?.1)
            #expect(permission?.message.contains(signature) == false)

            var expired = fixture.config
            expired["sas_token"] = .string(fixture.accountSAS(expiry: Date().addingTimeInterval(-60)))
            let expiry = await #expect(throws: StorageError.self) { try await Self.listRaw(fixture, expired) }
            #expect(expiry?.kind == .authentication)
            #expect(expiry?.message.contains("expired") == true)
            #expect(expiry?.message.contains("sas_token") == true)
        }
    }

    @Test("a service principal signs in at the fake Entra ID once; the token is cached")
    func servicePrincipal() async throws {
        try await AzureBlobFixture.run(principals: [Self.principal]) { fixture in
            try Self.seed(fixture)
            let client = try AzureBlobClient(config: AzureBlobConfig(Self.principalConfig(fixture)), retry: .fast)
            _ = try await client.listBlobs(container: "raw")
            _ = try await client.read(container: "raw", key: "a.csv", range: 0..<2)
            #expect(fixture.server.tokenRequests == 1)
            let last = try #require(fixture.server.requests.last)
            #expect(last.header("Authorization")?.hasPrefix("Bearer ") == true)
            #expect(last.header("x-ms-version") == AzureBlobClient.apiVersion)
        }
    }

    @Test("a token near its expiry is fetched again, and one the server expired is replaced after a 401")
    func tokenRefresh() async throws {
        try await AzureBlobFixture.run(principals: [Self.principal], tokenLifetime: 120) { fixture in
            try Self.seed(fixture)
            let client = try AzureBlobClient(config: AzureBlobConfig(Self.principalConfig(fixture)), retry: .fast)
            _ = try await client.listBlobs(container: "raw")
            _ = try await client.listBlobs(container: "raw")
            #expect(fixture.server.tokenRequests == 2, "a 120 s token is inside the 5-minute margin")
        }
        try await AzureBlobFixture.run(principals: [Self.principal]) { fixture in
            try Self.seed(fixture)
            let client = try AzureBlobClient(config: AzureBlobConfig(Self.principalConfig(fixture)), retry: .fast)
            _ = try await client.listBlobs(container: "raw")
            fixture.server.expireIssuedTokens()
            let keys = try await client.listBlobs(container: "raw").blobs.map(\.key)
            #expect(keys == ["a.csv"])
            #expect(fixture.server.tokenRequests == 2)
        }
    }

    @Test("a wrong client secret names client_secret and the AADSTS code, never the secret")
    func wrongSecret() async throws {
        try await AzureBlobFixture.run(principals: [Self.principal]) { fixture in
            var config = Self.principalConfig(fixture)
            config["client_secret"] = .string("wrong-secret-value")
            let error = await #expect(throws: StorageError.self) { try await Self.listRaw(fixture, config) }
            #expect(error?.kind == .authentication)
            #expect(error?.message.contains("AADSTS7000215") == true)
            #expect(error?.message.contains("client_secret") == true)
            #expect(error?.message.contains("wrong-secret-value") == false)

            var unknownTenant = Self.principalConfig(fixture)
            unknownTenant["tenant_id"] = .string("other-tenant")
            let tenant = await #expect(throws: StorageError.self) { try await Self.listRaw(fixture, unknownTenant) }
            #expect(tenant?.message.contains("tenant_id") == true)
            #expect(tenant?.message.contains("AADSTS90002") == true)
        }
    }

    @Test("a principal without a data role gets an authorization error naming the role to give")
    func noDataRole() async throws {
        let roleless = BlobPrincipal(tenant: "contoso-tenant", clientID: "roleless-app", clientSecret: "x-secret", role: .none)
        try await AzureBlobFixture.run(principals: [roleless]) { fixture in
            try Self.seed(fixture)
            var config = fixture.config
            config["tenant_id"] = .string(roleless.tenant)
            config["client_id"] = .string(roleless.clientID)
            config["client_secret"] = .string(roleless.clientSecret)
            config["authority_host"] = .string(fixture.server.authorityHost)
            let error = await #expect(throws: StorageError.self) { try await Self.listRaw(fixture, config) }
            #expect(error?.kind == .authorization)
            #expect(error?.message.contains("Storage Blob Data Reader") == true)
        }
    }

    @Test("no credential in the config: the Azure CLI's token is used")
    func azureCLI() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            fixture.server.acceptBearerToken("token-from-az-cli", role: .reader)
            let folder = try TemporaryFolder()
            let expiry = Int(Date().timeIntervalSince1970) + 3600
            let az = try folder.script("az", """
                #!/bin/sh
                echo '{"accessToken": "token-from-az-cli", "expires_on": \(expiry), "tokenType": "Bearer"}'
                """)
            let keys = try await Self.listRaw(fixture, fixture.config, azureCLI: AzureCLI(executable: az))
            #expect(keys == ["a.csv"])
            #expect(fixture.server.requests.last?.header("Authorization") == "Bearer token-from-az-cli")
        }
    }

    @Test("no credential and no Azure CLI: the error says to install it or give a credential")
    func noCredentialNoCLI() async throws {
        try await AzureBlobFixture.run { fixture in
            let error = await #expect(throws: StorageError.self) {
                try await Self.listRaw(fixture, fixture.config, azureCLI: AzureCLI(searchPath: "/nonexistent"))
            }
            #expect(error?.kind == .authentication)
            #expect(error?.message.contains("install the Azure CLI and run az login") == true)
            #expect(fixture.server.requests.isEmpty, "nothing is sent without a credential")
        }
    }

    static func principalConfig(_ fixture: AzureBlobFixture) -> JSONObject {
        var config = fixture.config
        config["tenant_id"] = .string(principal.tenant)
        config["client_id"] = .string(principal.clientID)
        config["client_secret"] = .string(principal.clientSecret)
        config["authority_host"] = .string(fixture.server.authorityHost)
        return config
    }
}
