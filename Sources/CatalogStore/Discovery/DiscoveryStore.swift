import CatalogModel
import Foundation

/// What a run remembers of one object it read: enough to skip it next time if it did not change.
public struct DiscoveredObjectState: Sendable, Hashable {
    public var container: String
    public var key: String
    public var etag: String?
    public var size: Int64
    public var modifiedAt: Date?
    /// What reading it produced, as a JSON document the discoverer understands (a file schema, or an error).
    public var state: String

    public init(container: String, key: String, etag: String?, size: Int64, modifiedAt: Date?, state: String) {
        self.container = container
        self.key = key
        self.etag = etag
        self.size = size
        self.modifiedAt = modifiedAt
        self.state = state
    }
}

/// The filters of a run list.
public struct DiscoveryRunQuery: Sendable, Hashable {
    public var connectionID: Int64?
    public var status: DiscoveryStatus?
    public var limit: Int
    public var offset: Int

    public init(connectionID: Int64? = nil, status: DiscoveryStatus? = nil, limit: Int = 50, offset: Int = 0) {
        self.connectionID = connectionID
        self.status = status
        self.limit = limit
        self.offset = offset
    }
}

/// Discovery runs and the object states that make discovery incremental.
public protocol DiscoveryStore: Sendable {
    /// Queues a run; a connection with a queued or running run is a conflict naming that run.
    /// A running run whose worker stopped reporting for `staleAfter` seconds, or a queued run no process started in
    /// that time, is failed first, so a crash blocks nothing.
    func queue(connectionID: Int64, trigger: DiscoveryTrigger, staleAfter: TimeInterval) async throws -> DiscoveryRun
    /// Moves a queued run to running, for `worker`; nil if it was cancelled meanwhile.
    func start(id: Int64, worker: String) async throws -> DiscoveryRun?
    /// Saves progress and the heartbeat; returns whether a cancel was asked for.
    func report(id: Int64, progress: DiscoveryProgress, warnings: [String]) async throws -> Bool
    /// Ends a run with its final state.
    func finish(id: Int64, status: DiscoveryStatus, progress: DiscoveryProgress, warnings: [String], error: String?) async throws -> DiscoveryRun
    /// Cancels a queued run at once, or asks a running one to stop; a finished run is a conflict.
    func cancel(id: Int64) async throws -> DiscoveryRun
    /// The run with this id, or nil.
    func run(id: Int64) async throws -> DiscoveryRun?
    /// Runs matching the query, newest first, with the total count.
    func runs(_ query: DiscoveryRunQuery) async throws -> Page<DiscoveryRun>
    /// The latest run of each connection, by connection id (for the scheduler).
    func latestRuns() async throws -> [Int64: DiscoveryRun]
    /// The object states of a connection, by container and key.
    func objectStates(connectionID: Int64) async throws -> [String: [String: DiscoveredObjectState]]
    /// Saves object states; with `replacing`, states not in `states` are dropped (after a complete run).
    func saveObjectStates(connectionID: Int64, runID: Int64, _ states: [DiscoveredObjectState], replacing: Bool) async throws
}
