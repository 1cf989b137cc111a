import SQLSyntax

extension Analysis {
    func update(_ update: Update) -> [OutputColumn]? {
        let scope = Scope(parent: statementScope)
        var written: TableName?
        var targetRow: TargetRow?
        var targetAlias: Identifier?
        switch update.target {
        case .table(let name, let alias):
            (targetRow, targetAlias) = ownRow(name, alias: alias, from: update.from, in: scope)
            written = targetRow?.table
        default:
            addRelations(update.target, to: scope)
        }
        for reference in update.from { addRelations(reference, to: scope, target: targetRow) }
        var writtenTables: Set<TableName> = []
        for assignment in update.assignments {
            if assignment.columns.isEmpty, case .operation("=", let operands) = assignment.value, operands.count == 2 {
                assign(operands[0], flow: flow(of: operands[1], in: scope)) // T-SQL `SET @v = column`
                continue
            }
            if assignment.columns.count == 1, assignment.columns[0].parts.count == 1, assignment.columns[0].last.matches("ROW"),
               let written, let record = recordColumns(assignment.value) { // Oracle `SET ROW = record`
                write(written, columns: [], outputs: record)
                continue
            }
            let flows: [Flow]
            if assignment.columns.count > 1, case .subquery(let query) = assignment.value {
                flows = evaluate(query, in: scope).map(\.flow)
            } else if assignment.columns.count > 1, case .operation("row", let values) = assignment.value {
                flows = values.map { flow(of: $0, in: scope) }
            } else {
                flows = Array(repeating: flow(of: assignment.value, in: scope), count: assignment.columns.count)
            }
            for (index, column) in assignment.columns.enumerated() {
                guard let destination = writtenColumn(column, in: scope, default: written) else { continue }
                writtenTables.insert(destination.table)
                current.targets.insert(destination.table)
                for (source, transformation) in index < flows.count ? flows[index] : [:] {
                    addPair(from: source, to: destination, transformation)
                }
            }
        }
        if let condition = update.whereClause { addIndirect(flow(of: condition, in: scope)) }
        if case .table = update.target {} else {
            for table in writtenTables { current.sources.remove(table) } // a join view's own table is the target
        }
        return returning(update.returning, target: written ?? writtenTables.first ?? TableName([]), alias: targetAlias, scope: scope)
    }

    /// The written table's own row of an UPDATE or DELETE, and the name it goes by: an alias defined in the FROM
    /// clause (T-SQL `UPDATE o ... FROM dbo.Orders o`), the one FROM reference to the table where the dialect says so
    /// (`UPDATE dbo.T ... FROM dbo.T t JOIN ...`), else the target itself, added to `scope` as the own row.
    private func ownRow(_ name: ObjectName, alias: Identifier?, from references: [TableReference], in scope: Scope)
        -> (TargetRow, alias: Identifier?) {
        if alias == nil, name.parts.count == 1, let aliased = Self.table(aliased: name.last, in: references, fold: fold) {
            return ((table(aliased), name.last.key), name.last)
        }
        let target = table(name)
        if alias == nil, dialect.updateFromNamesTarget, let only = Self.onlyReference(to: target, in: references, analysis: self) {
            return ((target, only), nil)
        }
        let key = alias?.key ?? target.nameKey
        scope.relations.append(baseRelation(target, alias: key, isTarget: true))
        return ((target, key), alias)
    }

    /// The name (alias or table name) of the one FROM reference to `table`, when there is exactly one.
    static func onlyReference(to table: TableName, in references: [TableReference], analysis: Analysis) -> String? {
        var names: [String] = []
        func visit(_ reference: TableReference) {
            switch reference {
            case .table(let name, let alias):
                if analysis.table(name) == table { names.append(alias.map { $0.key } ?? table.nameKey) }
            case .join(let join):
                visit(join.left)
                visit(join.right)
            default:
                break
            }
        }
        references.forEach(visit)
        return names.count == 1 ? names[0] : nil
    }

    /// The table a T-SQL UPDATE or DELETE names by an alias defined in its FROM clause.
    static func table(aliased alias: Identifier, in references: [TableReference], fold: (Identifier) -> String) -> ObjectName? {
        for reference in references {
            switch reference {
            case .table(let name, let tableAlias):
                if let tableAlias, tableAlias.key == alias.key { return name }
            case .join(let join):
                if let name = table(aliased: alias, in: [join.left, join.right], fold: fold) { return name }
            default:
                continue
            }
        }
        return nil
    }

