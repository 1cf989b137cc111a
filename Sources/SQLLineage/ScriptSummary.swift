import SQLSyntax

/// The script-level view: scratch tables folded away, column lineage composed through them in statement order.
enum ScriptSummary {
    static func summarize(_ statements: [StatementLineage], parseDiagnostics: [Diagnostic]) -> ScriptLineage {
        let scratch = scratchTables(statements)
        if statements.count == 1, scratch.isEmpty { return single(statements[0], parseDiagnostics: parseDiagnostics) }
        var composition = Composition(scratch: scratch)
        var sources: Set<TableName> = []
        var targets: Set<TableName> = []
        var indirect: Set<ColumnName> = []
        var effects: [Effect] = []
        var diagnostics = parseDiagnostics
        for statement in statements {
            sources.formUnion(statement.sources)
            targets.formUnion(statement.targets)
            for effect in statement.effects where !scratch.contains(effect.table) && !effects.contains(effect) { effects.append(effect) }
            for diagnostic in statement.diagnostics where !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
            indirect.formUnion(composition.add(statement))
        }
        let columns = composition.pairs.sorted { ($0.source.table.description, $0.source.column, $0.target.table.description, $0.target.column)
            < ($1.source.table.description, $1.source.column, $1.target.table.description, $1.target.column) }
        let pairSources = Set(columns.map(\.source))
        return ScriptLineage(
            statements: statements,
            sources: sortedByName(sources.subtracting(scratch)),
            targets: sortedByName(targets.subtracting(scratch)),
            intermediate: sortedByName(scratch.filter { !$0.isVariable }),
            columns: columns,
            indirect: indirect.subtracting(pairSources).sorted { ($0.table.description, $0.column) < ($1.table.description, $1.column) },
            effects: effects,
            diagnostics: diagnostics)
    }

    /// One statement and no scratch tables (the common call): its own lineage, sorted, with no composition to do.
    private static func single(_ statement: StatementLineage, parseDiagnostics: [Diagnostic]) -> ScriptLineage {
        var diagnostics = parseDiagnostics
        for diagnostic in statement.diagnostics where !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
        let columns = statement.columns.sorted { ($0.source.table.description, $0.source.column, $0.target.table.description, $0.target.column)
            < ($1.source.table.description, $1.source.column, $1.target.table.description, $1.target.column) }
        return ScriptLineage(
            statements: [statement],
            sources: sortedByName(statement.sources),
            targets: sortedByName(statement.targets),
            intermediate: [],
            columns: columns,
            indirect: statement.indirect.sorted { ($0.table.description, $0.column) < ($1.table.description, $1.column) },
            effects: statement.effects,
            diagnostics: diagnostics)
    }

    private static func sortedByName(_ tables: Set<TableName>) -> [TableName] {
        tables.sorted { $0.description < $1.description }
    }

    /// Temporary tables (`#t`, `CREATE TEMP TABLE`), table variables (`@t`), and tables created and later dropped.
    private static func scratchTables(_ statements: [StatementLineage]) -> Set<TableName> {
        var scratch: Set<TableName> = []
        var created: Set<TableName> = []
        for statement in statements {
            for event in statement.lifecycle {
                switch event.kind {
                case .create(let temporary):
                    created.insert(event.table)
                    if temporary { scratch.insert(event.table) }
                case .drop:
                    if created.contains(event.table) { scratch.insert(event.table) }
                case .renameColumn:
                    break
                }
            }
            for table in statement.sources where table.isScratchByName { scratch.insert(table) }
            for table in statement.targets where table.isScratchByName { scratch.insert(table) }
        }
        return scratch
    }

    /// What each scratch column holds at this point of the script, and the persistent pairs found so far.
    private struct Composition {
        let scratch: Set<TableName>
        var holds: [ColumnName: Flow] = [:]
        var pairs: [ColumnLineage] = []
        private var index: [ColumnName: [ColumnName: Int]] = [:]

        init(scratch: Set<TableName>) {
            self.scratch = scratch
        }

        /// A statement's creates (which empty a table), then its pairs in the order they were found (a program
        /// unit's pairs follow its statements), each read against what scratch tables hold at that point, then its
        /// drops (which forget a table).
        /// Returns the statement's filter columns, read through scratch tables after its writes and before its drops
        /// (a unit fills its scratch tables before it filters on them, and drops them last).
        mutating func add(_ statement: StatementLineage) -> Set<ColumnName> {
            for event in statement.lifecycle where scratch.contains(event.table) {
                switch event.kind {
                case .create: forget(event.table)
                case .renameColumn(let from, let to):
                    let old = holds.keys.first { $0.table == event.table && $0.column.lowercased() == from.lowercased() }
                    if let old, let flow = holds.removeValue(forKey: old) { holds[ColumnName(table: event.table, column: to)] = flow }
                case .drop: break
                }
            }
            for pair in statement.columns {
                guard scratch.contains(pair.source.table) || scratch.contains(pair.target.table) else {
                    record(pair) // the common case: no scratch table on either side
                    continue
                }
                for (origin, transformation) in origins(of: pair.source) {
                    let combined = max(transformation, pair.transformation)
                    if scratch.contains(pair.target.table) {
                        holds[pair.target, default: [:]].merge([origin: combined])
                    } else {
                        record(ColumnLineage(source: origin, target: pair.target, transformation: combined))
                    }
                }
            }
            var filters: Set<ColumnName> = []
            for column in statement.filters { filters.formUnion(origins(of: column).keys) }
            for event in statement.lifecycle where scratch.contains(event.table) {
                if case .drop = event.kind { forget(event.table) }
            }
            return filters
        }

        /// The persistent columns a column's value comes from now.
        func origins(of column: ColumnName) -> Flow {
            guard scratch.contains(column.table) else { return [column: .identity] }
            if let flow = holds[column] { return flow }
            var flow: Flow = [:] // filled through `*`: the same column of each source table
            for (source, transformation) in holds[ColumnName(table: column.table, column: "*")] ?? [:] where source.column == "*" {
                flow[ColumnName(table: source.table, column: column.column)] = transformation
            }
            return flow
        }

        private mutating func forget(_ table: TableName) {
            holds = holds.filter { $0.key.table != table }
        }

        private mutating func record(_ pair: ColumnLineage) {
            if let position = index[pair.target]?[pair.source] {
                pairs[position].transformation = max(pairs[position].transformation, pair.transformation)
            } else {
                index[pair.target, default: [:]][pair.source] = pairs.count
                pairs.append(pair)
            }
        }
    }
}

extension TableName {
    /// A T-SQL table variable (`@t`): scratch, but a variable rather than a table, so not listed as intermediate.
    var isVariable: Bool { name.utf8.first == UInt8(ascii: "@") }

    /// `#temp` and `@variable` tables are scratch whatever the script does with them.
    var isScratchByName: Bool { name.utf8.first == UInt8(ascii: "#") || isVariable }
}
