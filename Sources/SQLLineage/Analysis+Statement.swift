import SQLSyntax

extension Analysis {
    /// Records the lineage of one statement into the current result; returns what its RETURNING clause hands on.
    @discardableResult
    func analyze(_ statement: Statement) -> [OutputColumn]? {
        switch statement {
        case .query(let query):
            if let select = Self.leftmostSelect(query.body), !select.into.isEmpty {
                selectInto(query, select)
            } else {
                for output in evaluate(query, in: statementScope) { projected.formUnion(output.flow.keys.map(\.plain)) }
            }
        case .with(let ctes, let inner):
            let scope = Scope(parent: statementScope)
            defineCTEs(ctes, in: scope)
            let saved = statementScope
            statementScope = scope
            defer { statementScope = saved }
            return analyze(inner)
        case .insert(let insert):
            return self.insert(insert)
        case .multiInsert(let insert):
            multiInsert(insert)
        case .update(let update):
            return self.update(update)
        case .delete(let delete):
            return self.delete(delete)
        case .merge(let merge):
            return self.merge(merge)
        case .createTable(let create):
            createTable(create)
        case .createView(let view):
            let name = table(view.name)
            let outputs = evaluate(view.query, in: statementScope)
            write(name, columns: view.columns, outputs: outputs, newTable: true)
            remember(name, columns: view.columns, outputs: outputs)
        case .drop(_, let name):
            let dropped = table(name)
            current.effects.append(Effect(kind: .drop, table: dropped))
            current.lifecycle.append(TableEvent(kind: .drop, table: dropped))
            localSchema[dropped.key] = nil
        case .truncate(let name):
            current.effects.append(Effect(kind: .truncate, table: table(name)))
        case .rename(let from, let to):
            let old = table(from)
            var new = table(to)
            if to.parts.count == 1, options.defaultSchema == nil, old.parts.count > 1 { new.parts = old.parts.dropLast() + new.parts }
            current.effects.append(Effect(kind: .rename, table: old, newName: new))
            if let columns = localSchema[old.key] { localSchema[new.key] = columns }
        case .alterColumns(let name, let added, let renamed):
            let altered = table(name)
            if var columns = columns(of: altered) {
                columns += added.map(fold)
                for (from, to) in renamed {
                    if let index = columns.firstIndex(where: { $0.lowercased() == from.key }) { columns[index] = fold(to) }
                }
                localSchema[altered.key] = columns
            }
            for (from, to) in renamed {
                current.lifecycle.append(TableEvent(kind: .renameColumn(from: fold(from), to: fold(to)), table: altered))
            }
        case .unit(let unit):
            for lineage in self.lineage(of: unit) { merge(lineage) }
        case .block(let block):
            analyze(block)
        case .other:
            break
        }
        return nil
    }

    /// Writes `outputs` into `target`: columns named by the column list, else by the table's known columns in
    /// order, else by the outputs' own names.
    func write(_ target: TableName, columns explicit: [Identifier], outputs: [OutputColumn], newTable: Bool = false) {
        current.targets.insert(target)
        let names: [String]? = explicit.isEmpty ? (newTable ? nil : self.columns(of: target)) : explicit.map(fold)
        if let names, names.count != outputs.count, !outputs.contains(where: { $0.starOf != nil }), !explicit.isEmpty {
            warn("\(outputs.count) values are written into \(names.count) columns of \(target)", confidence: 0.8)
        }
        for (index, output) in outputs.enumerated() {
            if output.starOf != nil {
                for (source, transformation) in output.flow {
                    addPair(from: source, to: ColumnName(table: target, column: "*"), transformation)
                }
                continue
            }
            guard let name = names.map({ index < $0.count ? $0[index] : nil }) ?? output.name else {
                if !output.flow.isEmpty { warn("value \(index + 1) written into \(target) has no name; give it an alias", confidence: 0.8) }
                continue
            }
            for (source, transformation) in output.flow {
                addPair(from: source, to: ColumnName(table: target, column: name), transformation)
            }
        }
    }

