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
        var flow: Flow = [:]
        collect(expression, in: scope, floor: .identity, into: &flow)
        return flow
    }

    /// Adds the columns `expression` reads to `flow`, each with at least the transformation `floor`; one walk,
    /// no dictionary per node.
    private func collect(_ expression: Expression, in scope: Scope, floor: Transformation, into flow: inout Flow) {
        switch expression {
        case .name(let name):
            add(resolve(name, in: scope), floor: floor, into: &flow)
        case .star, .string, .literal:
            break
        case .parameter(let name, let fields):
            add(parameterFlow(name, fields: fields), floor: floor, into: &flow)
        case .function(let call):
            collect(call, in: scope, floor: floor, into: &flow)
        case .caseWhen(let caseExpression):
            let inner = max(floor, .conditional)
            if let operand = caseExpression.operand { collect(operand, in: scope, floor: inner, into: &flow) }
            for branch in caseExpression.branches {
                collect(branch.condition, in: scope, floor: inner, into: &flow)
                collect(branch.result, in: scope, floor: inner, into: &flow)
            }
            if let otherwise = caseExpression.otherwise { collect(otherwise, in: scope, floor: inner, into: &flow) }
        case .subquery(let query):
            add(evaluate(query, in: scope).first?.flow ?? [:], floor: floor, into: &flow)
        case .exists(let query):
            _ = evaluate(query, in: scope)
        case .field(let base, _):
            if let (key, path) = variablePath(expression), let variable = environment.variable(key), Self.isElementAccess(base) {
                add(fieldFlow(variable, path: path), floor: floor, into: &flow)
            } else {
                collect(base, in: scope, floor: floor, into: &flow)
            }
        case .operation(_, let operands):
            let inner = max(floor, .expression)
            for operand in operands { collect(operand, in: scope, floor: inner, into: &flow) }
        }
    }

    private func add(_ other: Flow, floor: Transformation, into flow: inout Flow) {
        for (column, transformation) in other {
            let raised = max(transformation, floor)
            if let existing = flow[column] { flow[column] = max(existing, raised) } else { flow[column] = raised }
        }
    }

    private func collect(_ call: FunctionCall, in scope: Scope, floor: Transformation, into flow: inout Flow) {
        let upper = call.name.last.quoted ? call.name.last.text : call.name.last.text.uppercased()
        if call.name.parts.count == 1, let variable = environment.variable(upper) { // collection element
            add(variable.flow, floor: floor, into: &flow)
            return
        }
        var inner = max(floor, .expression)
        if call.over != nil {
            inner = max(floor, .window)
        } else if call.name.parts.count <= 1 || call.name.parts.count == 2 && call.name.parts[0].matches("SYS") {
            if Self.aggregates.contains(upper) { inner = max(floor, .aggregation) } else if Self.conditionals.contains(upper) { inner = max(floor, .conditional) }
        }
        for argument in call.arguments { collect(argument, in: scope, floor: inner, into: &flow) }
        for ordering in call.withinGroup { collect(ordering, in: scope, floor: inner, into: &flow) }
        if let filter = call.filter { collect(filter, in: scope, floor: inner, into: &flow) }
        if let over = call.over {
            var window = over
            if let name = over.name, let named = scope.window(name.key) {
                window.partitionBy += named.partitionBy
                window.orderBy += named.orderBy
            }
            for expression in window.partitionBy + window.orderBy { collect(expression, in: scope, floor: inner, into: &flow) }
        }
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
        if name.parts.count >= 3, let relation = relation(named: ObjectName([name.parts[0]]), in: scope) {
            return relation.flow(of: name.parts[1], dialect: dialect).raised(to: .expression) // `alias.struct_column.field`
        }
        let head = variableKey(name.parts[0])
        if let variable = environment.variable(head) {
            return fieldFlow(variable, path: Array(name.parts.dropFirst()))
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
        let key = column.key
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
        fieldFlow(variable, path: [field])
    }

    /// A record field, or a field of a field (`r.addr.city`): the longest assigned path that matches, else what the
    /// whole record carries (a `*` read becomes that column of the table).
    private func fieldFlow(_ variable: Environment.Variable, path: [Identifier]) -> Flow {
        var keys = path.map { $0.text.uppercased() }
        while !keys.isEmpty {
            if let flow = variable.fields[keys.joined(separator: ".")] { return flow }
            keys.removeLast()
        }
        let stars = variable.flow.keys.filter { $0.column == "*" }
        if !stars.isEmpty, let field = path.first {
            return Dictionary(uniqueKeysWithValues: stars.map { (ColumnName(table: $0.table, column: fold(field)), Transformation.identity) })
        }
        return variable.fields.isEmpty ? variable.flow : [:] // a field never assigned holds nothing of the others
    }

    /// The variable and field path an assignment target or field read names: `v`, `r.f`, `r.a.b`, `t(i).f`, `@v`.
    func variablePath(_ expression: Expression) -> (key: String, path: [Identifier])? {
        switch expression {
        case .name(let name): (variableKey(name.parts[0]), Array(name.parts.dropFirst()))
        case .parameter(let name, let fields): ("@" + name.uppercased(), fields)
        case .function(let call): (variableKey(call.name.parts[0]), Array(call.name.parts.dropFirst()))
        case .field(let base, let field): variablePath(base).map { ($0.key, $0.path + [field]) }
        default: nil
        }
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
        guard let (key, path) = variablePath(target) else { return }
        environment.assign(key, flow: flow, field: path.isEmpty ? nil : path.map { $0.text.uppercased() }.joined(separator: "."))
    }

    /// Whether a field's base is a collection element or record (`t(i)`, `t(i).a`), not an arbitrary value.
    static func isElementAccess(_ base: Expression) -> Bool {
        switch base {
        case .function(let call): call.name.parts.count == 1
        case .field(let inner, _): isElementAccess(inner)
        case .name: true
        default: false
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
        guard let (key, path) = variablePath(target) else { return }
        environment.assign(key, flow: flow, field: (path.map { $0.text.uppercased() } + [field]).joined(separator: "."))
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
