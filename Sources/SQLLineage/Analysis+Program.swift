import SQLSyntax

extension Analysis {
    /// The lineage of a stored program; a package body gives one result per procedure or function
    /// (and one for its initialisation section when it has one).
    func lineage(of unit: ProceduralUnit) -> [StatementLineage] {
        switch unit.kind {
        case .package:
            packageSpecs[unit.name.description.lowercased()] = unit.body
            begin(kind: unit.kind.rawValue, name: unit.name.description, range: unit.range)
            return [finish()]
        case .packageBody:
            let shared = Environment(parent: scriptEnvironment)
            if let spec = packageSpecs[unit.name.description.lowercased()] { // the spec's constants and types hold in the body
                let saved = environment
                environment = shared
                for declaration in spec.declarations { declare(declaration) }
                environment = saved
            }
            var results: [StatementLineage] = []
            let body = unit.body ?? Block()
            let initialisation = run(unit, name: unit.name.description, body: body, environment: shared)
            for member in unit.members {
                results.append(run(member, name: "\(unit.name).\(member.name)", body: member.body ?? Block(),
                                   environment: Environment(parent: shared)))
            }
            if !body.statements.isEmpty { results.append(initialisation) }
            return results
        default:
            return [run(unit, name: unit.name.description, body: unit.body ?? Block(), environment: Environment(parent: scriptEnvironment))]
        }
    }

    /// Reads a unit's body twice: the first pass fills the variables, the second records lineage with them.
    private func run(_ unit: ProceduralUnit, name: String, body: Block, environment: Environment) -> StatementLineage {
        for parameter in unit.parameters { environment.declare(variableKey(parameter)) }
        if let trigger = unit.trigger {
            environment.trigger = trigger
            environment.triggerTable = table(trigger.table)
        }
        let saved = (self.environment, inProgram)
        self.environment = environment
        inProgram = true
        defer { (self.environment, inProgram) = saved }
        for _ in 0..<2 { // a second reading only when a variable gained lineage after it was used
            environment.resetTracking()
            begin(kind: unit.kind.rawValue, name: name, range: unit.range)
            analyze(body)
            if !environment.stale { break }
        }
        return finish()
    }

    /// A block's declarations and statements; a nested block with declarations has its own variables, which
    /// hide the outer ones of the same name.
    func analyze(_ block: Block, nested: Bool = false) {
        let outer = environment
        if nested, block.opensScope, !block.declarations.isEmpty { environment = Environment(parent: outer) }
        defer { environment = outer }
        for declaration in block.declarations { declare(declaration) }
        for statement in block.statements { analyze(statement) }
    }

    private func declare(_ declaration: Declaration) {
        switch declaration {
        case .variable(let name, let type, let rowTypeOf, let initial):
            let key = variableKey(name)
            environment.declare(key, layout: layout(type: type, rowTypeOf: rowTypeOf))
            if let initial {
                environment.assign(key, flow: flow(of: initial, in: Scope(parent: nil)))
                environment.setConstant(key, constantString(initial))
            }
        case .cursor(let name, let parameters, let query):
            for parameter in parameters { environment.declare(variableKey(parameter)) }
            environment.cursors[variableKey(name)] = evaluate(query, in: nil)
            environment.cursorQueries[variableKey(name)] = [query]
        case .recordType(let name, let fields):
            environment.recordTypes[variableKey(name)] = fields.map { $0.text.uppercased() }
        case .collectionType(let name, let element, let rowType):
            if let fields = layout(type: rowType ? nil : element, rowTypeOf: rowType ? element : nil) {
                environment.recordTypes[variableKey(name)] = fields
            }
        case .subprogram(let unit):
            for parameter in unit.parameters { environment.declare(variableKey(parameter)) }
            if let body = unit.body { analyze(body) }
        }
    }

    /// The field names of a record variable: its record type's, its cursor's columns, or its table's known columns.
    private func layout(type: ObjectName?, rowTypeOf: ObjectName?) -> [String]? {
        if let rowTypeOf {
            if rowTypeOf.parts.count == 1, let cursor = environment.cursor(variableKey(rowTypeOf.last)) {
                return cursor.compactMap { $0.name?.uppercased() }
            }
            return columns(of: table(rowTypeOf))?.map { $0.uppercased() }
        }
        guard let type, type.parts.count == 1 else { return nil }
        return environment.recordType(variableKey(type.last))
    }

