import CatalogModel
import CatalogStore
import Foundation

/// The body of `POST /api/lineage/process`, as the system Torro replaces sent it, plus column lineage and time.
public struct ProcessPayload: Sendable, Decodable {
    /// One column mapping; the datasets may be left out when the process has one input or one output.
    public struct ColumnLineage: Sendable, Decodable {
        public var sourceDataset: URN?
        public var sourceColumn: String
        public var targetDataset: URN?
        public var targetColumn: String
        public var transformation: String?
        public var expression: String?

        enum CodingKeys: String, CodingKey {
            case transformation, expression
            case sourceDataset = "source_dataset"
            case sourceColumn = "source_column"
            case targetDataset = "target_dataset"
            case targetColumn = "target_column"
        }
    }

    public var processURN: URN
    public var processName: String?
    public var processType: String?
    public var sourceSystem: String?
    public var jobID: String?
    public var jobName: String?
    public var definition: String?
    public var inputDatasets: [URN]
    public var outputDatasets: [URN]
    public var columnLineage: [ColumnLineage]
    public var eventTime: String?
    public var relationshipType: String?
    public var extractionMethod: ExtractionMethod?
    public var confidence: Double?

    enum CodingKeys: String, CodingKey {
        case definition, confidence
        case processURN = "process_urn"
        case processName = "process_name"
        case processType = "process_type"
        case sourceSystem = "source_system"
        case jobID = "job_id"
        case jobName = "job_name"
        case inputDatasets = "input_datasets"
        case outputDatasets = "output_datasets"
        case columnLineage = "column_lineage"
        case eventTime = "event_time"
        case relationshipType = "relationship_type"
        case extractionMethod = "extraction_method"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        processURN = try c.decode(URN.self, forKey: .processURN)
        processName = try c.decodeIfPresent(String.self, forKey: .processName)
        processType = try c.decodeIfPresent(String.self, forKey: .processType)
        sourceSystem = try c.decodeIfPresent(String.self, forKey: .sourceSystem)
        jobID = try c.decodeIfPresent(String.self, forKey: .jobID)
        jobName = try c.decodeIfPresent(String.self, forKey: .jobName)
        definition = try c.decodeIfPresent(String.self, forKey: .definition)
        inputDatasets = try c.decodeIfPresent([URN].self, forKey: .inputDatasets) ?? []
        outputDatasets = try c.decodeIfPresent([URN].self, forKey: .outputDatasets) ?? []
        columnLineage = try c.decodeIfPresent([ColumnLineage].self, forKey: .columnLineage) ?? []
        eventTime = try c.decodeIfPresent(String.self, forKey: .eventTime)
        relationshipType = try c.decodeIfPresent(String.self, forKey: .relationshipType)
        extractionMethod = try c.decodeIfPresent(ExtractionMethod.self, forKey: .extractionMethod)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence)
    }

    /// The ingestion this payload asks for: an edge per input and output, with the column mappings between them.
    public func ingest(actor: String?) throws(CatalogError) -> ProcessIngest {
        let method = extractionMethod ?? .api
        guard method != .manual else {
            throw CatalogError.invalid("extraction_method", "manual edges are made with POST /api/lineage/manual")
        }
        let confidence = self.confidence ?? 1
        guard (0...1).contains(confidence) else { throw CatalogError.invalid("confidence", "must be between 0 and 1") }
        var time: Date?
        if let eventTime {
            guard let parsed = Timestamp.parse(eventTime) else {
                throw CatalogError.invalid("event_time", "must be an ISO 8601 time such as 2024-05-01T12:00:00Z")
            }
            time = parsed
        }
        if let name = processName, name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw CatalogError.invalid("process_name", "must not be empty")
        }
        let mappings = try columnMappings()
        let relationship = relationshipType ?? "data_flow"
        var edges: [EdgeDraft] = []
        for input in Self.unique(inputDatasets) {
            for output in Self.unique(outputDatasets) {
                edges.append(EdgeDraft(
                    source: input, process: processURN, target: output, relationshipType: relationship,
                    extractionMethod: method, confidence: confidence,
                    evidence: sourceSystem.map { ["source_system": .string($0)] } ?? [:],
                    columns: mappings[Pair(source: input, target: output)] ?? []))
            }
        }
        return ProcessIngest(process: processURN, name: processName ?? processURN.shortName, type: processType ?? "job",
                             sourceSystem: sourceSystem, jobID: jobID, jobName: jobName, definition: definition,
                             edges: edges, eventTime: time, actor: actor, ingestionID: nil)
    }

    private struct Pair: Hashable {
        let source: URN
        let target: URN
    }

    private func columnMappings() throws(CatalogError) -> [Pair: [ColumnMapping]] {
        var result: [Pair: [ColumnMapping]] = [:]
        for (index, item) in columnLineage.enumerated() {
            let field = "column_lineage[\(index)]"
            let source = try Self.dataset(item.sourceDataset, among: inputDatasets, field: "\(field).source_dataset", role: "input")
            let target = try Self.dataset(item.targetDataset, among: outputDatasets, field: "\(field).target_dataset", role: "output")
            guard !item.sourceColumn.isEmpty else { throw CatalogError.invalid("\(field).source_column", "must not be empty") }
            guard !item.targetColumn.isEmpty else { throw CatalogError.invalid("\(field).target_column", "must not be empty") }
            result[Pair(source: source, target: target), default: []].append(ColumnMapping(
                sourceColumn: item.sourceColumn, targetColumn: item.targetColumn,
                transformation: item.transformation ?? "identity", expression: item.expression))
        }
        return result
    }

    private static func dataset(_ given: URN?, among datasets: [URN], field: String, role: String) throws(CatalogError) -> URN {
        if let given {
            guard datasets.contains(given) else { throw CatalogError.invalid(field, "'\(given)' is not one of the \(role) datasets") }
            return given
        }
        guard Set(datasets).count == 1, let only = datasets.first else {
            throw CatalogError.invalid(field, "is required when the process has \(datasets.isEmpty ? "no" : "more than one") \(role) dataset")
        }
        return only
    }

    private static func unique(_ urns: [URN]) -> [URN] {
        var seen = Set<URN>()
        return urns.filter { seen.insert($0).inserted }
    }
}
