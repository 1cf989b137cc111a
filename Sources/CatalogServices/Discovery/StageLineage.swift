import CatalogModel
import CatalogStore
import Connectors

/// Folder-stage lineage: for each rule of a connection, edges from the data sets under its `from` folders to the
/// data sets of the same name under its `to` folders, with extraction method `folder_rule` and the rule's confidence.
struct StageLineage: Sendable {
    let rules: [StageRule]
    let connection: Connection

    /// One process per rule, holding the rule's current edges (an ingestion closes the edges that vanished).
    /// `datasets` maps each data set's path (`container/path` for Azure, the path below the root for files) to its URN.
    func processes(datasets: [String: URN]) throws -> [ProcessIngest] {
        try rules.map { rule in
            var edges: [EdgeDraft] = []
            for (path, source) in datasets {
                guard let name = StageRule.name(of: path, in: rule.from),
                      let target = datasets[StageRule.path(named: name, in: rule.to)], target != source else { continue }
                edges.append(EdgeDraft(source: source, process: nil, target: target, relationshipType: "data_flow",
                                       extractionMethod: .folderRule, confidence: rule.confidence,
                                       evidence: ["rule": .object(["from": .string(rule.from), "to": .string(rule.to)]),
                                                  "name": .string(name)]))
            }
            edges.sort { ($0.source, $0.target) < ($1.source, $1.target) }
            let process = try URN(parsing: "urn:process:torro:folder_rule/\(connection.name)/\(rule.from)->\(rule.to)")
            return ProcessIngest(process: process, name: "\(rule.from) -> \(rule.to)", type: "folder_rule", sourceSystem: "torro",
                                 jobName: connection.name, definition: "stage rule of connection \(connection.name): \(rule.from) -> \(rule.to)",
                                 edges: edges.map { edge in var edge = edge; edge.process = process; return edge })
        }
    }
}
