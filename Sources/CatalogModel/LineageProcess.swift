import Foundation

/// A job, statement or procedure that reads some datasets and writes others.
public struct LineageProcess: Sendable, Hashable, Codable {
    public var urn: URN
    public var name: String
    public var type: String
    public var sourceSystem: String?
    public var jobID: String?
    public var jobName: String?
    /// The definition of the process, for example its SQL text.
    public var definition: String?
    public var validFrom: Date
    public var validTo: Date?

    public init(urn: URN, name: String, type: String, sourceSystem: String?, jobID: String?, jobName: String?,
                definition: String?, validFrom: Date, validTo: Date?) {
        self.urn = urn
        self.name = name
        self.type = type
        self.sourceSystem = sourceSystem
        self.jobID = jobID
        self.jobName = jobName
        self.definition = definition
        self.validFrom = validFrom
        self.validTo = validTo
    }

    enum CodingKeys: String, CodingKey {
        case urn, name, type, definition
        case sourceSystem = "source_system"
        case jobID = "job_id"
        case jobName = "job_name"
        case validFrom = "valid_from"
        case validTo = "valid_to"
    }
}
