/// Azure Blob Storage as an `ObjectStore`, with the connection's container list, prefixes and globs applied.
///
/// `containers()` answers the configured containers (without checking them) or, when none are configured, every
/// container of the account. `list` lists only under the configured prefixes and drops blobs that the include
/// and exclude globs leave out, so the discovery engine sees exactly the blobs the connection covers; pages
/// that the globs empty are not passed on. `read` requests only the range.
public struct AzureBlobStore: ObjectStore {
    /// The REST client the store lists and reads with.
    public let client: AzureBlobClient
    /// The configured containers; empty means all of the account's.
    public let configuredContainers: [String]
    /// Prefixes and globs applied inside each container; empty when discovery applies them itself.
    public let filter: BlobFilter
    /// Blobs asked for per listing page (Azure's maximum is 5,000).
    public let pageSize: Int

    public init(client: AzureBlobClient, containers: [String] = [], filter: BlobFilter = BlobFilter(), pageSize: Int = 5000) {
        self.client = client
        self.configuredContainers = containers
        self.filter = filter
        self.pageSize = pageSize
    }

    /// A store for a parsed connection config, on the shared HTTP client.
    public init(config: AzureBlobConfig, retry: RetryPolicy = .standard, azureCLI: AzureCLI = AzureCLI()) throws {
        self.init(client: try AzureBlobClient(config: config, retry: retry, azureCLI: azureCLI),
                  containers: config.containers, filter: config.filter)
    }

    public func containers() async throws -> [String] {
        configuredContainers.isEmpty ? try await client.allContainers() : configuredContainers
    }

    public func list(container: String, prefix: String, page: @Sendable ([StoredObject]) async throws -> Void) async throws {
        for listingPrefix in filter.listingPrefixes(within: prefix) {
            var marker: String?
            repeat {
                let listing = try await client.listBlobs(container: container, prefix: listingPrefix, marker: marker,
                                                         maxResults: pageSize)
                let covered = listing.blobs.filter { filter.matches($0.key) }
                if !covered.isEmpty { try await page(covered) }
                marker = listing.nextMarker
            } while marker != nil
        }
    }

    public func read(container: String, key: String, range: Range<Int64>) async throws -> [UInt8] {
        try await client.read(container: container, key: key, range: range)
    }
}
