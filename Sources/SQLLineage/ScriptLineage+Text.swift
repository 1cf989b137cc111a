extension ScriptLineage {
    /// A plain listing for people: tables, then column pairs with their transformation, then diagnostics.
    public var text: String {
        var lines: [String] = []
        func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            lines.append(title + ":")
            lines += items.map { "  " + $0 }
        }
        section("sources", sources.map(\.description))
        section("targets", targets.map(\.description))
        section("intermediate", intermediate.map(\.description))
        section("column lineage", columns.map { "\($0.source) -> \($0.target) (\($0.transformation.rawValue))" })
        section("indirect", indirect.map(\.description))
        section("effects", effects.map(\.description))
        section("diagnostics", diagnostics.map(\.description))
        return lines.joined(separator: "\n")
    }

    /// A Graphviz digraph: tables as boxes, an edge for each table that feeds another (scratch tables folded away),
    /// labelled with the column pairs it carries.
    public var dot: String {
        let scratch = Set(intermediate)
        var edges: [String: [String]] = [:]
        for statement in statements {
            for source in statement.sources where !scratch.contains(source) {
                for target in statement.targets where !scratch.contains(target) && target != source {
                    edges["\"\(source)\" -> \"\(target)\"", default: []] += []
                }
            }
        }
        for pair in columns {
            edges["\"\(pair.source.table)\" -> \"\(pair.target.table)\"", default: []].append("\(pair.source.column) -> \(pair.target.column)")
        }
        var lines = ["digraph lineage {", "  rankdir=LR;", "  node [shape=box];"]
        for table in sources + targets { lines.append("  \"\(table)\";") }
        for (edge, labels) in edges.sorted(by: { $0.key < $1.key }) {
            lines.append(labels.isEmpty ? "  \(edge);" : "  \(edge) [label=\"\(labels.sorted().joined(separator: "\\n"))\"];")
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}
