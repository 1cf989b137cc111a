import BlobTestServer
import CatalogModel
import Foundation
import Testing
@testable import Connectors

@Suite("Azure Blob client against the blob test server")
struct AzureBlobClientTests {
    @Test("list containers, following NextMarker across pages")
    func containers() async throws {
        try await AzureBlobFixture.run { fixture in
            for name in ["curated", "raw", "logs", "archive", "staging"] {
                try fixture.server.createContainer(account: fixture.account.name, name: name)
            }
            let client = fixture.client()
            let firstPage = try await client.listContainers(maxResults: 2)
            #expect(firstPage.names == ["archive", "curated"])
            #expect(firstPage.nextMarker != nil)
            let all = try await client.allContainers()
            #expect(all == ["archive", "curated", "logs", "raw", "staging"])
        }
    }

    @Test("the store lists every blob across many pages, in key order, with properties")
    func pagedListing() async throws {
        try await AzureBlobFixture.run { fixture in
            let keys = (0..<2345).map { String(format: "sales/2026/part-%05d.csv", $0) }
            for key in keys {
                try fixture.server.put(account: fixture.account.name, container: "raw", key: key, bytes: Array("a,b\n".utf8),
                                       contentType: "text/csv")
            }
            fixture.server.clearRequests()
            let store = AzureBlobStore(client: fixture.client(), pageSize: 500)
            let collected = Collected<StoredObject>()
            try await store.list(container: "raw", prefix: "") { page in await collected.add(page) }
            let objects = await collected.items
            #expect(objects.map(\.key) == keys)
            #expect(objects.allSatisfy { $0.size == 4 && $0.contentType == "text/csv" && $0.etag != nil && $0.lastModified != nil })
            let listings = fixture.server.requests.filter { $0.query("comp") == "list" }
            #expect(listings.count == 5)
            #expect(listings.allSatisfy { $0.query("maxresults") == "500" })
        }
    }

    @Test("a delimiter listing gives folders as prefixes")
    func delimiter() async throws {
        try await AzureBlobFixture.run { fixture in
            for key in ["sales/2025/a.csv", "sales/2026/b.csv", "sales/top.csv", "hr/x.csv"] {
                try fixture.server.put(account: fixture.account.name, container: "raw", key: key, bytes: [1])
            }
            let page = try await fixture.client().listBlobs(container: "raw", prefix: "sales/", delimiter: "/")
            #expect(page.blobs.map(\.key) == ["sales/top.csv"])
            #expect(page.prefixes == ["sales/2025/", "sales/2026/"])
        }
    }

    @Test("configured prefixes and globs narrow what the store lists")
    func filteredStore() async throws {
        try await AzureBlobFixture.run { fixture in
            for key in ["sales/a.csv", "sales/tmp/b.csv", "sales/c.json", "hr/d.csv", "finance/e.csv"] {
                try fixture.server.put(account: fixture.account.name, container: "raw", key: key, bytes: [1])
            }
            let filter = BlobFilter(prefixes: ["sales/", "hr/"], include: [Glob("*.csv")], exclude: [Glob("**/tmp/**")])
            let store = AzureBlobStore(client: fixture.client(), containers: ["raw"], filter: filter)
            let collected = Collected<StoredObject>()
            try await store.list(container: "raw", prefix: "") { page in await collected.add(page) }
            let keys = await collected.items.map(\.key)
            #expect(keys == ["hr/d.csv", "sales/a.csv"])
            let containers = try await store.containers()
            #expect(containers == ["raw"])
        }
    }

    @Test("a ranged read asks for the range only, and reads are clamped to the blob")
    func rangedRead() async throws {
        try await AzureBlobFixture.run { fixture in
            let bytes = (0..<100_000).map { UInt8($0 % 251) }
            try fixture.server.put(account: fixture.account.name, container: "raw", key: "big/data file é.parquet", bytes: bytes)
            fixture.server.clearRequests()
            let client = fixture.client()
            let tail = try await client.read(container: "raw", key: "big/data file é.parquet", range: 99_992..<100_000)
            #expect(tail == Array(bytes[99_992...]))
            let gets = fixture.server.requests.filter { $0.method == "GET" }
            #expect(gets.count == 1)
            #expect(gets.first?.range == "bytes=99992-99999")
            #expect(gets.first?.path == "/devstoreaccount1/raw/big/data%20file%20%C3%A9.parquet")

            let clamped = try await client.read(container: "raw", key: "big/data file é.parquet", range: 99_000..<200_000)
            #expect(clamped == Array(bytes[99_000...]))
            let past = try await client.read(container: "raw", key: "big/data file é.parquet", range: 200_000..<200_010)
            #expect(past.isEmpty)
            let empty = try await client.read(container: "raw", key: "big/data file é.parquet", range: 5..<5)
            #expect(empty.isEmpty)
        }
    }

