import Foundation

/// Where a discovery run stands: queued -> running -> succeeded | failed | cancelled.
public enum DiscoveryStatus: String, Sendable, Codable, CaseIterable {
    case queued, running, succeeded, failed, cancelled

    /// Whether the run has ended.
    public var isFinished: Bool { self == .succeeded || self == .failed || self == .cancelled }
}

/// What started a discovery run.
public enum DiscoveryTrigger: String, Sendable, Codable, CaseIterable {
    /// `POST /api/connections/{id}/discover`.
    case api
    /// The connection's cron schedule, run by the server's scheduler.
    case schedule
    /// `torro discover NAME`.
    case cli
}

/// One run of a connection's discovery: its state, live progress and what went wrong.
public struct DiscoveryRun: Sendable, Hashable, Codable {
    public var id: Int64
    public var connectionID: Int64
    public var trigger: DiscoveryTrigger
    public var status: DiscoveryStatus
    public var progress: DiscoveryProgress
    /// Objects that could not be read and other things a user should know; the first few hundred are kept.
    public var warnings: [String]
    /// Why the run failed, in words a user can act on.
    public var error: String?
    /// The host and process that ran it.
    public var worker: String?
    /// A cancel was asked for and the run has not stopped yet.
    public var cancelRequested: Bool
    public var queuedAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?
    /// The last time the running worker reported progress.
    public var heartbeatAt: Date?

    public init(id: Int64, connectionID: Int64, trigger: DiscoveryTrigger, status: DiscoveryStatus,
                progress: DiscoveryProgress = DiscoveryProgress(), warnings: [String] = [], error: String? = nil,
                worker: String? = nil, cancelRequested: Bool = false, queuedAt: Date, startedAt: Date? = nil,
                finishedAt: Date? = nil, heartbeatAt: Date? = nil) {
        self.id = id
        self.connectionID = connectionID
        self.trigger = trigger
        self.status = status
        self.progress = progress
        self.warnings = warnings
        self.error = error
        self.worker = worker
        self.cancelRequested = cancelRequested
        self.queuedAt = queuedAt
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.heartbeatAt = heartbeatAt
    }

    /// Seconds from start to finish, or to now while it runs.
    public func elapsedSeconds(now: Date = Date()) -> Double? {
        guard let startedAt else { return nil }
        return max(0, (finishedAt ?? now).timeIntervalSince(startedAt))
    }

    enum CodingKeys: String, CodingKey {
        case id, trigger, status, progress, warnings, error, worker
        case connectionID = "connection_id"
        case cancelRequested = "cancel_requested"
        case queuedAt = "queued_at"
        case startedAt = "started_at"
        case finishedAt = "finished_at"
        case heartbeatAt = "heartbeat_at"
    }
}

/// The counters a run reports while it works.
public struct DiscoveryProgress: Sendable, Hashable, Codable {
    public var objectsListed = 0
    public var objectsRead = 0
    /// Objects whose ETag, size and modification time had not changed, so they were not read again.
    public var objectsUnchanged = 0
    public var assetsNew = 0
    public var assetsChanged = 0
    public var assetsUnchanged = 0
    public var assetsRemoved = 0
    public var bytesRead: Int64 = 0
    public var warnings = 0
    /// What the run is doing now: listing, reading, writing, ...
    public var phase = "queued"

    public init() {}

    /// Reads what a store or a client saved, taking a missing counter as 0.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func count(_ key: CodingKeys) throws -> Int { try container.decodeIfPresent(Int.self, forKey: key) ?? 0 }
        objectsListed = try count(.objectsListed)
        objectsRead = try count(.objectsRead)
        objectsUnchanged = try count(.objectsUnchanged)
        assetsNew = try count(.assetsNew)
        assetsChanged = try count(.assetsChanged)
        assetsUnchanged = try count(.assetsUnchanged)
        assetsRemoved = try count(.assetsRemoved)
        bytesRead = try container.decodeIfPresent(Int64.self, forKey: .bytesRead) ?? 0
        warnings = try count(.warnings)
        phase = try container.decodeIfPresent(String.self, forKey: .phase) ?? "queued"
    }

    enum CodingKeys: String, CodingKey {
        case warnings, phase
        case objectsListed = "objects_listed"
        case objectsRead = "objects_read"
        case objectsUnchanged = "objects_unchanged"
        case assetsNew = "assets_new"
        case assetsChanged = "assets_changed"
        case assetsUnchanged = "assets_unchanged"
        case assetsRemoved = "assets_removed"
        case bytesRead = "bytes_read"
    }
}
