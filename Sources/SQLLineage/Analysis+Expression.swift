import SQLSyntax

extension Analysis {
    static let aggregates: Set<String> = [
        "SUM", "COUNT", "AVG", "MIN", "MAX", "LISTAGG", "STRING_AGG", "ARRAY_AGG", "GROUP_CONCAT", "STDDEV", "STDDEV_POP",
        "STDDEV_SAMP", "VARIANCE", "VAR_POP", "VAR_SAMP", "MEDIAN", "COLLECT", "XMLAGG", "JSON_AGG", "JSONB_AGG", "JSON_ARRAYAGG",
        "JSON_OBJECTAGG", "BOOL_AND", "BOOL_OR", "EVERY", "BIT_AND", "BIT_OR", "COUNT_BIG", "APPROX_COUNT_DISTINCT", "ANY_VALUE",
        "PERCENTILE_CONT", "PERCENTILE_DISC", "MODE", "CORR", "COVAR_POP", "COVAR_SAMP", "ARRAY_AGG_DISTINCT", "OBJECT_AGG",
        "ARRAY_UNIQUE_AGG", "COLLECT_LIST", "COLLECT_SET", "FIRST", "LAST", "STATS_MODE", "REGR_SLOPE", "APPROX_PERCENTILE",
    ]
    static let conditionals: Set<String> = [
        "DECODE", "NVL", "NVL2", "COALESCE", "NULLIF", "IIF", "IF", "IFNULL", "ISNULL", "GREATEST", "LEAST", "CHOOSE", "ZEROIFNULL",
        "NULLIFZERO", "NVL_ZERO", "IFF", "LNNVL",
    ]

    /// Where the value of `expression` comes from, in `scope`.
    func flow(of expression: Expression, in scope: Scope) -> Flow {
        switch expression {
        case .name(let name):
            return resolve(name, in: scope)
        case .star, .string, .literal:
            return [:]
        case .parameter(let name, let fields):
            return parameterFlow(name, fields: fields)
        case .function(let call):
            return functionFlow(call, in: scope)
        case .caseWhen(let caseExpression):
            var flow: Flow = [:]
            if let operand = caseExpression.operand { flow.merge(self.flow(of: operand, in: scope)) }
            for branch in caseExpression.branches {
                flow.merge(self.flow(of: branch.condition, in: scope))
                flow.merge(self.flow(of: branch.result, in: scope))
            }
            if let otherwise = caseExpression.otherwise { flow.merge(self.flow(of: otherwise, in: scope)) }
            return flow.raised(to: .conditional)
        case .subquery(let query):
            return evaluate(query, in: scope).first?.flow ?? [:]
        case .exists(let query):
            _ = evaluate(query, in: scope)
            return [:]
        case .field(let base, let field):
            if case .function(let call) = base, call.name.parts.count == 1, let variable = environment.variable(variableKey(call.name.last)) {
                return fieldFlow(variable, field: field)
            }
            return flow(of: base, in: scope)
        case .operation(_, let operands):
            var flow: Flow = [:]
            for operand in operands { flow.merge(self.flow(of: operand, in: scope)) }
            return flow.raised(to: .expression)
        }
    }

    private func functionFlow(_ call: FunctionCall, in scope: Scope) -> Flow {
        let upper = call.name.last.quoted ? call.name.last.text : call.name.last.text.uppercased()
        if call.name.parts.count == 1, let variable = environment.variable(upper) { return variable.flow } // collection element
        var flow: Flow = [:]
        for argument in call.arguments { flow.merge(self.flow(of: argument, in: scope)) }
        for ordering in call.withinGroup { flow.merge(self.flow(of: ordering, in: scope)) }
        if let filter = call.filter { flow.merge(self.flow(of: filter, in: scope)) }
        if let over = call.over {
            var window = over
            if let name = over.name, let named = scope.window(fold(name).lowercased()) {
                window.partitionBy += named.partitionBy
                window.orderBy += named.orderBy
            }
            for expression in window.partitionBy + window.orderBy { flow.merge(self.flow(of: expression, in: scope)) }
            return flow.raised(to: .window)
        }
        if call.name.parts.count <= 1 || call.name.parts.count == 2 && call.name.parts[0].matches("SYS") {
            if Self.aggregates.contains(upper) { return flow.raised(to: .aggregation) }
            if Self.conditionals.contains(upper) { return flow.raised(to: .conditional) }
        }
        return flow.raised(to: .expression)
    }

    /// A column, a variable, a record field, a sequence value or a pseudo column.
    func resolve(_ name: ObjectName, in scope: Scope) -> Flow {
        let last = name.last
        let upperLast = last.quoted ? last.text : last.text.uppercased()
        if name.parts.count == 1 {
            if !last.quoted, dialect.pseudoColumns.contains(upperLast) { return [:] }
            return resolveUnqualified(last, in: scope)
        }
        if !last.quoted, dialect.sequenceFields.contains(upperLast) || dialect.pseudoColumns.contains(upperLast) { return [:] }
        let qualifier = ObjectName(Array(name.parts.dropLast()))
        if let relation = relation(named: qualifier, in: scope) { return relation.flow(of: last, dialect: dialect) }
        let head = variableKey(name.parts[0])
        if let variable = environment.variable(head) {
            return name.parts.count >= 2 ? fieldFlow(variable, field: name.parts[1]) : variable.flow
        }
        if name.parts.count == 2, let variable = environment.variable(variableKey(name.parts[1])) {
            return variable.flow // `block_label.variable`, `unit_name.variable`
        }
        if let (trigger, table) = environment.triggerContext, name.parts.count == 2,
           name.parts[0].matches(trigger.newName) || name.parts[0].matches(trigger.oldName) {
            read(table)
            return [ColumnName(table: table, column: fold(last)): .identity]
        }
        if name.parts.count >= 3, let relation = relation(named: ObjectName(Array(name.parts.suffix(2).dropLast())), in: scope) {
            return relation.flow(of: last, dialect: dialect)
        }
        return [:]
    }