    @Test("blob properties come from a HEAD request")
    func properties() async throws {
        try await AzureBlobFixture.run { fixture in
            try fixture.server.put(account: fixture.account.name, container: "raw", key: "a.json", bytes: Array("{}".utf8),
                                   contentType: "application/json")
            let properties = try await fixture.client().properties(container: "raw", key: "a.json")
            #expect(properties.size == 2)
            #expect(properties.contentType == "application/json")
            #expect(properties.etag != nil)
            #expect(properties.lastModified != nil)
            #expect(fixture.server.requests.last?.method == "HEAD")
        }
    }

    @Test("a missing container or blob is notFound naming it")
    func notFound() async throws {
        try await AzureBlobFixture.run { fixture in
            try fixture.server.createContainer(account: fixture.account.name, name: "raw")
            let client = fixture.client()
            let container = await #expect(throws: StorageError.self) { try await client.listBlobs(container: "nope") }
            #expect(container?.kind == .notFound)
            #expect(container?.message.contains("'nope'") == true)
            let blob = await #expect(throws: StorageError.self) {
                try await client.read(container: "raw", key: "missing.csv", range: 0..<10)
            }
            #expect(blob?.kind == .notFound)
            #expect(blob?.message.contains("raw/missing.csv") == true)
            let head = await #expect(throws: StorageError.self) { try await client.properties(container: "raw", key: "missing.csv") }
            #expect(head?.kind == .notFound)
            let exists = try await client.containerExists("nope")
            #expect(!exists)
        }
    }
}

/// A blob test server with the development account, a container for tests, and clients pointed at it.
struct AzureBlobFixture: Sendable {
    let server: BlobTestServer
    let account = BlobAccount.devstoreaccount1

    /// Starts a server, runs `body`, and stops the server whether `body` throws or not.
    static func run(principals: [BlobPrincipal] = [], tokenLifetime: Int = 3599,
                    _ body: (AzureBlobFixture) async throws -> Void) async throws {
        let server = try await BlobTestServer.start(accounts: [.devstoreaccount1], principals: principals, tokenLifetime: tokenLifetime)
        do {
            try await body(AzureBlobFixture(server: server))
        } catch {
            try? await server.shutdown()
            throw error
        }
        try await server.shutdown()
    }

    var endpoint: AzureEndpoint {
        AzureEndpoint(server.endpoint(account: account.name))!
    }

    /// A client that signs with the account key, or with `credential`.
    func client(_ credential: (any AzureCredential)? = nil, retry: RetryPolicy = .fast) -> AzureBlobClient {
        let signing = credential ?? (try! AzureAccountKeyCredential(account: account.name, base64Key: account.key))
        return AzureBlobClient(account: account.name, endpoint: endpoint, credential: signing, retry: retry)
    }

    /// The base of a connection config for this server: account name and endpoint.
    var config: JSONObject {
        ["account_name": .string(account.name), "endpoint": .string(server.endpoint(account: account.name))]
    }

    /// An account SAS for this account (`ss=b`), signed as Microsoft's "Create an account SAS" describes.
    func accountSAS(permissions: String = "rl", resourceTypes: String = "sco", expiry: Date = Date().addingTimeInterval(3600)) -> String {
        let version = "2025-01-05"
        let se = ISO8601DateFormatter().string(from: expiry)
        let toSign = [account.name, permissions, "b", resourceTypes, "", se, "", "https,http", version, ""].map { $0 + "\n" }.joined()
        let signature = try! SharedKeySigner(account: account.name, base64Key: account.key).signature(of: toSign)
        return "sv=\(version)&ss=b&srt=\(resourceTypes)&sp=\(permissions)&se=\(AzurePercent.encodeQuery(se))&spr=https,http"
            + "&sig=\(AzurePercent.encodeQuery(signature))"
    }
}

extension RetryPolicy {
    /// Retries with millisecond backoff, so fault tests run fast.
    static let fast = RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(5), maxDelay: .milliseconds(50), attemptTimeout: .seconds(30))
}

/// Items collected from concurrent or `@Sendable` callbacks.
actor Collected<Item: Sendable> {
    private(set) var items: [Item] = []

    func add(_ more: [Item]) {
        items += more
    }
}