    private func analyze(_ statement: ProceduralStatement) {
        switch statement {
        case .sql(let node):
            analyze(node.statement)
        case .assign(let target, let value):
            if case .name(let source) = value, source.parts.count == 1, let record = environment.variable(variableKey(source.last)),
               !record.fieldOrder.isEmpty {
                assign([target], outputs: record.fieldOrder.map { OutputColumn(name: $0, flow: record.fields[$0] ?? [:]) })
                return // record := record copies field by field
            }
            assign(target, flow: flow(of: value, in: Scope(parent: nil)))
            if case .name(let name) = target, name.parts.count == 1 {
                environment.setConstant(variableKey(name.last), constantString(value))
            } else if case .parameter(let name, let fields) = target, fields.isEmpty {
                environment.setConstant("@" + name.uppercased(), constantString(value))
            }
        case .block(let block):
            analyze(block, nested: true)
        case .branches(let conditions, let bodies):
            for condition in conditions { _ = flow(of: condition, in: Scope(parent: nil)) }
            for body in bodies { body.forEach(analyze) }
        case .loop(let kind, let body):
            switch kind {
            case .cursorQuery(let record, let query):
                assign([.name(ObjectName([record]))], outputs: evaluate(query, in: nil))
            case .cursorName(let record, let cursor):
                assign([.name(ObjectName([record]))], outputs: cursorOutputs(cursor))
            case .whileLoop(let condition):
                _ = flow(of: condition, in: Scope(parent: nil))
            case .dynamicQuery(let record, let text):
                if let outputs = dynamicQueryColumns(text) { assign([.name(ObjectName([record]))], outputs: outputs) }
            case .numeric(let index):
                environment.declare(variableKey(index))
            case .plain:
                break
            }
            body.forEach(analyze)
        case .forall(let node):
            analyze(node.statement)
        case .open(let cursor, let query, let dynamic):
            if let query { // a cursor variable opened for several queries returns the rows of any of them
                let key = variableKey(cursor)
                var queries = environment.cursorQuery(key) ?? []
                queries.append(query)
                environment.cursorQueries[key] = queries
                environment.cursors[key] = cursorOutputs(cursor)
            } else {
                _ = cursorOutputs(cursor)
            }
            if let dynamic { dynamicSQL(dynamic, into: [], range: current.range, cursor: cursor) }
        case .fetch(let cursor, let into):
            assign(into, outputs: cursorOutputs(cursor))
        case .execute(let text, let into, let range):
            dynamicSQL(text, into: into, range: range, cursor: nil)
        case .returnQuery(let query): // the returned columns are the result, not filters
            for output in evaluate(query, in: nil) { projected.formUnion(output.flow.keys.map(\.plain)) }
        case .call(let call):
            _ = flow(of: call, in: Scope(parent: nil))
        case .other:
            break
        }
    }

    /// The columns of a cursor where it is used, its query read again so this unit records what it reads.
    private func cursorOutputs(_ cursor: Identifier) -> [OutputColumn] {
        let key = variableKey(cursor)
        guard let queries = environment.cursorQuery(key) else { return environment.cursor(key) ?? [] }
        var outputs: [OutputColumn] = []
        for query in queries {
            for (index, column) in evaluate(query, in: nil).enumerated() {
                if index < outputs.count { outputs[index].flow.merge(column.flow) } else { outputs.append(column) }
            }
        }
        return outputs
    }

    /// The columns of a query given as literal text (`FOR r IN EXECUTE '...'`, `INSERT ... EXEC ('...')`), read
    /// and recorded; nil with a warning when the text is built at run time.
    func dynamicQueryColumns(_ text: Expression) -> [OutputColumn]? {
        guard let sql = constantString(text) else {
            warn("dynamic SQL built at run time is not followed", confidence: 0.9)
            return nil
        }
        let parsed = Parser.parse(sql, dialect: dialect, origin: (current.range.line, current.range.column))
        for node in parsed.statements {
            if case .query(let query) = node.statement { return evaluate(query, in: nil) }
            analyze(node.statement)
        }
        return nil
    }

    /// EXECUTE IMMEDIATE and friends: literal text is parsed and followed; anything else gets a warning.
    private func dynamicSQL(_ text: Expression, into: [Expression], range: SourceRange, cursor: Identifier?) {
        guard let sql = constantString(text) else {
            warn("dynamic SQL built at run time is not followed", at: range, confidence: 0.9)
            return
        }
        let parsed = Parser.parse(sql, dialect: dialect, origin: (range.line, range.column))
        for diagnostic in parsed.diagnostics {
            current.diagnostics.append(Diagnostic(.warning, "in dynamic SQL: \(diagnostic.message)", at: diagnostic.range))
        }
        for node in parsed.statements {
            if case .query(let query) = node.statement, !into.isEmpty || cursor != nil {
                let outputs = evaluate(query, in: nil)
                if let cursor { environment.cursors[variableKey(cursor)] = outputs } else { assign(into, outputs: outputs) }
            } else {
                analyze(node.statement)
            }
        }
    }
}

extension Statement {
    var isBlock: Bool {
        if case .block = self { return true }
        return false
    }
}
