import BlobTestServer
import Foundation
import Testing
@testable import Connectors

@Suite("Retries against injected faults")
struct RetryFaultTests {
    static func seed(_ fixture: AzureBlobFixture) throws {
        try fixture.server.put(account: fixture.account.name, container: "raw", key: "a.csv", bytes: Array("x,y\n1,2\n".utf8))
        fixture.server.clearRequests()
    }

    @Test("503 ServerBusy, then success")
    func serverBusyThenSuccess() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            fixture.server.faults.inject(.serverBusy(), count: 2)
            let page = try await fixture.client().listBlobs(container: "raw")
            #expect(page.blobs.map(\.key) == ["a.csv"])
            #expect(fixture.server.requests.map(\.status) == [503, 503, 200])
        }
    }

    @Test("429 with Retry-After: the client waits at least that long")
    func retryAfterHonoured() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            fixture.server.faults.inject(.tooManyRequests(retryAfter: 1))
            let started = ContinuousClock.now
            let bytes = try await fixture.client().read(container: "raw", key: "a.csv", range: 0..<3)
            let elapsed = ContinuousClock.now - started
            #expect(bytes == Array("x,y".utf8))
            #expect(elapsed >= .seconds(1), "Retry-After: 1 was honoured over the 5 ms backoff")
            #expect(fixture.server.requests.map(\.status) == [429, 206])
        }
    }

    @Test("a dropped connection, then success")
    func droppedConnection() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            fixture.server.faults.inject(.dropConnection)
            let page = try await fixture.client().listBlobs(container: "raw")
            #expect(page.blobs.count == 1)
            #expect(fixture.server.requests.count == 2)
        }
    }

    @Test("500 on every attempt: a transient error after 5 attempts that says what was tried")
    func givesUp() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            fixture.server.faults.inject(.internalError, count: 10)
            let error = await #expect(throws: StorageError.self) { try await fixture.client().listBlobs(container: "raw") }
            #expect(error?.kind == .transient)
            #expect(error?.message.contains("5 attempts") == true)
            #expect(error?.message.contains("'raw'") == true)
            #expect(fixture.server.requests.count == 5)
        }
    }

    @Test("connections dropped on every attempt: a transient network error")
    func networkGivesUp() async throws {
        try await AzureBlobFixture.run { fixture in
            try Self.seed(fixture)
            fixture.server.faults.inject(.dropConnection, count: 10)
            let error = await #expect(throws: StorageError.self) { try await fixture.client().listBlobs(container: "raw") }
            #expect(error?.kind == .transient)
            #expect(error?.message.contains("could not reach 127.0.0.1") == true)
        }
    }

    @Test("nothing listening: connection refused is retried, then reported naming the endpoint")
    func connectionRefused() async throws {
        let port: Int
        do {
            let server = try await BlobTestServer.start()
            port = server.port
            try await server.shutdown()
        }
        let endpoint = try #require(AzureEndpoint("http://127.0.0.1:\(port)/devstoreaccount1"))
        let credential = try AzureAccountKeyCredential(account: "devstoreaccount1", base64Key: BlobAccount.devstoreaccount1.key)
        let client = AzureBlobClient(account: "devstoreaccount1", endpoint: endpoint, credential: credential, retry: .fast)
        let error = await #expect(throws: StorageError.self) { try await client.listContainers() }
        #expect(error?.kind == .transient)
        #expect(error?.message.contains("after 5 attempts") == true)
        #expect(error?.message.contains("endpoint") == true)
    }

    @Test("the token endpoint is retried too when it is busy")
    func tokenEndpointBusy() async throws {
        let principal = AzureBlobAuthTests.principal
        try await AzureBlobFixture.run(principals: [principal]) { fixture in
            try Self.seed(fixture)
            fixture.server.faults.inject(.serverBusy(), count: 1, pathPrefix: "/\(principal.tenant)/")
            let client = try AzureBlobClient(config: AzureBlobConfig(AzureBlobAuthTests.principalConfig(fixture)), retry: .fast)
            let page = try await client.listBlobs(container: "raw")
            #expect(page.blobs.count == 1)
            #expect(fixture.server.tokensIssued == 1)
            #expect(fixture.server.tokenRequests == 2)
        }
    }
}
