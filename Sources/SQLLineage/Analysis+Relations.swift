import SQLSyntax

extension Analysis {
    /// The written table of an UPDATE or DELETE and the name its own row goes by in the FROM clause.
    typealias TargetRow = (table: TableName, alias: String)

    /// Adds what a FROM item reads to `scope`. The item that is `target` (same table, same name) is the written
    /// table's own row (T-SQL `UPDATE o ... FROM dbo.Orders o`), not a read; the same table under another alias is.
    func addRelations(_ reference: TableReference, to scope: Scope, target: TargetRow? = nil) {
        switch reference {
        case .table(let name, let alias):
            scope.relations.append(relation(for: name, alias: alias, in: scope, target: target))
        case .derived(let query, let alias, let columns, _):
            let outputs = renamed(evaluate(query, in: scope), to: columns)
            scope.relations.append(Relation(alias: alias.map { $0.key }, table: nil, columns: outputs))
        case .function(let function, let alias, let columns):
            let flow = self.flow(of: function, in: scope)
            let aliasKey = alias.map { $0.key }
            if columns.isEmpty, let record = collectionFields(function) { // TABLE(l_records): one column per field
                scope.relations.append(Relation(alias: aliasKey, table: nil, columns: record, fallback: flow))
                return
            }
            if columns.isEmpty {
                scope.relations.append(Relation(alias: aliasKey, table: nil, columns: nil, fallback: flow))
            } else {
                scope.relations.append(Relation(alias: aliasKey, table: nil, columns: columns.map { OutputColumn(name: fold($0), flow: flow) }))
            }
        case .join(let join):
            let start = scope.relations.count
            addRelations(join.left, to: scope, target: target)
            let middle = scope.relations.count
            addRelations(join.right, to: scope, target: target)
            if let on = join.on { addIndirect(flow(of: on, in: scope)) }
            if join.kind == .natural {
                let left = Set(scope.relations[start..<middle].flatMap { $0.columns ?? [] }.compactMap { $0.key })
                for relation in scope.relations[start...] {
                    for column in relation.columns ?? [] where left.contains(column.key ?? "")
                        && scope.relations[middle...].contains(where: { $0.knows(column.key!) }) {
                        addIndirect(column.flow)
                    }
                }
            }
            for column in join.using {
                let key = column.key
                for side in [start..<middle, middle..<scope.relations.count] {
                    let candidates = scope.relations[side]
                    if let owner = candidates.first(where: { $0.knows(key) }) ?? candidates.first(where: \.isOpen) {
                        addIndirect(owner.flow(of: column, dialect: dialect))
                    }
                }
            }
        case .pivot(let inner, let pivot, let alias):
            let innerScope = Scope(parent: scope)
            addRelations(inner, to: innerScope, target: target)
            scope.relations.append(pivoted(innerScope, pivot, alias: alias))
        case .matchRecognize(let inner, let pattern, let alias):
            let innerScope = Scope(parent: scope)
            addRelations(inner, to: innerScope, target: target)
            scope.relations.append(matched(innerScope, pattern, alias: alias))
        }
    }

    /// The fields of a collection of records read with `TABLE(collection)`.
    private func collectionFields(_ function: Expression) -> [OutputColumn]? {
        guard case .function(let call) = function, call.name.parts.count == 1, call.name.last.matches("TABLE"), call.arguments.count == 1,
              let (key, path) = variablePath(call.arguments[0]), path.isEmpty, let variable = environment.variable(key),
              !variable.fieldOrder.isEmpty else { return nil }
        return variable.fieldOrder.map { OutputColumn(name: $0, flow: variable.fields[$0] ?? [:]) }
            + [OutputColumn(name: "COLUMN_VALUE", flow: variable.flow)]
    }

    private func relation(for name: ObjectName, alias: Identifier?, in scope: Scope, target: TargetRow?) -> Relation {
        let aliasKey = alias.map { $0.key }
        if name.parts.count == 1, name.link.isEmpty {
            let key = name.last.key
            if let cte = scope.cte(key) { return Relation(alias: aliasKey ?? key, table: nil, columns: cte) }
            let upper = name.last.quoted ? name.last.text : name.last.text.uppercased()
            if dialect.pseudoTables.contains(upper) { return Relation(alias: aliasKey ?? key, table: nil, columns: []) }
            if dialect.triggerRowTables.contains(upper), let (_, table) = environment.triggerContext {
                read(table)
                return baseRelation(table, alias: aliasKey ?? key, isTarget: false)
            }
        }
        if dialect.implicitUnnest, name.parts.count >= 2, name.link.isEmpty,
           let owner = scope.relations.last(where: { $0.alias == name.parts[0].key }) {
            let flow = owner.flow(of: name.parts[1], dialect: dialect) // `FROM t, t.items AS i`: the items of a column
            return Relation(alias: aliasKey ?? name.last.key, table: nil, columns: nil, fallback: flow)
        }
        let table = self.table(name)
        let isTarget = target.map { $0.table == table && $0.alias == aliasKey ?? table.nameKey } ?? false
        if !isTarget { read(table) }
        return baseRelation(table, alias: aliasKey ?? table.nameKey, isTarget: isTarget)
    }

