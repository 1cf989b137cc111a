import CatalogModel
import SQLSyntax

extension ScriptLineage {
    /// The result as `torro lineage --format json` and `POST /api/lineage/sql` print it.
    public var jsonValue: JSONValue {
        .object([
            "sources": .array(sources.map { .string($0.description) }),
            "targets": .array(targets.map { .string($0.description) }),
            "intermediate": .array(intermediate.map { .string($0.description) }),
            "column_lineage": .array(columns.map { .array([.string($0.source.description), .string($0.target.description)]) }),
            "indirect": .array(indirect.map { .string($0.description) }),
            "effects": .array(effects.map(\.jsonValue)),
            "statements": .array(statements.map(\.jsonValue)),
            "diagnostics": .array(diagnostics.map(\.jsonValue)),
        ])
    }
}

extension StatementLineage {
    public var jsonValue: JSONValue {
        var object: [String: JSONValue] = [
            "kind": .string(kind),
            "line": .number(Double(range.line)),
            "column": .number(Double(range.column)),
            "sources": .array(sources.sorted().map { .string($0.description) }),
            "targets": .array(targets.sorted().map { .string($0.description) }),
            "column_lineage": .array(columns.map {
                .object(["source": .string($0.source.description), "target": .string($0.target.description),
                         "transformation": .string($0.transformation.rawValue)])
            }),
            "indirect": .array(indirect.sorted().map { .string($0.description) }),
            "effects": .array(effects.map(\.jsonValue)),
            "confidence": .number(confidence),
            "diagnostics": .array(diagnostics.map(\.jsonValue)),
        ]
        if let name { object["name"] = .string(name) }
        return .object(object)
    }
}

extension Effect {
    public var jsonValue: JSONValue {
        var object: [String: JSONValue] = ["kind": .string(kind.rawValue), "table": .string(table.description)]
        if let newName { object["new_name"] = .string(newName.description) }
        return .object(object)
    }
}

extension Diagnostic {
    public var jsonValue: JSONValue {
        .object(["severity": .string(severity.rawValue), "message": .string(message),
                 "line": .number(Double(range.line)), "column": .number(Double(range.column))])
    }
}
