/// Which way to walk the lineage graph from a starting dataset.
public enum LineageDirection: String, Sendable, Codable, CaseIterable {
    case upstream, downstream, both
}

/// A node of a lineage graph: a dataset or a process.
public struct LineageNode: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable { case dataset, process }
    public var urn: URN
    public var kind: Kind
    public var name: String
    public var type: String?
    public var platform: String?
    public var assetID: Int64?
    /// Dataset hops from the starting node (0 for the start itself).
    public var depth: Int

    public init(urn: URN, kind: Kind, name: String, type: String?, platform: String?, assetID: Int64?, depth: Int) {
        self.urn = urn
        self.kind = kind
        self.name = name
        self.type = type
        self.platform = platform
        self.assetID = assetID
        self.depth = depth
    }

    enum CodingKeys: String, CodingKey {
        case urn, kind, name, type, platform, depth
        case assetID = "asset_id"
    }
}

/// The result of a traversal: nodes, edges, and whether the node limit cut it short.
public struct LineageGraph: Sendable, Codable {
    public var nodes: [LineageNode]
    public var edges: [LineageEdge]
    public var truncated: Bool

    public init(nodes: [LineageNode], edges: [LineageEdge], truncated: Bool) {
        self.nodes = nodes
        self.edges = edges
        self.truncated = truncated
    }
}
