import AsyncHTTPClient
import BlobTestServer
import Foundation
import Testing

/// Injected faults answer exactly as configured, and the request log shows what clients sent.
@Suite struct BlobServerFaultTests {
    @Test func serverBusyAnswersTheNextRequestsUnderThePrefixThenStops() async throws {
        try await SignedBlobClient.withServer { client in
            try client.server.put(account: "devstoreaccount1", container: "lineage", key: "a.csv", bytes: [1])
            try client.server.put(account: "devstoreaccount1", container: "other", key: "b.csv", bytes: [2])
            client.server.faults.inject(.serverBusy(retryAfter: 3), count: 2, pathPrefix: "/devstoreaccount1/lineage/")
            #expect(client.server.faults.pending == 2)
            let elsewhere = try await client.send(.GET, "/other/b.csv")
            #expect(elsewhere.status == 200, "other paths are not affected")
            for _ in 0..<2 {
                let busy = try await client.send(.GET, "/lineage/a.csv")
                #expect(busy.status == 503)
                #expect(busy.errorCode == "ServerBusy")
                #expect(busy.header("Retry-After") == "3")
                #expect(busy.header("x-ms-request-id") != nil)
            }
            let recovered = try await client.send(.GET, "/lineage/a.csv")
            #expect(recovered.status == 200)
            #expect(client.server.faults.pending == 0)
        }
    }

    @Test func tooManyRequestsAndInternalError() async throws {
        try await SignedBlobClient.withServer { client in
            try client.server.put(account: "devstoreaccount1", container: "lineage", key: "a.csv", bytes: [1])
            client.server.faults.inject(.tooManyRequests(retryAfter: 1))
            client.server.faults.inject(.internalError)
            let throttled = try await client.send(.GET, "/lineage/a.csv")
            #expect(throttled.status == 429)
            #expect(throttled.header("Retry-After") == "1")
            let broken = try await client.send(.GET, "/lineage/a.csv")
            #expect(broken.status == 500)
            #expect(broken.errorCode == "InternalError")
        }
    }

    @Test func aDroppedConnectionGivesTheClientNoResponse() async throws {
        try await SignedBlobClient.withServer { client in
            try client.server.put(account: "devstoreaccount1", container: "lineage", key: "a.csv", bytes: [1])
            client.server.faults.inject(.dropConnection)
            await #expect(throws: (any Error).self) {
                _ = try await client.send(.GET, "/lineage/a.csv")
            }
            let next = try await client.send(.GET, "/lineage/a.csv")
            #expect(next.status == 200)
            let statuses = client.server.requests.map(\.status)
            #expect(statuses == [nil, 200])
        }
    }

    @Test func theRequestLogKeepsMethodPathAndRange() async throws {
        try await SignedBlobClient.withServer { client in
            try client.server.put(account: "devstoreaccount1", container: "lineage", key: "data/part 0.parquet", bytes: Array(repeating: 7, count: 100))
            client.server.clearRequests()
            _ = try await client.send(.GET, "/lineage/data/part%200.parquet", headers: [("x-ms-range", "bytes=92-99")])
            _ = try await client.send(.HEAD, "/lineage/data/part%200.parquet")
            let log = client.server.requests
            #expect(log.map(\.method) == ["GET", "HEAD"])
            #expect(log.first?.path == "/devstoreaccount1/lineage/data/part%200.parquet")
            #expect(log.first?.range == "bytes=92-99")
            #expect(log.first?.status == 206)
            #expect(log.last?.range == nil)
        }
    }
}
