import CatalogModel
import Foundation

/// The query parameters of `GET /api/lineage/graph`, checked once with errors that name the parameter.
public struct GraphRequest: Sendable {
    public static let defaultDepth = 3
    public static let depthRange = 1...20
    public static let defaultNodeLimit = 500
    public static let nodeLimitRange = 1...10_000

    public var urn: URN
    public var direction: LineageDirection
    public var depth: Int
    public var asOf: Date?
    public var includeColumns: Bool
    public var nodeLimit: Int

    public init(urn: URN, direction: LineageDirection = .both, depth: Int = defaultDepth, asOf: Date? = nil,
                includeColumns: Bool = false, nodeLimit: Int = defaultNodeLimit) {
        self.urn = urn
        self.direction = direction
        self.depth = depth
        self.asOf = asOf
        self.includeColumns = includeColumns
        self.nodeLimit = nodeLimit
    }

    /// Parses `urn`, `direction`, `depth` (1-20), `as_of`, `columns` and `limit` (the node limit).
    public init(parameters: [String: String]) throws(CatalogError) {
        guard let text = parameters["urn"], !text.isEmpty else { throw CatalogError.invalid("urn", "is required") }
        urn = try URN(parsing: text)
        if let value = parameters["direction"], !value.isEmpty {
            guard let direction = LineageDirection(rawValue: value.lowercased()) else {
                throw CatalogError.invalid("direction", "must be upstream, downstream or both")
            }
            self.direction = direction
        } else {
            direction = .both
        }
        depth = try Self.integer(parameters["depth"], name: "depth", range: Self.depthRange) ?? Self.defaultDepth
        nodeLimit = try Self.integer(parameters["limit"], name: "limit", range: Self.nodeLimitRange) ?? Self.defaultNodeLimit
        if let value = parameters["as_of"], !value.isEmpty {
            guard let date = Timestamp.parse(value) else {
                throw CatalogError.invalid("as_of", "must be an ISO 8601 time such as 2024-05-01T12:00:00Z")
            }
            asOf = date
        }
        switch parameters["columns"]?.lowercased() {
        case nil, "", "false", "0": includeColumns = false
        case "true", "1": includeColumns = true
        default: throw CatalogError.invalid("columns", "must be true or false")
        }
    }

    /// An optional whole-number parameter within a range.
    public static func integer(_ text: String?, name: String, range: ClosedRange<Int>) throws(CatalogError) -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw CatalogError.invalid(name, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
