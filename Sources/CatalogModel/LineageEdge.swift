import Foundation

/// How an edge was found.
public enum ExtractionMethod: String, Sendable, Codable, CaseIterable {
    case sqlParse = "sql_parse"
    case oracleDependency = "oracle_dependency"
    case postgresDependency = "postgres_dependency"
    case manual
    case openlineage
    case folderRule = "folder_rule"
    case api
}

/// One data flow from a source dataset, optionally through a process, to a target dataset, valid for a time.
public struct LineageEdge: Sendable, Hashable, Codable {
    public var id: Int64
    public var source: URN
    public var process: URN?
    public var target: URN
    public var relationshipType: String
    public var extractionMethod: ExtractionMethod
    public var confidence: Double
    /// Why the edge exists; nil where a listing leaves it out (graph traversal).
    public var evidence: JSONObject?
    public var metadata: JSONObject?
    public var validFrom: Date
    public var validTo: Date?
    public var recordedAt: Date
    public var edgeHash: String
    public var columns: [ColumnMapping]

    public init(id: Int64, source: URN, process: URN?, target: URN, relationshipType: String,
                extractionMethod: ExtractionMethod, confidence: Double, evidence: JSONObject?, metadata: JSONObject?,
                validFrom: Date, validTo: Date?, recordedAt: Date, edgeHash: String, columns: [ColumnMapping]) {
        self.id = id
        self.source = source
        self.process = process
        self.target = target
        self.relationshipType = relationshipType
        self.extractionMethod = extractionMethod
        self.confidence = confidence
        self.evidence = evidence
        self.metadata = metadata
        self.validFrom = validFrom
        self.validTo = validTo
        self.recordedAt = recordedAt
        self.edgeHash = edgeHash
        self.columns = columns
    }

    enum CodingKeys: String, CodingKey {
        case id, source, process, target, confidence, evidence, metadata, columns
        case relationshipType = "relationship_type"
        case extractionMethod = "extraction_method"
        case validFrom = "valid_from"
        case validTo = "valid_to"
        case recordedAt = "recorded_at"
        case edgeHash = "edge_hash"
    }
}

/// An edge to be written: everything but identity and validity, which the store assigns.
public struct EdgeDraft: Sendable, Hashable {
    public var source: URN
    public var process: URN?
    public var target: URN
    public var relationshipType: String
    public var extractionMethod: ExtractionMethod
    public var confidence: Double
    public var evidence: JSONObject
    public var metadata: JSONObject
    public var columns: [ColumnMapping]

    public init(source: URN, process: URN?, target: URN, relationshipType: String, extractionMethod: ExtractionMethod,
                confidence: Double = 1, evidence: JSONObject = [:], metadata: JSONObject = [:], columns: [ColumnMapping] = []) {
        self.source = source
        self.process = process
        self.target = target
        self.relationshipType = relationshipType
        self.extractionMethod = extractionMethod
        self.confidence = confidence
        self.evidence = evidence
        self.metadata = metadata
        self.columns = columns
    }
}
