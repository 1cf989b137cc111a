import SQLSyntax

/// The script-level view: scratch tables folded away, column lineage composed through them.
enum ScriptSummary {
    static func summarize(_ statements: [StatementLineage], parseDiagnostics: [Diagnostic]) -> ScriptLineage {
        let intermediate = scratchTables(statements)
        var sources: Set<TableName> = []
        var targets: Set<TableName> = []
        var indirect: Set<ColumnName> = []
        var effects: [Effect] = []
        var diagnostics = parseDiagnostics
        var incoming: [ColumnName: Flow] = [:]
        var pairs: [ColumnLineage] = []
        for statement in statements {
            sources.formUnion(statement.sources)
            targets.formUnion(statement.targets)
            indirect.formUnion(statement.indirect)
            effects += statement.effects.filter { !intermediate.contains($0.table) && !effects.contains($0) }
            diagnostics += statement.diagnostics.filter { !diagnostics.contains($0) }
            for pair in statement.columns {
                if intermediate.contains(pair.target.table) {
                    incoming[pair.target, default: [:]].merge([pair.source: pair.transformation])
                } else {
                    pairs.append(pair)
                }
            }
        }
        var composed: [ColumnName: [ColumnName: Transformation]] = [:]
        var order: [ColumnName] = []
        for pair in pairs {
            for (source, transformation) in origins(of: pair.source, incoming: incoming, intermediate: intermediate, seen: []) {
                let combined = max(transformation, pair.transformation)
                if composed[pair.target] == nil { order.append(pair.target) }
                composed[pair.target, default: [:]][source] = max(composed[pair.target]?[source] ?? combined, combined)
            }
        }
        var columns: [ColumnLineage] = []
        for target in order {
            for (source, transformation) in composed[target]! {
                columns.append(ColumnLineage(source: source, target: target, transformation: transformation))
            }
        }
        var plainIndirect: Set<ColumnName> = []
        for column in indirect {
            for (source, _) in origins(of: column, incoming: incoming, intermediate: intermediate, seen: []) { plainIndirect.insert(source) }
        }
        let pairSources = Set(columns.map(\.source))
        return ScriptLineage(
            statements: statements,
            sources: sortedByName(sources.subtracting(intermediate)),
            targets: sortedByName(targets.subtracting(intermediate)),
            intermediate: sortedByName(intermediate),
            columns: columns.map { ("\($0.source) \($0.target)", $0) }.sorted { $0.0 < $1.0 }.map(\.1),
            indirect: plainIndirect.subtracting(pairSources).map { ($0.description, $0) }.sorted { $0.0 < $1.0 }.map(\.1),
            effects: effects,
            diagnostics: diagnostics)
    }

    private static func sortedByName(_ tables: Set<TableName>) -> [TableName] {
        tables.map { ($0.description, $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// Temporary tables, and tables the script creates and later drops.
    private static func scratchTables(_ statements: [StatementLineage]) -> Set<TableName> {
        var scratch: Set<TableName> = []
        var createdAt: [TableName: Int] = [:]
        for (index, statement) in statements.enumerated() {
            for (table, temporary) in statement.created {
                if temporary { scratch.insert(table) }
                if createdAt[table] == nil { createdAt[table] = index }
            }
            for table in statement.dropped where (createdAt[table] ?? Int.max) <= index { scratch.insert(table) }
            for table in statement.sources.union(statement.targets) where table.name.hasPrefix("#") { scratch.insert(table) }
        }
        return scratch
    }

    /// The persistent columns a column's value comes from, through scratch tables.
    private static func origins(of column: ColumnName, incoming: [ColumnName: Flow], intermediate: Set<TableName>,
                                seen: Set<ColumnName>) -> Flow {
        guard intermediate.contains(column.table), !seen.contains(column) else {
            return intermediate.contains(column.table) ? [:] : [column: .identity]
        }
        var flow = incoming[column] ?? [:]
        if flow.isEmpty, let stars = incoming[ColumnName(table: column.table, column: "*")] {
            for (source, transformation) in stars where source.column == "*" {
                flow[ColumnName(table: source.table, column: column.column)] = transformation
            }
        }
        var result: Flow = [:]
        for (source, transformation) in flow {
            for (origin, inner) in origins(of: source, incoming: incoming, intermediate: intermediate, seen: seen.union([column])) {
                result.merge([origin: max(transformation, inner)])
            }
        }
        return result
    }
}