    func baseRelation(_ table: TableName, alias: String?, isTarget: Bool) -> Relation {
        let columns = self.columns(of: table)?.map { name -> OutputColumn in
            var column = ColumnName(table: table, column: name)
            column.viaTarget = isTarget
            return OutputColumn(name: name, flow: [column: .identity])
        }
        return Relation(alias: alias, table: table, columns: columns, isTarget: isTarget)
    }

    /// PIVOT: one column per IN value (and aggregate), made from the aggregated and FOR columns; the others pass
    /// through. UNPIVOT: the value columns gather the IN columns; the name columns hold literals.
    private func pivoted(_ inner: Scope, _ pivot: Pivot, alias: Identifier?) -> Relation {
        var columns: [OutputColumn] = []
        var consumed: Set<String> = []
        var forFlow: Flow = [:]
        for column in pivot.forColumns {
            consumed.insert(column.key)
            forFlow.merge(flow(of: .name(ObjectName([column])), in: inner))
        }
        if pivot.unpivot {
            var gathered = Array(repeating: Flow(), count: pivot.values.count)
            for item in pivot.inList {
                var parts = [item.expression]
                if case .operation("row", let row) = item.expression { parts = row }
                for (index, part) in parts.enumerated() {
                    if case .name(let name) = part { consumed.insert(name.last.key) }
                    if index < gathered.count { gathered[index].merge(flow(of: part, in: inner)) }
                }
            }
            for (index, value) in pivot.values.enumerated() {
                if let name = value.alias { consumed.insert(name.key) }
                columns.append(OutputColumn(name: value.alias.map(fold), flow: gathered[index]))
            }
            for column in pivot.forColumns { columns.append(OutputColumn(name: fold(column), flow: [:])) }
        } else {
            var aggregates: [(String?, Flow)] = []
            for value in pivot.values {
                let flow = self.flow(of: value.expression, in: inner)
                for column in flow.keys { consumed.insert(column.column.lowercased()) }
                aggregates.append((value.alias.map(fold), flow.raised(to: .aggregation)))
            }
            for item in pivot.inList {
                let base = item.alias.map(fold) ?? pivotName(item.expression)
                for (aggregateName, flow) in aggregates {
                    var combined = flow
                    combined.merge(forFlow.raised(to: .aggregation))
                    let name = aggregates.count > 1 ? [base, aggregateName].compactMap { $0 }.joined(separator: "_") : base
                    columns.append(OutputColumn(name: name, flow: combined))
                }
            }
        }
        if !pivot.columnNames.isEmpty { // the last names are the pivoted columns'; the first name the columns passed through
            let names = pivot.columnNames.suffix(columns.count)
            for (index, name) in names.enumerated() { columns[index].name = fold(name) }
        }
        var passThrough: [Relation] = []
        for relation in inner.relations {
            var relation = relation
            relation.columns = relation.columns?.filter { !consumed.contains($0.key ?? "") }
            relation.alias = nil
            passThrough.append(relation)
        }
        return Relation(alias: alias.map { $0.key }, table: nil, columns: columns, inner: passThrough)
    }

    /// MATCH_RECOGNIZE: the partition columns and the measures (one row per match), and the input's columns too for
    /// ALL ROWS PER MATCH. Pattern variables qualify the input's columns; ordering and conditions are indirect.
    private func matched(_ inner: Scope, _ pattern: RowPattern, alias: Identifier?) -> Relation {
        if let input = inner.relations.last {
            for variable in pattern.variables {
                var named = input
                named.alias = variable.key
                inner.relations.append(named)
            }
        }
        for expression in pattern.orderBy + pattern.definitions { addIndirect(flow(of: expression, in: inner)) }
        var columns: [OutputColumn] = []
        for expression in pattern.partitionBy {
            columns.append(OutputColumn(name: implicitName(of: expression), flow: flow(of: expression, in: inner)))
        }
        for measure in pattern.measures {
            columns.append(OutputColumn(name: measure.alias.map(fold) ?? implicitName(of: measure.expression),
                                        flow: flow(of: measure.expression, in: inner)))
        }
        let passThrough = pattern.allRows ? Array(inner.relations.prefix(1)) : []
        return Relation(alias: alias.map { $0.key }, table: nil, columns: columns, inner: passThrough)
    }

    private func pivotName(_ expression: Expression) -> String? {
        switch expression {
        case .string(let text): text
        case .literal(let text): text
        default: implicitName(of: expression)
        }
    }
}
