import CatalogModel
import Foundation
import SQLKit

/// The columns of `lineage_edges` that make a `LineageEdge`, and reading them with their column mappings.
enum EdgeRow {
    /// The columns of a graph edge: everything but the evidence and metadata documents.
    static let graphColumns = """
        lineage_edges.id, lineage_edges.source_urn, lineage_edges.process_urn, lineage_edges.target_urn,
        lineage_edges.relationship_type, lineage_edges.extraction_method, lineage_edges.confidence,
        lineage_edges.valid_from, lineage_edges.valid_to, lineage_edges.recorded_at, lineage_edges.edge_hash
        """
    /// Every column of an edge.
    static let columns = graphColumns + ", lineage_edges.evidence, lineage_edges.metadata"

    /// An edge from a row of `columns`, or of `graphColumns` (then without evidence and metadata).
    static func decode(_ row: any SQLRow) throws -> LineageEdge {
        let documents = row.contains(column: "evidence")
        return LineageEdge(
            id: try row.decode(column: "id", as: Int64.self),
            source: URN(trusted: try row.decode(column: "source_urn", as: String.self)),
            process: try row.decode(column: "process_urn", as: String?.self).map(URN.init(trusted:)),
            target: URN(trusted: try row.decode(column: "target_urn", as: String.self)),
            relationshipType: try row.decode(column: "relationship_type", as: String.self),
            extractionMethod: ExtractionMethod(rawValue: try row.decode(column: "extraction_method", as: String.self)) ?? .api,
            confidence: try row.decode(column: "confidence", as: Double.self),
            evidence: documents ? try row.object("evidence") : nil,
            metadata: documents ? try row.object("metadata") : nil,
            validFrom: try row.date("valid_from"),
            validTo: try row.optionalDate("valid_to"),
            recordedAt: try row.date("recorded_at"),
            edgeHash: try row.decode(column: "edge_hash", as: String.self),
            columns: [])
    }

    /// Fills in the column mappings of `edges` from `lineage_column_lineage`.
    static func attachColumns(_ edges: inout [LineageEdge], in sql: any SQLDatabase, maxBinds: Int) async throws {
        guard !edges.isEmpty else { return }
        var byEdge: [Int64: [ColumnMapping]] = [:]
        for chunk in edges.map(\.id).chunked(into: maxBinds) {
            let rows = try await sql.raw("""
                SELECT edge_id, source_column, target_column, transformation_type, expression
                FROM lineage_column_lineage WHERE edge_id IN (\(binds: Array(chunk))) ORDER BY id
                """).all()
            for row in rows {
                byEdge[try row.decode(column: "edge_id", as: Int64.self), default: []].append(ColumnMapping(
                    sourceColumn: try row.decode(column: "source_column", as: String.self),
                    targetColumn: try row.decode(column: "target_column", as: String.self),
                    transformation: try row.decode(column: "transformation_type", as: String.self),
                    expression: try row.decode(column: "expression", as: String?.self)))
            }
        }
        for index in edges.indices { edges[index].columns = byEdge[edges[index].id] ?? [] }
    }

    /// The edge as an audit payload.
    static func auditValue(_ edge: LineageEdge) -> JSONValue {
        var members: JSONObject = [
            "id": .number(Double(edge.id)), "source": .string(edge.source.rawValue), "target": .string(edge.target.rawValue),
            "relationship_type": .string(edge.relationshipType), "extraction_method": .string(edge.extractionMethod.rawValue),
            "confidence": .number(edge.confidence), "valid_from": .string(edge.validFrom.ISO8601Format()),
            "columns": .array(edge.columns.map { .object([
                "source_column": .string($0.sourceColumn), "target_column": .string($0.targetColumn),
                "transformation": .string($0.transformation)]) }),
        ]
        if let process = edge.process { members["process"] = .string(process.rawValue) }
        if let validTo = edge.validTo { members["valid_to"] = .string(validTo.ISO8601Format()) }
        return .object(members)
    }
}