    /// The table and column an assignment writes: its qualifier's table (through a join view to the base
    /// column), else the statement's target table.
    private func writtenColumn(_ column: ObjectName, in scope: Scope, default written: TableName?) -> ColumnName? {
        let name = fold(column.last)
        var relation: Relation?
        if column.parts.count > 1 {
            relation = self.relation(named: ObjectName(Array(column.parts.dropLast())), in: scope)
        } else if written == nil {
            relation = scope.relations.first { $0.knows(name.lowercased()) } ?? scope.relations.first
        }
        if let relation {
            if let table = relation.table { return ColumnName(table: table, column: name) }
            let flow = relation.flow(of: column.last, dialect: dialect)
            if let base = flow.identitySource ?? flow.keys.first { return base.plain }
            return nil
        }
        return written.map { ColumnName(table: $0, column: name) }
    }

    func delete(_ delete: Delete) -> [OutputColumn]? {
        let scope = Scope(parent: statementScope)
        var deleted: TableName?
        var targetRow: TargetRow?
        var targetAlias: Identifier?
        if case .table(let name, let alias) = delete.target, name.parts.count == 1, let cte = statementScope?.cte(name.last.key) {
            // `WITH d AS (SELECT ... FROM t) DELETE FROM d`: rows of the CTE's table go
            deleted = cte.baseTable
            scope.relations.append(Relation(alias: alias?.key ?? name.last.key, table: nil, columns: cte))
        } else if case .table(let name, let alias) = delete.target {
            (targetRow, targetAlias) = ownRow(name, alias: alias, from: delete.using, in: scope)
            deleted = targetRow?.table
        } else if case .derived(let query, _, _, _) = delete.target {
            let sourcesBefore = current.sources // `DELETE FROM (SELECT ... JOIN ...)`: rows of the key-preserved table go
            let outputs = evaluate(query, in: scope)
            deleted = outputs.baseTable
            if let deleted, !sourcesBefore.contains(deleted) { current.sources.remove(deleted) }
        } else {
            addRelations(delete.target, to: scope)
        }
        var others: [TargetRow] = []
        for name in delete.otherTargets { // MySQL `DELETE a, b FROM a JOIN b ...`: named by alias or table
            let table = Self.table(aliased: name.last, in: delete.using, fold: fold).map(self.table) ?? self.table(name)
            others.append((table, name.last.key))
        }
        for reference in delete.using {
            let start = scope.relations.count
            addRelations(reference, to: scope, target: targetRow)
            for index in start..<scope.relations.count {
                let relation = scope.relations[index]
                if let table = relation.table, others.contains(where: { $0.table == table && $0.alias == relation.alias }) {
                    scope.relations[index].isTarget = true
                }
            }
        }
        for other in others {
            if !current.sources.isEmpty, !scope.relations.contains(where: { $0.table == other.table && !$0.isTarget }) {
                current.sources.remove(other.table)
            }
            current.effects.append(Effect(kind: .delete, table: other.table))
        }
        if let condition = delete.whereClause { addIndirect(flow(of: condition, in: scope)) }
        if let deleted {
            current.effects.append(Effect(kind: .delete, table: deleted))
            return returning(delete.returning, target: deleted, alias: targetAlias, scope: scope)
        }
        return nil
    }

    func merge(_ merge: Merge) -> [OutputColumn]? {
        let target = table(merge.target)
        current.targets.insert(target)
        let scope = Scope(parent: statementScope)
        scope.relations.append(baseRelation(target, alias: merge.alias.map { $0.key } ?? target.nameKey, isTarget: true))
        addRelations(merge.source, to: scope)
        addIndirect(flow(of: merge.on, in: scope))
        for clause in merge.clauses {
            if let condition = clause.condition { addIndirect(flow(of: condition, in: scope)) }
            switch clause.action {
            case .update(let assignments, let whereClause):
                for assignment in assignments {
                    let flow = self.flow(of: assignment.value, in: scope)
                    for column in assignment.columns {
                        for (source, transformation) in flow {
                            addPair(from: source, to: ColumnName(table: target, column: fold(column.last)), transformation)
                        }
                    }
                }
                if let whereClause { addIndirect(flow(of: whereClause, in: scope)) }
            case .insert(let columns, let values, let whereClause):
                let outputs = values.map { OutputColumn(name: implicitName(of: $0), flow: flow(of: $0, in: scope)) }
                write(target, columns: columns, outputs: outputs)
                if let whereClause { addIndirect(flow(of: whereClause, in: scope)) }
            case .delete:
                break
            }
        }
        return returning(merge.returning, target: target, alias: merge.alias, scope: scope)
    }
}
