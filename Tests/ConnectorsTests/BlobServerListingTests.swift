import BlobTestServer
import Foundation
import Testing

/// List Blobs: prefix, delimiter (`BlobPrefix`), paging with `NextMarker`, metadata, and speed at 100,000 blobs.
@Suite struct BlobServerListingTests {
    static let keys = [
        "hr/employees.csv", "readme.txt", "sales/2025/part-000.parquet", "sales/2026/part-000.parquet",
        "sales/2026/part-001.parquet", "sales/summary.json",
    ]

    static func seed(_ server: BlobTestServer) throws {
        for key in keys.reversed() {
            try server.put(account: "devstoreaccount1", container: "lineage", key: key, bytes: Array(key.utf8), metadata: ["source": "seed"])
        }
    }

    static func list(_ client: SignedBlobClient, _ query: [(String, String)]) async throws -> SignedBlobClient.Reply {
        try await client.send(.GET, "/lineage", query: [("restype", "container"), ("comp", "list")] + query)
    }

    @Test func prefixListsOnlyMatchingBlobsInNameOrder() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            let reply = try await Self.list(client, [("prefix", "sales/")])
            #expect(reply.status == 200)
            #expect(SignedBlobClient.values(of: "Name", in: reply.text) == Self.keys.filter { $0.hasPrefix("sales/") })
            #expect(SignedBlobClient.values(of: "Content-Length", in: reply.text).first == "27")
            #expect(SignedBlobClient.values(of: "BlobType", in: reply.text).allSatisfy { $0 == "BlockBlob" })
            #expect(!reply.text.contains("<Metadata>"), "metadata only with include=metadata")
        }
    }

    @Test func delimiterRollsUpVirtualDirectories() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            let top = try await Self.list(client, [("delimiter", "/")])
            #expect(SignedBlobClient.values(of: "Name", in: top.text) == ["hr/", "readme.txt", "sales/"])
            #expect(top.text.contains("<BlobPrefix><Name>hr/</Name></BlobPrefix>"))
            #expect(SignedBlobClient.values(of: "Delimiter", in: top.text) == ["/"])
            let sales = try await Self.list(client, [("prefix", "sales/"), ("delimiter", "/")])
            #expect(SignedBlobClient.values(of: "Name", in: sales.text) == ["sales/2025/", "sales/2026/", "sales/summary.json"])
        }
    }

    @Test func pagesFollowNextMarkerAndCountPrefixesAsItems() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            var names: [String] = []
            var marker: String?
            var pages = 0
            repeat {
                let reply = try await Self.list(client, [("delimiter", "/"), ("prefix", "sales/"), ("maxresults", "2")] + (marker.map { [("marker", $0)] } ?? []))
                names += SignedBlobClient.values(of: "Name", in: reply.text)
                marker = SignedBlobClient.values(of: "NextMarker", in: reply.text).first
                pages += 1
            } while marker != nil && pages < 10
            #expect(names == ["sales/2025/", "sales/2026/", "sales/summary.json"])
            #expect(pages == 2)
        }
    }

    @Test func metadataAndBadMaxResults() async throws {
        try await SignedBlobClient.withServer { client in
            try Self.seed(client.server)
            let reply = try await Self.list(client, [("prefix", "hr/"), ("include", "metadata")])
            #expect(reply.text.contains("<Metadata><source>seed</source></Metadata>"))
            let bad = try await Self.list(client, [("maxresults", "0")])
            #expect(bad.status == 400)
            #expect(bad.errorCode == "InvalidQueryParameterValue")
        }
    }

    @Test func aHundredThousandBlobsListInPagesOf5000() async throws {
        try await SignedBlobClient.withServer { client in
            let count = 100_000
            for index in 0..<count {
                // Out of order on purpose: the index must sort once, not per page.
                let key = "events/day=\(index % 10)/part-\(100_000 + index).json"
                try client.server.put(account: "devstoreaccount1", container: "lineage", key: key, bytes: [UInt8(index % 256)])
            }
            let started = ContinuousClock.now
            var listed = 0, pages = 0
            var marker: String?
            repeat {
                let reply = try await Self.list(client, marker.map { [("marker", $0)] } ?? [])
                listed += SignedBlobClient.occurrences(of: "<Blob>", in: reply.body)
                marker = SignedBlobClient.lastValue(of: "NextMarker", in: reply.body)
                pages += 1
            } while marker != nil && pages < 100
            let elapsed = ContinuousClock.now - started
            #expect(listed == count)
            #expect(pages == 20)
            // Speed is measured by discovery-bench (BENCHMARKS.md), not asserted here.
            print("listed \(listed) blobs in \(pages) pages in \(elapsed)")
        }
    }
}
