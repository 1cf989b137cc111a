import BlobTestServer
import Foundation
import Testing

/// Every way in is checked for real: Shared Key, SAS, bearer tokens, and none.
@Suite struct BlobServerAuthTests {
    static func seed(_ server: BlobTestServer) throws {
        try server.put(account: "devstoreaccount1", container: "lineage", key: "a.csv", bytes: Array("x,y\n".utf8))
        try server.put(account: "devstoreaccount1", container: "other", key: "b.csv", bytes: Array("z\n".utf8))
    }

    @Test func aWrongKeyIs403AuthenticationFailedShowingTheStringToSign() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            var wrong = client
            wrong.key = Data(repeating: 1, count: 64).base64EncodedString()
            let reply = try await wrong.send(.GET, "/lineage/a.csv")
            #expect(reply.status == 403)
            #expect(reply.errorCode == "AuthenticationFailed")
            let detail = SignedBlobClient.values(of: "AuthenticationErrorDetail", in: reply.text).first ?? ""
            #expect(detail.contains("/devstoreaccount1/devstoreaccount1/lineage/a.csv"))
        }
    }

    @Test func aStaleDateIsRefused() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            let reply = try await client.send(.GET, "/lineage/a.csv", date: Date().addingTimeInterval(-3600))
            #expect(reply.status == 403)
            #expect(reply.errorCode == "AuthenticationFailed")
        }
    }

    @Test func noCredentialsIs401NoAuthenticationInformation() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            let reply = try await client.send(.GET, "/lineage/a.csv", authorization: .none)
            #expect(reply.status == 401)
            #expect(reply.errorCode == "NoAuthenticationInformation")
            #expect(reply.header("WWW-Authenticate")?.hasPrefix("Bearer authorization_uri=") == true)
        }
    }

    @Test func aReadOnlyContainerSASReadsButCannotWrite() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            let sas = try client.serviceSAS(container: "lineage", permissions: "rl", start: Date().addingTimeInterval(-60), expiry: Date().addingTimeInterval(3600))
            let read = try await client.send(.GET, "/lineage/a.csv", authorization: .sas(sas))
            #expect(read.status == 200)
            let list = try await client.send(.GET, "/lineage", query: [("restype", "container"), ("comp", "list")], authorization: .sas(sas))
            #expect(list.status == 200)
            let write = try await client.send(.PUT, "/lineage/new.csv", headers: [("x-ms-blob-type", "BlockBlob")], body: [1], authorization: .sas(sas))
            #expect(write.status == 403)
            #expect(write.errorCode == "AuthorizationPermissionMismatch")
            let elsewhere = try await client.send(.GET, "/other/b.csv", authorization: .sas(sas))
            #expect(elsewhere.status == 403, "the signature covers the container it was made for")
            #expect(elsewhere.errorCode == "AuthenticationFailed")
        }
    }

    @Test func expiredOrTamperedSASIsAuthenticationFailed() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            let expired = try client.serviceSAS(container: "lineage", permissions: "r", expiry: Date().addingTimeInterval(-60))
            let late = try await client.send(.GET, "/lineage/a.csv", authorization: .sas(expired))
            #expect(late.status == 403)
            #expect(late.errorCode == "AuthenticationFailed")

            var tampered = try client.serviceSAS(container: "lineage", permissions: "r", expiry: Date().addingTimeInterval(3600))
            tampered = tampered.map { $0.0 == "sp" ? ("sp", "rwdl") : $0 }
            let forged = try await client.send(.PUT, "/lineage/a.csv", headers: [("x-ms-blob-type", "BlockBlob")], body: [1], authorization: .sas(tampered))
            #expect(forged.status == 403)
            #expect(forged.errorCode == "AuthenticationFailed")
        }
    }

    @Test func aBlobSASReachesOnlyItsBlob() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            let sas = try client.serviceSAS(container: "lineage", blob: "a.csv", permissions: "r", expiry: Date().addingTimeInterval(3600))
            let read = try await client.send(.GET, "/lineage/a.csv", authorization: .sas(sas))
            #expect(read.text == "x,y\n")
            let list = try await client.send(.GET, "/lineage", query: [("restype", "container"), ("comp", "list")], authorization: .sas(sas))
            #expect(list.status == 403)
        }
    }

    @Test func bearerTokensAreAcceptedOnlyWhenConfigured() async throws {
        try await SignedBlobClient.withServer(bearerTokens: ["cli-token"]) { client in
            try Self.seed(client.server)
            let accepted = try await client.send(.GET, "/lineage/a.csv", authorization: .bearer("cli-token"))
            #expect(accepted.status == 200)
            let unknown = try await client.send(.GET, "/lineage/a.csv", authorization: .bearer("forged"))
            #expect(unknown.status == 401)
            #expect(unknown.errorCode == "InvalidAuthenticationInfo")
            client.server.acceptBearerToken("reader-token", role: .reader)
            let read = try await client.send(.GET, "/lineage/a.csv", authorization: .bearer("reader-token"))
            #expect(read.status == 200)
            let write = try await client.send(.DELETE, "/lineage/a.csv", authorization: .bearer("reader-token"))
            #expect(write.status == 403)
            #expect(write.errorCode == "AuthorizationPermissionMismatch")
        }
    }
}
