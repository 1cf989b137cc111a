import CatalogModel
import CatalogStore
import Connectors
import Foundation
import Logging

/// Runs one queued discovery run from start to finish: claims it, runs the connector's discoverer beside a heartbeat
/// that saves progress and watches for a cancel, then records how it ended. Assets not seen are marked removed only
/// after a successful run that covered the whole connection.
struct DiscoveryRunner: Sendable {
    let store: any DiscoveryStore
    let assets: any AssetStore
    let lineage: any LineageStore
    let connections: ConnectionService
    let discoverers: DiscovererFactory
    let logger: Logger
    /// Seconds between progress saves (the heartbeat).
    let interval: Double
    let batchSize: Int

    static let worker = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)"

    func execute(runID: Int64, onReport: @escaping @Sendable (DiscoveryProgress) -> Void = { _ in }) async throws -> DiscoveryRun {
        guard let run = try await store.start(id: runID, worker: Self.worker) else {
            guard let run = try await store.run(id: runID) else { throw CatalogError.notFound("discovery run", String(runID)) }
            return run
        }
        let reporter = DiscoveryReporter(runID: runID, store: store, onReport: onReport)
        await reporter.update { $0.phase = "starting" }
        do {
            let connection = try await connections.unsealed(id: run.connectionID)
            let discoverer = try discoverers.discoverer(for: connection)
            let context = DiscoveryContext(connection: connection, run: run, reporter: reporter, assets: assets,
                                           discovery: store, lineage: lineage, batchSize: batchSize)
            let outcome = try await withHeartbeat(reporter) { try await discoverer.discover(context) }
            try await reporter.checkCancelled()
            if outcome.complete, let startedAt = run.startedAt {
                let removed = try await assets.markRemoved(connectionID: run.connectionID, notSeenSince: startedAt)
                await reporter.update { $0.assetsRemoved = removed }
            }
            return try await end(runID, .succeeded, reporter, error: nil)
        } catch is CancellationError {
            return try await end(runID, .cancelled, reporter, error: "cancelled on request; nothing was removed")
        } catch let error as StorageError {
            return try await end(runID, .failed, reporter, error: error.message)
        } catch let error as CatalogError where error.code != .internalError {
            return try await end(runID, .failed, reporter, error: error.message)
        } catch {
            logger.error("discovery failed", metadata: ["run.id": "\(runID)", "error": "\(error)"])
            return try await end(runID, .failed, reporter,
                                 error: "discovery stopped on an unexpected error (see the server log for run \(runID)); nothing was removed")
        }
    }

    /// Runs `body` while a second task saves progress every `interval` seconds and cancels `body` when asked to.
    private func withHeartbeat<T: Sendable>(_ reporter: DiscoveryReporter, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask { [interval] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(Int(interval * 1000)))
                    if (try? await reporter.save()) == true { throw CancellationError() }
                }
                return nil
            }
            defer { group.cancelAll() }
            while let result = try await group.next() {
                if let result { return result }
            }
            throw CancellationError()
        }
    }

    private func end(_ runID: Int64, _ status: DiscoveryStatus, _ reporter: DiscoveryReporter, error: String?) async throws -> DiscoveryRun {
        await reporter.update { $0.phase = status.rawValue }
        let run = try await store.finish(id: runID, status: status, progress: await reporter.progress,
                                         warnings: await reporter.warnings, error: error)
        reporter.onReport(run.progress)
        logger.info("discovery ended", metadata: ["run.id": "\(runID)", "status": "\(status.rawValue)"])
        return run
    }
}
