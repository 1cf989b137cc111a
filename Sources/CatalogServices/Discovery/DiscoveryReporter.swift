import CatalogModel
import CatalogStore
import Foundation

/// The live progress of one run: counters the discoverer bumps, saved to the store every `interval` seconds
/// (which is also the heartbeat), and the cancel flag the store hands back.
public actor DiscoveryReporter {
    public private(set) var progress = DiscoveryProgress()
    public private(set) var warnings: [String] = []
    /// A cancel was asked for (through the API, or the task was cancelled).
    public private(set) var cancelRequested = false
    let runID: Int64
    let store: any DiscoveryStore
    /// Called after each save, for the CLI's progress display.
    let onReport: @Sendable (DiscoveryProgress) -> Void

    init(runID: Int64, store: any DiscoveryStore, onReport: @escaping @Sendable (DiscoveryProgress) -> Void) {
        self.runID = runID
        self.store = store
        self.onReport = onReport
    }

    /// Changes the counters.
    public func update(_ change: (inout DiscoveryProgress) -> Void) {
        change(&progress)
    }

    /// Adds a warning (an unreadable object, schema drift, ...).
    public func warn(_ message: String) {
        progress.warnings += 1
        if warnings.count < SQLDiscoveryStore.warningLimit { warnings.append(message) }
    }

    /// Throws `CancellationError` once a cancel was asked for, so the discoverer stops at a safe point.
    public func checkCancelled() throws {
        if cancelRequested || Task.isCancelled {
            cancelRequested = true
            throw CancellationError()
        }
    }

    /// Saves the progress now; returns whether a cancel was asked for.
    @discardableResult
    func save() async throws -> Bool {
        if try await store.report(id: runID, progress: progress, warnings: warnings) { cancelRequested = true }
        onReport(progress)
        return cancelRequested
    }
}
