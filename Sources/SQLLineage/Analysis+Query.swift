import SQLSyntax

extension Analysis {
    /// The columns a query produces and where each comes from; tables read and indirect columns are recorded.
    func evaluate(_ query: Query, in parent: Scope?) -> [OutputColumn] {
        let scope = Scope(parent: parent)
        defineCTEs(query.with, in: scope)
        return evaluate(query.body, in: scope)
    }

    func defineCTEs(_ ctes: [CommonTableExpression], in scope: Scope) {
        for cte in ctes {
            let key = cte.name.key
            if let anchor = Self.anchor(of: cte.query.body) { // Oracle writes recursive CTEs without RECURSIVE
                scope.ctes[key] = renamed(evaluate(anchor, in: scope), to: cte.columns)
            }
            scope.ctes[key] = renamed(evaluate(cte.query, in: scope), to: cte.columns)
        }
    }

    /// The first branch of a recursive CTE's UNION: what it starts from.
    private static func anchor(of body: QueryBody) -> QueryBody? {
        switch body {
        case .setOperation(let first, _): anchor(of: first) ?? first
        case .nested(let query): anchor(of: query.body)
        default: nil
        }
    }

    /// Columns renamed by a column list (`name (a, b) AS`, `alias (a, b)`), by position.
    func renamed(_ outputs: [OutputColumn], to names: [Identifier]) -> [OutputColumn] {
        guard !names.isEmpty else { return outputs }
        var result = outputs
        for (index, name) in names.enumerated() {
            if index < result.count {
                result[index].name = fold(name)
                result[index].starOf = nil
            } else {
                result.append(OutputColumn(name: fold(name), flow: [:]))
            }
        }
        return result
    }

    func evaluate(_ body: QueryBody, in scope: Scope) -> [OutputColumn] {
        switch body {
        case .select(let select):
            return evaluate(select, in: scope)
        case .setOperation(let first, let rest):
            var outputs = evaluate(first, in: scope)
            for (_, branch) in rest {
                for (index, column) in evaluate(branch, in: scope).enumerated() {
                    if index < outputs.count {
                        outputs[index].flow.merge(column.flow)
                        if outputs[index].name == nil { outputs[index].name = column.name }
                    } else {
                        outputs.append(column)
                    }
                }
            }
            return outputs
        case .values(let rows):
            var outputs: [OutputColumn] = []
            for row in rows {
                for (index, value) in row.enumerated() {
                    let flow = self.flow(of: value, in: scope)
                    if index < outputs.count { outputs[index].flow.merge(flow) } else { outputs.append(OutputColumn(name: nil, flow: flow)) }
                }
            }
            return outputs
        case .nested(let query):
            return evaluate(query, in: scope)
        case .statement(let statement):
            return returningColumns(of: statement, in: scope)
        }
    }

    func evaluate(_ select: Select, in parent: Scope) -> [OutputColumn] {
        let scope = Scope(parent: parent)
        for (name, window) in select.windows { scope.windows[name.key] = window }
        for reference in select.from { addRelations(reference, to: scope) }
        var outputs: [OutputColumn] = []
        for item in select.items {
            if case .star(let qualifier) = item.expression {
                let excluded = Set(item.excluded.map { $0.key })
                var columns = expandStar(qualifier, in: scope).filter { !excluded.contains($0.key ?? "") }
                for (from, to) in item.renamed {
                    if let index = columns.firstIndex(where: { $0.key == from.key }) { columns[index].name = fold(to) }
                }
                outputs += columns
                continue
            }
            if case .operation("=", let operands) = item.expression, operands.count == 2, case .parameter = operands[0] {
                assign(operands[0], flow: flow(of: operands[1], in: scope)) // T-SQL `SELECT @v = column`
                continue
            }
            let flow = self.flow(of: item.expression, in: scope)
            outputs.append(OutputColumn(name: item.alias.map(fold) ?? implicitName(of: item.expression), flow: flow))
        }
        for condition in [select.whereClause, select.having, select.qualify].compactMap({ $0 }) { addIndirect(flow(of: condition, in: scope)) }
        for expression in select.groupBy + select.hierarchy + select.distinctOn { addIndirect(flow(of: expression, in: scope)) }
        return outputs
    }

    /// The name a select item gets without an alias: a column's own name.
    func implicitName(of expression: Expression) -> String? {
        switch expression {
        case .name(let name):
            if let upper = name.last.quoted ? nil : name.last.text.uppercased(), dialect.sequenceFields.contains(upper) { return nil }
            return fold(name.last)
        case .field(_, let field): return fold(field)
        case .parameter(_, let fields): return fields.last.map(fold)
        case .operation("cast", let operands): return operands.first.flatMap(implicitName)
        default: return nil
        }
    }

    /// `*` or `t.*`: the known columns of each relation, or a pass-through for tables whose columns are unknown.
    func expandStar(_ qualifier: ObjectName?, in scope: Scope) -> [OutputColumn] {
        let relations: [Relation]
        if let qualifier, !qualifier.parts.isEmpty {
            relations = relation(named: qualifier, in: scope).map { [$0] } ?? []
        } else {
            relations = scope.relations
        }
        return relations.flatMap(starColumns)
    }

    private func starColumns(of relation: Relation) -> [OutputColumn] {
        var outputs = relation.columns ?? []
        for inner in relation.inner { outputs += starColumns(of: inner) }
        if relation.columns == nil, let table = relation.table {
            warn("the columns of \(table) are unknown: * is reported as \(table).*", confidence: 0.7)
            var column = ColumnName(table: table, column: "*")
            column.viaTarget = relation.isTarget
            outputs.append(OutputColumn(name: nil, flow: [column: .identity], starOf: table))
        } else if relation.columns == nil, let fallback = relation.fallback {
            outputs.append(OutputColumn(name: relation.alias, flow: fallback))
        }
        return outputs
    }

    /// The relation a qualifier names: an alias, a table name, or a schema-qualified table name.
    func relation(named qualifier: ObjectName, in scope: Scope) -> Relation? {
        let key = qualifier.parts.map { $0.key }
        var level: Scope? = scope
        while let current = level {
            if key.count == 1 {
                if let match = current.relations.last(where: { $0.alias == key[0] }) { return match }
                if let match = current.relations.last(where: { $0.table?.nameKey == key[0] }) { return match }
            } else if let match = current.relations.last(where: { relation in
                guard let parts = relation.table?.parts.map({ $0.lowercased() }) else { return false }
                return parts.count >= key.count ? Array(parts.suffix(key.count)) == key : Array(key.suffix(parts.count)) == parts
            }) {
                return match
            }
            level = current.parent
        }
        return nil
    }

    /// The columns a data-modifying CTE hands on through RETURNING.
    private func returningColumns(of statement: Statement, in scope: Scope) -> [OutputColumn] {
        let saved = statementScope
        statementScope = scope
        defer { statementScope = saved }
        return analyze(statement) ?? []
    }
}
