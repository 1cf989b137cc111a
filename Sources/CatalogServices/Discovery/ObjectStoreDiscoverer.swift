import CatalogModel
import CatalogStore
import Connectors
import FileFormats
import Foundation

/// Discovery of object storage (Azure Blob Storage, local folders): list everything, plan data sets from the
/// listing, read the schemas of the sampled objects that changed since the last run (ranged reads only), assemble
/// the assets, write them in batches, add folder-stage lineage, and remember what was read.
struct ObjectStoreDiscoverer: Discoverer {
    let location: StorageLocation
    /// Objects read at once.
    var concurrency = 16
    var reader = FileSchemaReader()

    func discover(_ context: DiscoveryContext) async throws -> DiscoveryOutcome {
        let reporter = context.reporter
        await reporter.update { $0.phase = "listing" }
        let (containers, objects) = try await list(reporter)
        let plan = DatasetLayout.plan(objects, containers: containers)

        await reporter.update { $0.phase = "reading" }
        let known = try await context.discovery.objectStates(connectionID: context.connection.id)
        let byKey = Dictionary(objects.map { ($0.objectKey, $0.object) }, uniquingKeysWith: { first, _ in first })
        let reads = try await readSchemas(plan: plan, objects: byKey, known: known, reporter: reporter)

        await reporter.update { $0.phase = "writing" }
        try await reporter.checkCancelled()
        // The run that saw each asset is kept by the store beside it (`discovery_run_id` in its operational
        // metadata), not in the documents, so that an unchanged asset stays unchanged.
        let result = DatasetAssembler(naming: location.naming, connectionID: context.connection.id, runID: nil)
            .assemble(plan, schemas: reads.schemas, failures: reads.failures)
        for warning in result.warnings { await reporter.warn(warning) }
        let summary = try await context.assets.upsert(result.assets, discoveryRunID: context.run.id, batchSize: context.batchSize)
        await reporter.update {
            $0.assetsNew = summary.created
            $0.assetsChanged = summary.updated
            $0.assetsUnchanged = summary.unchanged
        }
        try await addStageLineage(result.assets, context)
        try await context.discovery.saveObjectStates(connectionID: context.connection.id, runID: context.run.id,
                                                     reads.states, replacing: true)
        return DiscoveryOutcome(complete: true)
    }

    /// Every container's objects under the configured prefixes that pass the include and exclude globs.
    private func list(_ reporter: DiscoveryReporter) async throws -> ([String], [ListedObject]) {
        let filter = BlobFilter(prefixes: location.prefixes, include: location.include.map(Glob.init),
                                exclude: location.exclude.map(Glob.init))
        let containers = try await location.store.containers()
        let collected = ListingCollector()
        for container in containers {
            for prefix in filter.listingPrefixes(within: "") {
                try await location.store.list(container: container, prefix: prefix) { page in
                    try await reporter.checkCancelled()
                    let kept = page.filter { filter.matches($0.key) }.map { ListedObject(container: container, object: $0) }
                    await collected.add(kept)
                    await reporter.update { $0.objectsListed += kept.count }
                }
            }
        }
        return (containers, await collected.objects)
    }

    /// What reading produced: schemas and failures by object, and the states to remember.
    struct Reads: Sendable {
        var schemas: [ObjectKey: FileSchema] = [:]
        var failures: [ObjectKey: String] = [:]
        var states: [DiscoveredObjectState] = []
    }

    /// One thing to read: a sampled file, or a Delta table's log (remembered under the log folder's key).
    private struct ReadJob: Sendable {
        let key: ObjectKey
        let signature: (etag: String?, size: Int64, modified: Date?)
        let read: @Sendable () async throws -> FileSchema
    }

