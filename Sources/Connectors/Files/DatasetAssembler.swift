import CatalogModel
import FileFormats
import Foundation

/// The second step of storage discovery: from a `LayoutPlan` and the schemas the engine read for its samples,
/// the catalog assets. Pure, like the plan.
///
/// Decisions a data engineer would otherwise ask about:
/// - A plain folder's files are one data set only where they share a schema (see `folderDataset`).
/// - A partitioned data set keeps its partitions together whatever their schemas: its columns are the union
///   and the differences are recorded in `technical.schema_drift` with a run warning (see `SchemaUnion`).
/// - Partition columns that the files do not hold themselves (Hive writers leave them out) are appended as
///   columns, `integer` when every value is a number and `string` otherwise, described as "partition column",
///   nullable when some member has no value for them.
/// - `row_count` is given only when it is exact: every member was read and reported its rows (Parquet, Avro,
///   Delta). When only samples were, `row_count_sampled` is their sum beside `sampled_files`, and nothing is
///   extrapolated. Row counts of text formats are not known without reading whole files, so none is given.
/// - Read failures never drop an asset: it is catalogued without columns, with `read_error` or a warning.
public struct DatasetAssembler: Sendable {
    public var naming: StorageNaming
    public var connectionID: Int64?
    /// Recorded as `operational.discovery_run_id`.
    public var runID: Int64?

    public init(naming: StorageNaming, connectionID: Int64?, runID: Int64?) {
        self.naming = naming
        self.connectionID = connectionID
        self.runID = runID
    }

    /// The assets of `plan`, given the schemas read for its samples (Delta tables under their `deltaLogKey`) and
    /// the reasons the others could not be read.
    public func assemble(_ plan: LayoutPlan, schemas: [ObjectKey: FileSchema],
                         failures: [ObjectKey: String] = [:]) -> FileDiscoveryResult {
        var output = AssemblyOutput()
        output.warnings = plan.warnings
        for folder in plan.folders {
            addFolder(folder, to: &output)
        }
        for dataset in plan.datasets {
            switch dataset.layout {
            case .folder: addFolderDataset(dataset, schemas: schemas, failures: failures, to: &output)
            case .partitioned: addPartitioned(dataset, schemas: schemas, failures: failures, to: &output)
            case .delta: addDelta(dataset, schemas: schemas, failures: failures, to: &output)
            }
        }
        for file in plan.files {
            addFile(container: file.container, object: file.object, kind: file.kind,
                    schema: schemas[file.objectKey], failure: failures[file.objectKey], to: &output)
        }
        return output.result
    }

    // MARK: folders

    private func addFolder(_ folder: PlannedFolder, to output: inout AssemblyOutput) {
        var technical: JSONObject = ["size_bytes": .number(Double(folder.stats.sizeBytes))]
        if !folder.isContainer { technical["path"] = .string(folder.path) }
        var operational = operationalBase(lastModified: folder.stats.lastModified)
        operational["object_count"] = .number(Double(folder.stats.objectCount))
        add(folder.isContainer ? .container : .folder, container: folder.container, path: folder.path,
            technical: technical, operational: operational, to: &output)
    }

    // MARK: shared

    /// Adds one asset, named after the last segment of `path` (the catalog's name for the root); a path that
    /// makes no valid URN costs the asset and a warning, not the run.
    func add(_ type: AssetType, container: String, path: String, technical: JSONObject, operational: JSONObject,
             columns: [Column] = [], objects: [ObjectKey] = [], reads: [ObjectKey] = [],
             to output: inout AssemblyOutput) {
        let path = StoragePath.join([path])
        let urn: URN
        do {
            switch type {
            case .container: urn = try naming.containerURN(container: container)
            case .folder: urn = try naming.folderURN(container: container, path: path)
            default: urn = try naming.datasetURN(container: container, path: path)
            }
        } catch {
            output.warnings.append("\(place(container, path)) is not catalogued: \(error.message)")
            return
        }
        let parent = StoragePath.parent(path)
        output.append(AssetInput(
            urn: urn, name: path.isEmpty ? naming.catalog(container: container) : StoragePath.name(path),
            type: type, platform: naming.platform, catalog: naming.catalog(container: container),
            schema: parent.isEmpty ? nil : parent, connectionID: connectionID, origin: .discovered,
            technical: technical, operational: operational, columns: columns, business: nil))
        if type == .dataset || type == .file {
            output.summaries.append(DatasetSummary(urn: urn, type: type, objects: objects, reads: reads))
        }
    }

    /// `last_modified` and `discovery_run_id`, when known.
    func operationalBase(lastModified: Date?) -> JSONObject {
        var operational: JSONObject = [:]
        if let lastModified { operational["last_modified"] = .string(lastModified.ISO8601Format()) }
        if let runID { operational["discovery_run_id"] = .number(Double(runID)) }
        return operational
    }

    /// How warnings name a place: `container/path`, or the root folder's name for the root of local files.
    func place(_ container: String, _ path: String) -> String {
        let shown = naming.display(container: container, path: path)
        return shown.isEmpty ? naming.rootName : shown
    }
}
