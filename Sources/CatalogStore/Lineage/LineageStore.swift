import CatalogModel
import Foundation

/// A process and the edges it has now, as one ingestion sends them.
public struct ProcessIngest: Sendable {
    public var process: URN
    public var name: String
    public var type: String
    public var sourceSystem: String?
    public var jobID: String?
    public var jobName: String?
    public var definition: String?
    public var edges: [EdgeDraft]
    /// When the process ran; edges open (and vanished ones close) at this time. Now when nil.
    public var eventTime: Date?
    public var actor: String?
    public var ingestionID: String?

    public init(process: URN, name: String, type: String = "job", sourceSystem: String? = nil, jobID: String? = nil,
                jobName: String? = nil, definition: String? = nil, edges: [EdgeDraft], eventTime: Date? = nil,
                actor: String? = nil, ingestionID: String? = nil) {
        self.process = process
        self.name = name
        self.type = type
        self.sourceSystem = sourceSystem
        self.jobID = jobID
        self.jobName = jobName
        self.definition = definition
        self.edges = edges
        self.eventTime = eventTime
        self.actor = actor
        self.ingestionID = ingestionID
    }
}

/// What an ingestion changed; all zero and empty when it sent nothing new.
public struct IngestResult: Sendable, Hashable, Codable {
    public var process: URN
    public var processChanged: Bool
    public var opened: [Int64]
    public var closed: [Int64]
    public var unchanged: Int
    public var createdDatasets: [URN]

    enum CodingKeys: String, CodingKey {
        case process, opened, closed, unchanged
        case processChanged = "process_changed"
        case createdDatasets = "created_datasets"
    }
}

/// Lineage: temporal edges grouped by process, manual edges, traversal and the audit log.
public protocol LineageStore: Sendable {
    /// Replaces a process's current automated edges with `ingest.edges`, closing vanished ones; idempotent.
    func ingest(_ ingest: ProcessIngest) async throws -> IngestResult
    /// Adds a manual edge, or returns the identical open one (`created` false).
    func addManualEdge(_ draft: EdgeDraft, actor: String?) async throws -> (edge: LineageEdge, created: Bool)
    /// Closes a manual edge now; automated edges cannot be closed this way.
    func closeManualEdge(id: Int64, actor: String?) async throws -> LineageEdge
    /// The edge with this id, open or closed, with its column mappings.
    func edge(id: Int64) async throws -> LineageEdge?
    /// The process with this URN.
    func process(urn: URN) async throws -> LineageProcess?
    /// The graph around `start`, `depth` dataset hops each way asked, as it was at `asOf` (now when nil).
    func graph(from start: URN, direction: LineageDirection, depth: Int, asOf: Date?, includeColumns: Bool,
               nodeLimit: Int) async throws -> LineageGraph
    /// Loads whatever the store keeps in memory for traversal, so that the first graph request does not wait.
    func warmUp() async throws
    /// Audit entries about a URN (as entity, source or target), newest first; all entries when nil.
    func audit(urn: URN?, limit: Int, offset: Int) async throws -> Page<AuditEntry>
}
