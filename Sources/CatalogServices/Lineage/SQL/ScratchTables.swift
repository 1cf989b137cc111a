import SQLLineage

/// The scratch tables of a script (temporary, or created and dropped again) and what flows into them, so that
/// lineage can be followed through them to the persistent tables they were filled from.
struct ScratchTables: Sendable {
    let tables: Set<TableName>
    /// The tables read by the statements that write each scratch table.
    private var feeders: [TableName: Set<TableName>] = [:]
    /// Where each scratch column's values come from.
    private var incoming: [ColumnName: [ColumnName: Transformation]] = [:]

    init(_ script: ScriptLineage) {
        tables = Set(script.intermediate)
        for statement in script.statements {
            for target in statement.targets where tables.contains(target) {
                feeders[target, default: []].formUnion(statement.sources)
            }
            for pair in statement.columns where tables.contains(pair.target.table) {
                let known = incoming[pair.target]?[pair.source] ?? pair.transformation
                incoming[pair.target, default: [:]][pair.source] = max(known, pair.transformation)
            }
        }
    }

    func contains(_ table: TableName) -> Bool {
        tables.contains(table)
    }

    /// The persistent tables whose data reaches `table`: the table itself when it is persistent.
    func origins(of table: TableName) -> Set<TableName> {
        var result: Set<TableName> = []
        var seen: Set<TableName> = []
        var pending = [table]
        while let next = pending.popLast() {
            guard tables.contains(next) else {
                result.insert(next)
                continue
            }
            if seen.insert(next).inserted { pending += feeders[next] ?? [] }
        }
        return result
    }

    /// The persistent columns whose values reach `column`, each with the strongest transformation on the way.
    func origins(of column: ColumnName) -> [ColumnName: Transformation] {
        origins(of: column, seen: [])
    }

    private func origins(of column: ColumnName, seen: Set<ColumnName>) -> [ColumnName: Transformation] {
        guard tables.contains(column.table) else { return [column: .identity] }
        guard !seen.contains(column) else { return [:] }
        var flow = incoming[column] ?? [:]
        // `SELECT *` from a table of unknown columns filled the scratch table as `S.* -> TMP.*`.
        if flow.isEmpty, let stars = incoming[ColumnName(table: column.table, column: "*")] {
            for (source, transformation) in stars where source.column == "*" {
                flow[ColumnName(table: source.table, column: column.column)] = transformation
            }
        }
        var result: [ColumnName: Transformation] = [:]
        for (source, transformation) in flow {
            for (origin, inner) in origins(of: source, seen: seen.union([column])) {
                let combined = max(transformation, inner)
                result[origin] = max(result[origin] ?? combined, combined)
            }
        }
        return result
    }
}