    private func insert(_ insert: Insert) -> [OutputColumn]? {
        var outputs: [OutputColumn] = []
        if let view = insert.targetQuery { // INSERT INTO (SELECT ...): each view column is a base column
            let sourcesBefore = current.sources
            let viewColumns = evaluate(view, in: statementScope)
            current.sources = sourcesBefore
            outputs = insert.source.map { evaluate($0, in: statementScope) } ?? []
            for (index, output) in outputs.enumerated() where index < viewColumns.count {
                guard let base = viewColumns[index].flow.identitySource else { continue }
                current.targets.insert(base.table)
                for (source, transformation) in output.flow { addPair(from: source, to: base.plain, transformation) }
            }
            return nil
        }
        let target = table(insert.target)
        if let source = insert.source {
            outputs = evaluate(source, in: statementScope)
        } else if let execute = insert.sourceExecute {
            outputs = dynamicQueryColumns(execute) ?? []
        } else if let record = insert.recordValue {
            outputs = recordOutputs(record)
        }
        write(target, columns: insert.columns, outputs: outputs)
        if !insert.onConflictUpdate.isEmpty {
            let scope = Scope(parent: statementScope)
            scope.relations.append(baseRelation(target, alias: insert.alias.map { $0.key } ?? target.nameKey, isTarget: true))
            let names = insert.columns.isEmpty ? (columns(of: target) ?? outputs.compactMap(\.name)) : insert.columns.map(fold)
            let proposed = zip(names, outputs).map { OutputColumn(name: $0, flow: $1.flow) }
            scope.relations.append(Relation(alias: "excluded", table: nil, columns: proposed))
            for assignment in insert.onConflictUpdate {
                var flow = self.flow(of: assignment.value, in: scope)
                if case .function(let call) = assignment.value, call.name.last.matches("VALUES"), case .name(let column)? = call.arguments.first {
                    flow = proposed.first { $0.key == column.last.key }?.flow ?? [:]
                }
                for column in assignment.columns {
                    for (source, transformation) in flow { addPair(from: source, to: ColumnName(table: target, column: fold(column.last)), transformation) }
                }
            }
        }
        return returning(insert.returning, target: target, alias: insert.alias, scope: nil)
    }

    /// The fields of a record variable in order, when the expression is one.
    func recordColumns(_ record: Expression) -> [OutputColumn]? {
        guard let (key, path) = variablePath(record), path.isEmpty, let variable = environment.variable(key), !variable.fieldOrder.isEmpty else {
            return nil
        }
        return recordOutputs(record)
    }

    /// The fields of a record or collection element written with `VALUES r`.
    private func recordOutputs(_ record: Expression) -> [OutputColumn] {
        var key: String?
        switch record {
        case .name(let name): key = variableKey(name.parts[0])
        case .function(let call): key = variableKey(call.name.parts[0])
        default: break
        }
        guard let key, let variable = environment.variable(key) else { return [] }
        if variable.fieldOrder.isEmpty { return [OutputColumn(name: nil, flow: variable.flow, starOf: variable.flow.keys.first?.table)] }
        return variable.fieldOrder.map { OutputColumn(name: $0, flow: variable.fields[$0] ?? [:]) }
    }

    private func multiInsert(_ insert: MultiInsert) {
        let outputs = evaluate(insert.source, in: statementScope)
        let scope = Scope(parent: statementScope)
        scope.relations.append(Relation(alias: nil, table: nil, columns: outputs))
        for branch in insert.branches {
            if let condition = branch.condition { addIndirect(flow(of: condition, in: scope)) }
            let target = table(branch.target)
            if branch.values.isEmpty {
                write(target, columns: branch.columns, outputs: outputs)
            } else {
                let values = branch.values.map { OutputColumn(name: implicitName(of: $0), flow: flow(of: $0, in: scope)) }
                write(target, columns: branch.columns, outputs: values)
            }
        }
    }

