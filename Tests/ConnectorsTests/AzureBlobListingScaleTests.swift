import BlobTestServer
import Foundation
import Testing
@testable import Connectors

@Suite("Listing at scale")
struct AzureBlobListingScaleTests {
    /// 100,000 blobs with `TORRO_SCALE_TESTS=1`; 20,000 otherwise, because seeding and listing 100,000 blobs on a
    /// small machine slows the suites that run beside this one (and the blob server's own timed listing test).
    static let count = ProcessInfo.processInfo.environment["TORRO_SCALE_TESTS"] == "1" ? 100_000 : 20_000

    @Test("many blobs list in pages of 5,000; the time is printed, not asserted")
    func manyBlobs() async throws {
        try await AzureBlobFixture.run { fixture in
            let count = Self.count
            for index in 0..<count {
                try fixture.server.put(account: fixture.account.name, container: "lake",
                                       key: "events/date=2026-11-\(index % 28 + 1)/part-\(index).parquet", bytes: [])
            }
            fixture.server.clearRequests()
            let store = AzureBlobStore(client: fixture.client())
            let total = Collected<Int>()
            let started = ContinuousClock.now
            try await store.list(container: "lake", prefix: "") { page in await total.add([page.count]) }
            let elapsed = ContinuousClock.now - started
            let pages = await total.items
            #expect(pages.reduce(0, +) == count)
            #expect(pages.count == count / 5000)

            let body = try await Self.samplePage(fixture)
            let parseStarted = ContinuousClock.now
            let parsed = try AzureListingParser.blobPage(body)
            let parsing = ContinuousClock.now - parseStarted
            #expect(parsed.blobs.count == 5000)
            print("Listed \(count) blobs in \(pages.count) pages in \(elapsed); parsing one page of 5,000 (\(body.count) bytes) "
                + "takes \(parsing) of each page's share.")
        }
    }

    /// The XML of one 5,000-blob page as the server sends it.
    static func samplePage(_ fixture: AzureBlobFixture) async throws -> [UInt8] {
        let client = fixture.client()
        let response = try await client.perform(.listBlobs(container: "lake"), method: "GET", path: client.containerPath("lake"),
                                                query: [("restype", "container"), ("comp", "list"), ("maxresults", "5000")],
                                                maxBodyBytes: 64 << 20)
        return response.body
    }
}
