import CatalogModel
import CatalogStore
import Foundation
import Logging

/// Starts the discovery of connections whose cron schedule came due, checking every `interval` seconds.
///
/// A schedule is due when it fired since the connection's latest run was queued (or, before any run, since the
/// connection was last saved). A server that was down over a firing time starts one catch-up run. Several servers
/// on one PostgreSQL may all tick: the store lets only one active run per connection exist, the others get a conflict.
public struct DiscoveryScheduler: Sendable {
    let discovery: DiscoveryService
    let store: any DiscoveryStore
    let connections: any ConnectionStore
    let logger: Logger

    /// Checks every `interval` seconds until the task is cancelled.
    public func run(interval: Double = 30) async {
        while !Task.isCancelled {
            do {
                _ = try await tick(now: Date())
            } catch {
                logger.warning("the discovery scheduler could not check schedules", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: .milliseconds(Int(interval * 1000)))
        }
    }

    /// Starts every run due at `now`; returns the runs started.
    public func tick(now: Date) async throws -> [DiscoveryRun] {
        let latest = try await store.latestRuns()
        var started: [DiscoveryRun] = []
        for connection in try await connections.list() {
            guard let text = connection.schedule, !text.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let schedule = try? CronSchedule(parsing: text) else {
                logger.warning("a connection's schedule is not a cron expression", metadata: ["connection.id": "\(connection.id)"])
                continue
            }
            let reference = latest[connection.id]?.queuedAt ?? connection.updatedAt
            guard let due = schedule.next(after: reference), due <= now else { continue }
            do {
                started.append(try await discovery.start(connectionID: connection.id, trigger: .schedule))
                logger.info("scheduled discovery started", metadata: ["connection.id": "\(connection.id)"])
            } catch let error as CatalogError where error.code == .conflict {
                continue
            }
        }
        return started
    }
}
