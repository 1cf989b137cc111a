import BlobTestServer
import Foundation
import Testing

/// Container operations against the blob test server, with the statuses, headers and XML Azure uses.
@Suite struct BlobServerContainerTests {
    @Test func createAnswers201WithTheHeadersEveryResponseCarries() async throws {
        try await SignedBlobClient.withServer { client in
            let created = try await client.send(.PUT, "/lineage", query: [("restype", "container")])
            #expect(created.status == 201)
            #expect(created.header("ETag")?.hasPrefix("\"0x") == true)
            #expect(created.header("Last-Modified")?.hasSuffix(" GMT") == true)
            #expect(created.header("x-ms-request-id")?.isEmpty == false)
            #expect(created.header("x-ms-version") == SignedBlobClient.version)
            #expect(created.header("Date")?.hasSuffix(" GMT") == true)
        }
    }

    @Test func creatingTwiceIs409ContainerAlreadyExistsWithAnXMLError() async throws {
        try await SignedBlobClient.withServer { client in
            _ = try await client.send(.PUT, "/lineage", query: [("restype", "container")])
            let again = try await client.send(.PUT, "/lineage", query: [("restype", "container")])
            #expect(again.status == 409)
            #expect(again.errorCode == "ContainerAlreadyExists")
            #expect(again.text.hasPrefix("<?xml"))
            #expect(SignedBlobClient.values(of: "Code", in: again.text) == ["ContainerAlreadyExists"])
            #expect(SignedBlobClient.values(of: "Message", in: again.text).first?.hasPrefix("The specified container already exists.") == true)
        }
    }

    @Test func invalidNamesAreRefused() async throws {
        try await SignedBlobClient.withServer { client in
            let reply = try await client.send(.PUT, "/Has_Upper", query: [("restype", "container")])
            #expect(reply.status == 400)
            #expect(reply.errorCode == "InvalidResourceName")
        }
    }

    @Test func listContainersFiltersByPrefixPagesAndIncludesMetadata() async throws {
        try await SignedBlobClient.withServer { client in
            for name in ["raw-a", "raw-b", "raw-c", "curated"] {
                _ = try await client.send(.PUT, "/\(name)", query: [("restype", "container")], headers: [("x-ms-meta-Owner", "team-\(name)")])
            }
            let first = try await client.send(.GET, "/", query: [("comp", "list"), ("prefix", "raw-"), ("maxresults", "2"), ("include", "metadata")])
            #expect(first.status == 200)
            #expect(first.header("Content-Type") == "application/xml")
            #expect(SignedBlobClient.values(of: "Name", in: first.text) == ["raw-a", "raw-b"])
            #expect(SignedBlobClient.values(of: "Owner", in: first.text) == ["team-raw-a", "team-raw-b"])
            let marker = try #require(SignedBlobClient.values(of: "NextMarker", in: first.text).first)
            let second = try await client.send(.GET, "/", query: [("comp", "list"), ("prefix", "raw-"), ("maxresults", "2"), ("marker", marker)])
            #expect(SignedBlobClient.values(of: "Name", in: second.text) == ["raw-c"])
            #expect(second.text.contains("<NextMarker />"))
        }
    }

    @Test func propertiesMetadataAndDelete() async throws {
        try await SignedBlobClient.withServer { client in
            _ = try await client.send(.PUT, "/lineage", query: [("restype", "container")], headers: [("x-ms-meta-team", "data")])
            let properties = try await client.send(.HEAD, "/lineage", query: [("restype", "container")])
            #expect(properties.status == 200)
            #expect(properties.header("x-ms-meta-team") == "data")
            let set = try await client.send(.PUT, "/lineage", query: [("restype", "container"), ("comp", "metadata")], headers: [("x-ms-meta-purpose", "tests")])
            #expect(set.status == 200)
            let after = try await client.send(.GET, "/lineage", query: [("restype", "container")])
            #expect(after.header("x-ms-meta-purpose") == "tests")
            #expect(after.header("x-ms-meta-team") == nil)

            let deleted = try await client.send(.DELETE, "/lineage", query: [("restype", "container")])
            #expect(deleted.status == 202)
            let gone = try await client.send(.GET, "/lineage", query: [("restype", "container")])
            #expect(gone.status == 404)
            #expect(gone.errorCode == "ContainerNotFound")
        }
    }
}
