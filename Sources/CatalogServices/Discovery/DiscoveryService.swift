import CatalogModel
import CatalogStore
import Connectors
import Foundation
import Logging

/// Use cases of discovery runs: start one (from the API, the scheduler or the CLI), follow it, cancel it.
public struct DiscoveryService: Sendable {
    let store: any DiscoveryStore
    let connections: ConnectionService
    let runner: DiscoveryRunner
    let active: ActiveRuns
    let logger: Logger
    /// A running run that has not reported for this long is taken to be dead (its worker crashed).
    let staleAfter: TimeInterval

    init(store: any DiscoveryStore, runner: DiscoveryRunner, connections: ConnectionService, logger: Logger,
         staleAfter: TimeInterval = 120) {
        self.store = store
        self.runner = runner
        self.connections = connections
        self.active = ActiveRuns()
        self.logger = logger
        self.staleAfter = staleAfter
    }

    /// Queues a run of the connection and starts it in the background; a connection with an active run is a conflict.
    public func start(connectionID: Int64, trigger: DiscoveryTrigger) async throws -> DiscoveryRun {
        let run = try await store.queue(connectionID: connectionID, trigger: trigger, staleAfter: staleAfter)
        let task = Task { [runner, active, logger] in
            do {
                _ = try await runner.execute(runID: run.id)
            } catch {
                logger.error("discovery run could not be recorded", metadata: ["run.id": "\(run.id)", "error": "\(error)"])
            }
            await active.remove(run.id)
        }
        await active.add(run.id, task)
        return run
    }

    /// Runs discovery of the named connection here and now, reporting progress as it goes (the CLI).
    public func runNow(connectionName: String, onReport: @escaping @Sendable (DiscoveryProgress) -> Void) async throws -> DiscoveryRun {
        let connection = try await connections.get(name: connectionName)
        let run = try await store.queue(connectionID: connection.id, trigger: .cli, staleAfter: staleAfter)
        return try await runner.execute(runID: run.id, onReport: onReport)
    }

    /// Asks a run to stop: a queued run is cancelled at once, a running one at its next safe point.
    public func cancel(id: Int64) async throws -> DiscoveryRun {
        let run = try await store.cancel(id: id)
        await active.cancel(id)
        return run
    }

    public func run(id: Int64) async throws -> DiscoveryRun {
        guard let run = try await store.run(id: id) else { throw CatalogError.notFound("discovery run", String(id)) }
        return run
    }

    public func runs(_ request: DiscoveryRunListRequest) async throws -> Page<DiscoveryRun> {
        var page = try await store.runs(request.query)
        page.nextCursor = Cursor.next(offset: request.query.offset, count: page.items.count, limit: request.query.limit, total: page.total)
        return page
    }

    /// Waits for the runs started in this process to end (tests, shutdown).
    public func waitForActiveRuns() async {
        await active.waitAll()
    }
}

/// The runs this process started, so that a cancel can interrupt them at once.
actor ActiveRuns {
    private var tasks: [Int64: Task<Void, Never>] = [:]

    func add(_ id: Int64, _ task: Task<Void, Never>) { tasks[id] = task }
    func remove(_ id: Int64) { tasks[id] = nil }
    func cancel(_ id: Int64) { tasks[id]?.cancel() }

    func waitAll() async {
        while let (id, task) = tasks.first {
            await task.value
            tasks[id] = nil
        }
    }
}