    /// The first SELECT of a query body: where `INTO` stands in `SELECT ... INTO t FROM a UNION SELECT ...`.
    static func leftmostSelect(_ body: QueryBody) -> Select? {
        switch body {
        case .select(let select): select
        case .setOperation(let first, _): leftmostSelect(first)
        case .nested(let query): leftmostSelect(query.body)
        default: nil
        }
    }

    private func selectInto(_ query: Query, _ select: Select) {
        let outputs = evaluate(query, in: statementScope)
        if select.into.contains(where: isVariable) || (inProgram && !dialect.selectIntoCreatesTable) {
            assign(select.into, outputs: outputs)
            return
        }
        guard case .name(let name) = select.into[0] else { return }
        let target = table(name)
        write(target, columns: [], outputs: outputs, newTable: true)
        current.lifecycle.append(TableEvent(kind: .create(temporary: select.intoTemporary || target.name.hasPrefix("#")), table: target))
        remember(target, columns: [], outputs: outputs)
    }

    private func isVariable(_ expression: Expression) -> Bool {
        switch expression {
        case .parameter: true
        case .name(let name): environment.isDeclared(variableKey(name.parts[0]))
        case .function(let call): environment.isDeclared(variableKey(call.name.parts[0]))
        case .field: true
        default: false
        }
    }

    private func createTable(_ create: CreateTable) {
        let name = table(create.name)
        current.lifecycle.append(TableEvent(kind: .create(temporary: create.temporary || name.name.hasPrefix("#")), table: name))
        if let query = create.query {
            let outputs = evaluate(query, in: statementScope)
            write(name, columns: create.columns, outputs: outputs, newTable: true)
            remember(name, columns: create.columns, outputs: outputs)
        } else if let like = create.like {
            localSchema[name.key] = columns(of: table(like))
        } else if !create.columns.isEmpty {
            localSchema[name.key] = create.columns.map(fold)
        }
    }

    /// Keeps the columns of a table the script made from a query, unless a `*` over unknown columns hides some.
    private func remember(_ table: TableName, columns: [Identifier], outputs: [OutputColumn]) {
        if !columns.isEmpty {
            localSchema[table.key] = columns.map(fold)
        } else if !outputs.contains(where: { $0.starOf != nil || $0.name == nil }) {
            localSchema[table.key] = outputs.compactMap(\.name)
        }
    }

    /// `RETURNING ... INTO`: the variables take the written row's values; a data-modifying CTE hands them on.
    func returning(_ returning: Returning?, target: TableName, alias: Identifier? = nil, scope: Scope?) -> [OutputColumn]? {
        guard let returning else { return nil }
        let rowScope = Scope(parent: scope)
        for name in [alias.map { $0.key } ?? target.nameKey, "inserted", "deleted"] {
            rowScope.relations.append(baseRelation(target, alias: name, isTarget: false)) // the written row, as read back
        }
        var outputs: [OutputColumn] = []
        for value in returning.values {
            if case .star = value {
                outputs += expandStar(nil, in: rowScope)
            } else {
                outputs.append(OutputColumn(name: implicitName(of: value), flow: flow(of: value, in: rowScope)))
            }
        }
        if !returning.into.isEmpty { assign(returning.into, outputs: outputs) }
        if let table = returning.table { write(self.table(table), columns: returning.tableColumns, outputs: outputs) }
        return outputs
    }

    /// Adds a finished unit's lineage to the current one (a unit nested in a block).
    private func merge(_ lineage: StatementLineage) {
        current.sources.formUnion(lineage.sources)
        current.targets.formUnion(lineage.targets)
        current.indirect.formUnion(lineage.indirect)
        current.effects += lineage.effects
        current.lifecycle += lineage.lifecycle
        for pair in lineage.columns { addPair(from: pair.source, to: pair.target, pair.transformation) }
    }
}