    private func readSchemas(plan: LayoutPlan, objects: [ObjectKey: StoredObject],
                             known: [String: [String: DiscoveredObjectState]], reporter: DiscoveryReporter) async throws -> Reads {
        var jobs: [ReadJob] = []
        for key in plan.samples {
            guard let object = objects[key], let kind = FileKind.guess(path: key.key) else { continue }
            let source = ObjectByteSource(store: location.store, container: key.container, key: key.key, size: object.size, reporter: reporter)
            jobs.append(ReadJob(key: key, signature: (object.etag, object.size, object.lastModified)) { [reader] in
                try await reader.read(kind, from: source)
            })
        }
        for (table, files) in plan.deltaLogs {
            let members = files.compactMap { key in objects[key].map { (key, $0) } }
            let etag = Digest.sha256Hex(members.map { "\($0.0.key)\u{1}\($0.1.etag ?? "")\u{1}\($0.1.size)" }.joined(separator: "\n"))
            let size = members.reduce(Int64(0)) { $0 + $1.1.size }
            let sources = members.map { key, object in
                (String(key.key.split(separator: "/").last ?? ""),
                 ObjectByteSource(store: location.store, container: key.container, key: key.key, size: object.size, reporter: reporter))
            }
            jobs.append(ReadJob(key: table, signature: (etag, size, nil)) {
                try await DeltaLog.read(Dictionary(sources.map { ($0.0, $0.1 as any ByteSource) }, uniquingKeysWith: { first, _ in first }))
            })
        }
        var reads = Reads()
        var pending: [ReadJob] = []
        for job in jobs {
            if let state = known[job.key.container]?[job.key.key], state.etag == job.signature.etag,
               state.size == job.signature.size, Self.sameTime(state.modifiedAt, job.signature.modified),
               let remembered = RememberedRead(json: state.state) {
                remembered.apply(to: &reads, key: job.key)
                reads.states.append(state)
                await reporter.update { $0.objectsUnchanged += 1 }
            } else {
                pending.append(job)
            }
        }
        try await withThrowingTaskGroup(of: (ReadJob, RememberedRead).self) { group in
            var next = 0
            func launch() {
                guard next < pending.count else { return }
                let job = pending[next]
                next += 1
                group.addTask {
                    try await reporter.checkCancelled()
                    do {
                        return (job, .schema(try await job.read()))
                    } catch let error as StorageError where error.kind == .authentication || error.kind == .authorization {
                        throw error
                    } catch let error as StorageError {
                        return (job, .failure("\(job.key) could not be read: \(error.message)"))
                    } catch let error as FileFormatError {
                        return (job, .failure("\(job.key) could not be read: \(error.message)"))
                    }
                }
            }
            for _ in 0..<concurrency { launch() }
            while let (job, read) = try await group.next() {
                read.apply(to: &reads, key: job.key)
                reads.states.append(DiscoveredObjectState(container: job.key.container, key: job.key.key, etag: job.signature.etag,
                                                          size: job.signature.size, modifiedAt: job.signature.modified, state: read.json))
                await reporter.update { $0.objectsRead += 1 }
                launch()
            }
        }
        return reads
    }

    /// Times as the store keeps them, to the microsecond.
    static func sameTime(_ stored: Date?, _ listed: Date?) -> Bool {
        switch (stored, listed) {
        case (nil, nil): true
        case let (stored?, listed?): abs(stored.timeIntervalSince1970 - listed.timeIntervalSince1970) < 0.000_001
        default: false
        }
    }

    /// Folder-stage lineage between this run's data sets and files.
    private func addStageLineage(_ assets: [AssetInput], _ context: DiscoveryContext) async throws {
        guard !location.stageRules.isEmpty else { return }
        var paths: [String: URN] = [:]
        for asset in assets where asset.type == .dataset || asset.type == .file {
            guard asset.urn.rawValue.hasPrefix(location.naming.base) else { continue }
            paths[String(asset.urn.rawValue.dropFirst(location.naming.base.count))] = asset.urn
        }
        for process in try StageLineage(rules: location.stageRules, connection: context.connection).processes(datasets: paths) {
            _ = try await context.lineage.ingest(process)
        }
    }
}

/// Collects listing pages from the store's callback.
actor ListingCollector {
    private(set) var objects: [ListedObject] = []

    func add(_ page: [ListedObject]) {
        objects += page
    }
}
