import CatalogModel
import CatalogStore

/// The answer of `POST /api/lineage/sql`: the engine's result as `torro lineage --format json` prints it, plus
/// `urns` (table name -> catalog URN) with a connection and `persisted` with `persist: true`.
public struct SQLLineageResponse: Sendable, Encodable {
    /// What storing the lineage did.
    public struct Persisted: Sendable, Encodable {
        /// One result per process written, in the order of the statements.
        public var processes: [IngestResult]
        /// Error diagnostics recorded as failures.
        public var failures: Int
    }

    /// The engine's result object.
    public var lineage: JSONObject
    public var urns: [String: URN]?
    public var persisted: Persisted?

    /// Whether storing opened at least one edge.
    public var openedEdges: Bool {
        persisted?.processes.contains { !$0.opened.isEmpty } ?? false
    }

    private struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (name, value) in lineage { try container.encode(value, forKey: Key(name)) }
        if let urns { try container.encode(urns, forKey: Key("urns")) }
        if let persisted { try container.encode(persisted, forKey: Key("persisted")) }
    }
}
