import BlobTestServer
import Crypto
import Foundation
import Testing

/// Blob operations: Put Blob, Put Block / Put Block List, Get Blob with ranges, properties, metadata, delete.
@Suite struct BlobServerBlobTests {
    static let bytes = Array("0123456789abcdefghij".utf8)
    static var md5: String { Data(Insecure.MD5.hash(data: bytes)).base64EncodedString() }

    static func seeded(_ client: SignedBlobClient) async throws {
        _ = try await client.send(.PUT, "/lineage", query: [("restype", "container")])
        let put = try await client.send(.PUT, "/lineage/sales/2026/part%20000.csv", headers: [
            ("x-ms-blob-type", "BlockBlob"), ("x-ms-blob-content-type", "text/csv"), ("Content-MD5", md5), ("x-ms-meta-Owner", "finance"),
        ], body: bytes)
        #expect(put.status == 201)
        #expect(put.header("Content-MD5") == md5)
        #expect(put.header("ETag")?.hasPrefix("\"") == true)
    }

    @Test func getReturnsTheBlobWithItsProperties() async throws {
        try await SignedBlobClient.withServer { client in
            try await Self.seeded(client)
            let got = try await client.send(.GET, "/lineage/sales/2026/part%20000.csv")
            #expect(got.status == 200)
            #expect(got.body == Self.bytes)
            #expect(got.header("Content-Type") == "text/csv")
            #expect(got.header("Content-MD5") == Self.md5)
            #expect(got.header("Content-Length") == "20")
            #expect(got.header("x-ms-blob-type") == "BlockBlob")
            #expect(got.header("x-ms-meta-Owner") == "finance")
            #expect(got.header("Accept-Ranges") == "bytes")
            #expect(client.server.bytes(account: "devstoreaccount1", container: "lineage", key: "sales/2026/part 000.csv") == Self.bytes)
        }
    }

    @Test func rangesAnswer206WithContentRangeAnd416PastTheEnd() async throws {
        try await SignedBlobClient.withServer { client in
            try await Self.seeded(client)
            let path = "/lineage/sales/2026/part%20000.csv"
            let ranged = try await client.send(.GET, path, headers: [("x-ms-range", "bytes=5-9")])
            #expect(ranged.status == 206)
            #expect(ranged.body == Array("56789".utf8))
            #expect(ranged.header("Content-Range") == "bytes 5-9/20")
            #expect(ranged.header("Content-Length") == "5")
            #expect(ranged.header("x-ms-blob-content-md5") == Self.md5)

            let standard = try await client.send(.GET, path, headers: [("Range", "bytes=15-")])
            #expect(standard.status == 206)
            #expect(standard.body == Array("fghij".utf8))
            let clamped = try await client.send(.GET, path, headers: [("x-ms-range", "bytes=18-1000")])
            #expect(clamped.body == Array("ij".utf8))
            #expect(clamped.header("Content-Range") == "bytes 18-19/20")

            let past = try await client.send(.GET, path, headers: [("x-ms-range", "bytes=20-30")])
            #expect(past.status == 416)
            #expect(past.errorCode == "InvalidRange")
            #expect(past.header("Content-Range") == "bytes */20")
        }
    }

    @Test func headGivesPropertiesWithoutABody() async throws {
        try await SignedBlobClient.withServer { client in
            try await Self.seeded(client)
            let head = try await client.send(.HEAD, "/lineage/sales/2026/part%20000.csv")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("Content-Length") == "20")
            #expect(head.header("Last-Modified")?.hasSuffix(" GMT") == true)
            #expect(head.header("x-ms-creation-time") != nil)
            let missing = try await client.send(.HEAD, "/lineage/nope")
            #expect(missing.status == 404)
            #expect(missing.errorCode == "BlobNotFound")
        }
    }

    @Test func blocksCommitInTheListedOrder() async throws {
        try await SignedBlobClient.withServer { client in
            _ = try await client.send(.PUT, "/lineage", query: [("restype", "container")])
            let ids = ["block-0", "block-1", "block-2"].map { Data($0.utf8).base64EncodedString() }
            for (id, text) in zip(ids, ["aaa", "bbb", "ccc"]) {
                let staged = try await client.send(.PUT, "/lineage/big.bin", query: [("comp", "block"), ("blockid", id)], body: Array(text.utf8))
                #expect(staged.status == 201)
            }
            let missing = try await client.send(.GET, "/lineage/big.bin")
            #expect(missing.status == 404, "staged blocks are not a blob until committed")
            let list = "<?xml version=\"1.0\" encoding=\"utf-8\"?><BlockList><Latest>\(ids[2])</Latest><Latest>\(ids[0])</Latest></BlockList>"
            let committed = try await client.send(.PUT, "/lineage/big.bin", query: [("comp", "blocklist")],
                                                  headers: [("x-ms-blob-content-type", "application/x-test")], body: Array(list.utf8))
            #expect(committed.status == 201)
            let got = try await client.send(.GET, "/lineage/big.bin")
            #expect(got.text == "cccaaa")
            #expect(got.header("Content-Type") == "application/x-test")
            let unknown = "<BlockList><Latest>\(ids[1])</Latest></BlockList>"
            let refused = try await client.send(.PUT, "/lineage/big.bin", query: [("comp", "blocklist")], body: Array(unknown.utf8))
            #expect(refused.status == 400, "block-1 was dropped when the first list was committed")
            #expect(refused.errorCode == "InvalidBlockList")
        }
    }

    @Test func conditionsMD5AndDelete() async throws {
        try await SignedBlobClient.withServer { client in
            try await Self.seeded(client)
            let path = "/lineage/sales/2026/part%20000.csv"
            let exists = try await client.send(.PUT, path, headers: [("x-ms-blob-type", "BlockBlob"), ("If-None-Match", "*")], body: [1])
            #expect(exists.status == 409)
            #expect(exists.errorCode == "BlobAlreadyExists")
            let badMD5 = try await client.send(.PUT, "/lineage/other", headers: [("x-ms-blob-type", "BlockBlob"), ("Content-MD5", Self.md5)], body: [1, 2])
            #expect(badMD5.status == 400)
            #expect(badMD5.errorCode == "Md5Mismatch")
            let stale = try await client.send(.GET, path, headers: [("If-Match", "\"0x1\"")])
            #expect(stale.status == 412)
            #expect(stale.errorCode == "ConditionNotMet")

            let deleted = try await client.send(.DELETE, path)
            #expect(deleted.status == 202)
            let gone = try await client.send(.GET, path)
            #expect(gone.status == 404)
            #expect(gone.errorCode == "BlobNotFound")
            let noContainer = try await client.send(.GET, "/missing/blob")
            #expect(noContainer.errorCode == "ContainerNotFound")
        }
    }

    @Test func metadataRoundTrips() async throws {
        try await SignedBlobClient.withServer { client in
            try await Self.seeded(client)
            let path = "/lineage/sales/2026/part%20000.csv"
            let set = try await client.send(.PUT, path, query: [("comp", "metadata")], headers: [("x-ms-meta-Classification", "internal")])
            #expect(set.status == 200)
            let head = try await client.send(.HEAD, path)
            #expect(head.header("x-ms-meta-Classification") == "internal")
            #expect(head.header("x-ms-meta-Owner") == nil, "Set Blob Metadata replaces all metadata")
            let invalid = try await client.send(.PUT, path, query: [("comp", "metadata")], headers: [("x-ms-meta-1bad", "x")])
            #expect(invalid.status == 400)
            #expect(invalid.errorCode == "InvalidMetadata")
        }
    }
}
