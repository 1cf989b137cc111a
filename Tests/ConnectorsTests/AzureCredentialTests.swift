import Foundation
import Testing
@testable import Connectors

@Suite("Azure credentials")
struct AzureCredentialTests {
    static let key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

    static func failure(_ status: Int, _ code: String?, _ operation: AzureOperation = .listBlobs(container: "raw")) -> AzureFailure {
        AzureFailure(status: status, code: code, message: nil, operation: operation, account: "acme")
    }

    @Test("Shared Key signs with x-ms-date and x-ms-version, as the signer computes it")
    func sharedKeySigns() async throws {
        let credential = try AzureAccountKeyCredential(account: "acme", base64Key: Self.key)
        var request = AzureRequest(method: "GET", path: "/raw", query: [("restype", "container"), ("comp", "list")],
                                   headers: [("x-ms-date", "Sat, 28 Nov 2026 02:23:00 GMT"), ("x-ms-version", "2025-01-05")])
        try await credential.authorize(&request)
        let expected = try SharedKeySigner(account: "acme", base64Key: Self.key)
            .authorization(method: "GET", path: "/raw", query: [("restype", "container"), ("comp", "list")],
                           headers: [("x-ms-date", "Sat, 28 Nov 2026 02:23:00 GMT"), ("x-ms-version", "2025-01-05")])
        #expect(request.header("Authorization") == expected)
        #expect(expected.hasPrefix("SharedKey acme:"))
    }

    @Test("a key that is not base64 is an authentication error naming account_key, without the key")
    func badKey() {
        do {
            _ = try AzureAccountKeyCredential(account: "acme", base64Key: "not-a-key!!")
            Issue.record("expected an error")
        } catch let error as StorageError {
            #expect(error.kind == .authentication)
            #expect(error.message.contains("account_key"))
            #expect(!error.message.contains("not-a-key!!"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("a refused account key names account_key and what to check")
    func refusedKey() {
        let credential = try? AzureAccountKeyCredential(account: "acme", base64Key: Self.key)
        let error = credential?.refusal(Self.failure(403, "AuthenticationFailed"))
        #expect(error?.kind == .authentication)
        #expect(error?.message.contains("account_key") == true)
        #expect(error?.message.contains("missing '='") == true)
        #expect(error?.message.contains(Self.key) == false)
    }

    @Test("a SAS token goes on the query, with or without its '?', and its signature is a secret")
    func sasQuery() async throws {
        let credential = AzureSASCredential(token: "?sv=2025-01-05&ss=b&srt=sco&sp=rl&se=2030-01-01T00%3A00%3A00Z&sig=ab%2Bc%3D")
        var request = AzureRequest(method: "GET", path: "/raw", query: [("comp", "list")])
        try await credential.authorize(&request)
        #expect(request.query.map(\.0) == ["comp", "sv", "ss", "srt", "sp", "se", "sig"])
        #expect(request.query.last?.1 == "ab+c=")
        #expect(request.url(origin: "https://acme.blob.core.windows.net").hasSuffix("se=2030-01-01T00%3A00%3A00Z&sig=ab%2Bc%3D"))
        #expect(credential.secrets.contains("ab+c="))
    }

    @Test("SAS refusals say what is wrong: expired, missing list permission, wrong resource types")
    func sasRefusals() {
        let expired = AzureSASCredential(token: "sv=2025-01-05&ss=b&srt=sco&sp=rl&se=2020-01-01T00:00:00Z&sig=x")
            .refusal(Self.failure(403, "AuthenticationFailed"))
        #expect(expired.kind == .authentication)
        #expect(expired.message.contains("expired at 2020-01-01T00:00:00Z"))
        #expect(expired.message.contains("sas_token"))

        let readOnly = AzureSASCredential(token: "sv=2025-01-05&ss=b&srt=sco&sp=r&se=2030-01-01T00:00:00Z&sig=x")
            .refusal(Self.failure(403, "AuthorizationPermissionMismatch"))
        #expect(readOnly.kind == .authorization)
        #expect(readOnly.message.contains("'l' (list)"))
        #expect(readOnly.message.contains("sp=r"))

        let objectsOnly = AzureSASCredential(token: "sv=2025-01-05&ss=b&srt=o&sp=rl&se=2030-01-01T00:00:00Z&sig=x")
            .refusal(Self.failure(403, "AuthorizationResourceTypeMismatch", .listContainers))
        #expect(objectsOnly.kind == .authorization)
        #expect(objectsOnly.message.contains("srt=o"))
        #expect(objectsOnly.message.contains("'s' (service)"))

        let containerSAS = AzureSASCredential(token: "sv=2025-01-05&sr=c&sp=rl&se=2030-01-01T00:00:00Z&sig=x")
            .refusal(Self.failure(403, "AuthorizationResourceTypeMismatch", .listContainers))
        #expect(containerSAS.message.contains("config.containers"))

        let unknown = AzureSASCredential(token: "sv=2025-01-05&ss=b&srt=sco&sp=r&se=2030-01-01T00:00:00Z&sig=x")
            .refusal(Self.failure(403, "AuthenticationFailed"))
        #expect(unknown.message.contains("se=2030-01-01T00:00:00Z"))
        #expect(unknown.message.contains("'l' (list)"))
    }

    @Test("bearer refusals: a missing data role is an authorization error naming Storage Blob Data Reader")
    func bearerRefusals() {
        let credential = AzureBearerCredential(identity: .servicePrincipal(tenantID: "t1", clientID: "c1"),
                                               tokens: AccessTokenCache(source: FixedTokens(lifetime: 3600)))
        let role = credential.refusal(Self.failure(403, "AuthorizationPermissionMismatch"))
        #expect(role.kind == .authorization)
        #expect(role.message.contains("Storage Blob Data Reader"))
        #expect(role.message.contains("'c1'"))
        let token = credential.refusal(Self.failure(401, "InvalidAuthenticationInfo"))
        #expect(token.kind == .authentication)
        #expect(token.message.contains("tenant_id"))
        let cli = AzureBearerCredential(identity: .azureCLI, tokens: AccessTokenCache(source: FixedTokens(lifetime: 3600)))
            .refusal(Self.failure(401, "InvalidAuthenticationInfo"))
        #expect(cli.message.contains("az login"))
    }
}

/// Hands out numbered tokens with a fixed lifetime, counting how often it was asked, slowly enough for callers to overlap.
actor CountingTokens: AccessTokenSource {
    let lifetime: TimeInterval
    private(set) var fetches = 0

    init(lifetime: TimeInterval) {
        self.lifetime = lifetime
    }

    func fetchToken() async throws -> AzureAccessToken {
        fetches += 1
        let number = fetches
        try await Task.sleep(for: .milliseconds(50))
        return AzureAccessToken(token: "token-\(number)", expiresOn: Date().addingTimeInterval(lifetime))
    }
}

/// A token source for tests that only need a credential to exist.
struct FixedTokens: AccessTokenSource {
    let lifetime: TimeInterval

    func fetchToken() async throws -> AzureAccessToken {
        AzureAccessToken(token: "fixed", expiresOn: Date().addingTimeInterval(lifetime))
    }
}