    /// Unqualified: a known column of a relation in scope, else a declared variable, else a column of the
    /// only (or, guessed, the first) relation whose columns are unknown; inner scopes first.
    private func resolveUnqualified(_ column: Identifier, in scope: Scope) -> Flow {
        let key = fold(column).lowercased()
        let variable = environment.variable(variableKey(column))
        var level: Scope? = scope
        while let current = level {
            let known = current.relations.filter { $0.knows(key) }
            if let owner = known.first {
                if known.count > 1 { warn("column \(fold(column)) is ambiguous; it was placed in the first table that has it", confidence: 0.8) }
                return owner.flow(of: column, dialect: dialect)
            }
            if let function = current.relations.first(where: { $0.table == nil && $0.alias == key }), let fallback = function.fallback {
                return fallback // `UNNEST(tags) AS tag`: the function's alias names its value
            }
            if let variable { return variable.flow }
            let open = current.relations.filter(\.isOpen)
            if let owner = open.first {
                if open.count > 1 {
                    let name = owner.table?.description ?? owner.alias ?? "the first table"
                    warn("column \(fold(column)) was guessed to belong to \(name); give a schema to place it", confidence: 0.8)
                }
                return owner.flow(of: column, dialect: dialect)
            }
            level = current.parent
        }
        return variable?.flow ?? [:]
    }

    private func fieldFlow(_ variable: Environment.Variable, field: Identifier) -> Flow {
        let key = field.text.uppercased()
        if let flow = variable.fields[key] { return flow }
        let stars = variable.flow.keys.filter { $0.column == "*" }
        if !stars.isEmpty {
            return Dictionary(uniqueKeysWithValues: stars.map { (ColumnName(table: $0.table, column: fold(field)), Transformation.identity) })
        }
        return variable.flow
    }

    /// Bind variables carry nothing, except trigger rows (`:NEW.X`) and T-SQL variables (`@v`).
    private func parameterFlow(_ name: String, fields: [Identifier]) -> Flow {
        if let (trigger, table) = environment.triggerContext, let field = fields.first,
           name.uppercased() == trigger.newName.uppercased() || name.uppercased() == trigger.oldName.uppercased() {
            read(table)
            return [ColumnName(table: table, column: fold(field)): .identity]
        }
        guard let variable = environment.variable("@" + name.uppercased()) else { return [:] }
        return fields.first.map { fieldFlow(variable, field: $0) } ?? variable.flow
    }

    // MARK: Variables

    /// Adds `flow` to the variable, record field or collection an assignment writes.
    func assign(_ target: Expression, flow: Flow) {
        switch target {
        case .name(let name):
            environment.assign(variableKey(name.parts[0]), flow: flow, field: name.parts.count > 1 ? name.parts[1].text.uppercased() : nil)
        case .parameter(let name, let fields):
            environment.assign("@" + name.uppercased(), flow: flow, field: fields.first?.text.uppercased())
        case .function(let call):
            environment.assign(variableKey(call.name.parts[0]), flow: flow)
        case .field(let base, let field):
            if case .function(let call) = base {
                environment.assign(variableKey(call.name.parts[0]), flow: flow, field: field.text.uppercased())
            }
        default:
            break
        }
    }

    /// INTO targets: one per column, or one record or collection taking every column as a field.
    func assign(_ targets: [Expression], outputs: [OutputColumn]) {
        if targets.count == 1, outputs.count != 1 || outputs.first?.name != nil {
            let layout = recordLayout(targets[0])
            for (index, output) in outputs.enumerated() {
                if let layout, index < layout.count {
                    assignField(targets[0], field: layout[index], flow: output.flow)
                } else if let name = output.name {
                    assignField(targets[0], field: name.uppercased(), flow: output.flow)
                } else {
                    assign(targets[0], flow: output.flow)
                }
            }
            return
        }
        for (index, target) in targets.enumerated() where index < outputs.count {
            assign(target, flow: outputs[index].flow)
        }
    }

    /// The declared field order of the record an INTO target names.
    private func recordLayout(_ target: Expression) -> [String]? {
        switch target {
        case .name(let name) where name.parts.count == 1: environment.variable(variableKey(name.last))?.layout
        case .function(let call): environment.variable(variableKey(call.name.parts[0]))?.layout
        default: nil
        }
    }

    private func assignField(_ target: Expression, field: String, flow: Flow) {
        switch target {
        case .name(let name) where name.parts.count == 1:
            environment.assign(variableKey(name.parts[0]), flow: flow, field: field)
        case .function(let call):
            environment.assign(variableKey(call.name.parts[0]), flow: flow, field: field)
        case .parameter(let name, _):
            environment.assign("@" + name.uppercased(), flow: flow, field: field)
        default:
            assign(target, flow: flow)
        }
    }

    /// The text of an expression made only of string literals joined by `||` or `+`, or of a variable holding one.
    func constantString(_ expression: Expression) -> String? {
        switch expression {
        case .string(let text):
            return text
        case .operation(let op, let operands) where op == "||" || op == "+":
            var text = ""
            for operand in operands {
                guard let part = constantString(operand) else { return nil }
                text += part
            }
            return text
        case .name(let name) where name.parts.count == 1:
            return environment.variable(variableKey(name.last))?.constant
        case .parameter(let name, let fields) where fields.isEmpty:
            return environment.variable("@" + name.uppercased())?.constant
        default:
            return nil
        }
    }
}
