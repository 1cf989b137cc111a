import CatalogModel
import CatalogStore
import Foundation

/// Everything a discoverer may use while it runs: the connection with its secrets opened, the run, the stores.
public struct DiscoveryContext: Sendable {
    public let connection: Connection
    public let run: DiscoveryRun
    public let reporter: DiscoveryReporter
    public let assets: any AssetStore
    public let discovery: any DiscoveryStore
    public let lineage: any LineageStore
    /// Assets written per store transaction.
    public let batchSize: Int
}

/// What a discoverer did.
public struct DiscoveryOutcome: Sendable {
    /// The run covered the whole connection, so assets it did not see may be marked removed.
    public var complete: Bool

    public init(complete: Bool) {
        self.complete = complete
    }
}

/// Finds the assets of one kind of source system and writes them to the catalog.
public protocol Discoverer: Sendable {
    func discover(_ context: DiscoveryContext) async throws -> DiscoveryOutcome
}
