import AsyncHTTPClient
import Foundation
import Logging

/// The Blob service REST API of one storage account: list containers, list blobs, read properties and byte ranges.
///
/// Every call signs in with `credential`, retries network faults and throttling per `RetryPolicy`, and throws
/// `StorageError`s whose messages say what failed, with which credential, and what to check.
public struct AzureBlobClient: Sendable {
    /// The REST API version sent as `x-ms-version`.
    public static let apiVersion = "2025-01-05"

    /// One HTTP client for the whole process, alive as long as it is (like `HTTPClient.shared`, so nothing has to
    /// shut it down), but without following redirects or decompressing: blob bytes must arrive as stored.
    public static let sharedHTTPClient: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        configuration.timeout = .init(connect: .seconds(10), read: .seconds(60))
        // A refused connection fails the attempt at once; `RetryPolicy` decides about trying again.
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    /// The storage account name.
    public let account: String
    /// The account's blob service URL.
    public let endpoint: AzureEndpoint
    /// How every request signs in.
    public let credential: any AzureCredential
    let http: AzureHTTP

    public init(account: String, endpoint: AzureEndpoint, credential: any AzureCredential,
                httpClient: HTTPClient = AzureBlobClient.sharedHTTPClient, retry: RetryPolicy = .standard,
                logger: Logger = Logger(label: "torro.azure")) {
        self.account = account
        self.endpoint = endpoint
        self.credential = credential
        self.http = AzureHTTP(client: httpClient, retry: retry, logger: logger)
    }

    /// A client for a parsed connection config. Throws a `StorageError(.authentication)` when the account key
    /// is not base64; a missing Azure CLI is reported by the first request.
    public init(config: AzureBlobConfig, httpClient: HTTPClient = AzureBlobClient.sharedHTTPClient,
                retry: RetryPolicy = .standard, azureCLI: AzureCLI = AzureCLI(),
                logger: Logger = Logger(label: "torro.azure")) throws {
        let http = AzureHTTP(client: httpClient, retry: retry, logger: logger)
        let credential: any AzureCredential
        switch config.auth {
        case .accountKey(let key, let field):
            credential = try AzureAccountKeyCredential(account: config.accountName, base64Key: key, field: field)
        case .sasToken(let token, let field):
            credential = AzureSASCredential(token: token, field: field)
        case .servicePrincipal(let principal):
            credential = AzureBearerCredential(
                identity: .servicePrincipal(tenantID: principal.tenantID, clientID: principal.clientID),
                tokens: AccessTokenCache(source: EntraTokenSource(principal: principal, http: http)))
        case .azureCLI:
            credential = AzureBearerCredential(identity: .azureCLI, tokens: AccessTokenCache(source: azureCLI))
        }
        self.account = config.accountName
        self.endpoint = config.endpoint
        self.credential = credential
        self.http = http
    }

    /// One page of the account's containers.
    public func listContainers(prefix: String? = nil, marker: String? = nil, maxResults: Int? = nil) async throws -> AzureContainerPage {
        var query = [("comp", "list")]
        if let prefix, !prefix.isEmpty { query.append(("prefix", prefix)) }
        if let marker { query.append(("marker", marker)) }
        if let maxResults { query.append(("maxresults", String(maxResults))) }
        let operation = AzureOperation.listContainers
        let response = try await perform(operation, method: "GET", path: endpoint.basePath + "/", query: query,
                                         maxBodyBytes: 64 << 20)
        return try parse(operation) { () throws(XMLScanner.Failure) in try AzureListingParser.containerPage(response.body) }
    }

    /// Every container of the account, following `NextMarker` across pages.
    public func allContainers() async throws -> [String] {
        var names: [String] = []
        var marker: String?
        repeat {
            let page = try await listContainers(marker: marker)
            names += page.names
            marker = page.nextMarker
        } while marker != nil
        return names
    }

    /// One page of the blobs in `container` whose names start with `prefix`; with a `delimiter`, names that go
    /// deeper come back once each as `prefixes` ("folders").
    public func listBlobs(container: String, prefix: String = "", delimiter: String? = nil, marker: String? = nil,
                          maxResults: Int = 5000) async throws -> AzureBlobPage {
        var query = [("restype", "container"), ("comp", "list")]
        if !prefix.isEmpty { query.append(("prefix", prefix)) }
        if let delimiter { query.append(("delimiter", delimiter)) }
        if let marker { query.append(("marker", marker)) }
        query.append(("maxresults", String(maxResults)))
        let operation = AzureOperation.listBlobs(container: container)
        let response = try await perform(operation, method: "GET", path: containerPath(container), query: query,
                                         maxBodyBytes: 256 << 20)
        return try parse(operation) { () throws(XMLScanner.Failure) in try AzureListingParser.blobPage(response.body) }
    }

    /// Whether `container` exists (and may be listed with this credential; other refusals are thrown).
    public func containerExists(_ container: String) async throws -> Bool {
        do {
            _ = try await listBlobs(container: container, maxResults: 1)
            return true
        } catch let error as StorageError where error.kind == .notFound {
            return false
        }
    }

    /// A blob's size, ETag, last-modified time and content type (a HEAD request).
    public func properties(container: String, key: String) async throws -> StoredObject {
        let operation = AzureOperation.readProperties(container: container, key: key)
        let response = try await perform(operation, method: "HEAD", path: blobPath(container, key), maxBodyBytes: 1 << 20)
        return StoredObject(key: key, size: response.header("Content-Length").flatMap { Int64($0) } ?? 0,
                            etag: response.header("ETag"),
                            lastModified: response.header("Last-Modified").flatMap(HTTPDate.parse),
                            contentType: response.header("Content-Type"))
    }

    /// The bytes of `range` of a blob, clamped to its length: only the range is requested (`x-ms-range`).
    public func read(container: String, key: String, range: Range<Int64>) async throws -> [UInt8] {
        guard !range.isEmpty, range.lowerBound >= 0 else { return [] }
        let operation = AzureOperation.read(container: container, key: key)
        // Room for the range, or for a whole blob from a server that ignores ranges, and for an error body.
        let limit = Int(clamping: range.upperBound) + (1 << 20)
        let response = try await perform(operation, method: "GET", path: blobPath(container, key),
                                         headers: [("x-ms-range", "bytes=\(range.lowerBound)-\(range.upperBound - 1)")],
                                         maxBodyBytes: limit, accepting: [416])
        switch response.status {
        case 416:
            return []  // the range starts at or past the end of the blob
        case 206:
            return Array(response.body.prefix(range.count))
        default:
            // A server that ignores ranges sends the whole blob from byte 0.
            let start = min(Int(range.lowerBound), response.body.count)
            let end = min(Int(clamping: range.upperBound), response.body.count)
            return Array(response.body[start..<end])
        }
    }

    func containerPath(_ container: String) -> String {
        endpoint.basePath + "/" + AzurePercent.encodePath(container)
    }

    func blobPath(_ container: String, _ key: String) -> String {
        containerPath(container) + "/" + AzurePercent.encodePath(key)
    }

    private func parse<Page>(_ operation: AzureOperation, _ body: () throws(XMLScanner.Failure) -> Page) throws -> Page {
        do {
            return try body()
        } catch {
            throw StorageError(.other, "Azure's answer to \(operation) for account '\(account)' is not a listing Torro can read "
                + "(\(error)); check that endpoint (\(endpoint)) is the account's blob service endpoint.")
        }
    }
}
