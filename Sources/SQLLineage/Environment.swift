import SQLSyntax

/// The variables, records, collections and cursors of a program unit, with the lineage each carries.
/// Assignments add up over the whole unit: loops make statement order meaningless for lineage.
final class Environment {
    struct Variable {
        var flow: Flow = [:]
        var fields: [String: Flow] = [:]
        var fieldOrder: [String] = []
        /// The text of a variable that only ever held string literals (for dynamic SQL).
        var constant: String?
        /// The field names of a record, in order, when its type says them (`TYPE ... IS RECORD`, `%ROWTYPE`).
        var layout: [String]?
    }

    /// Record types declared in the unit: their field names in order.
    var recordTypes: [String: [String]] = [:]

    func recordType(_ name: String) -> [String]? {
        recordTypes[name] ?? parent?.recordType(name)
    }

    /// Variables by upper-cased name (`@NAME` for T-SQL variables).
    var variables: [String: Variable] = [:]
    var cursors: [String: [OutputColumn]] = [:]
    /// The queries of declared cursors: read again where a cursor is used, so each unit that uses a shared
    /// (package-level) cursor records its tables and filters.
    var cursorQueries: [String: [Query]] = [:]
    var trigger: Trigger?
    var triggerTable: TableName?
    let parent: Environment?

    init(parent: Environment?) {
        self.parent = parent
    }

    /// Names read so far, and whether a name read earlier has since gained lineage: then the code must be read again.
    private(set) var readNames: Set<String> = []
    var stale = false

    func variable(_ name: String) -> Variable? {
        if let variable = variables[name] {
            readNames.insert(name)
            return variable
        }
        return parent?.variable(name)
    }

    /// Starts a new reading of the code.
    func resetTracking() {
        readNames = []
        stale = false
    }

    func isDeclared(_ name: String) -> Bool { variable(name) != nil }

    func cursor(_ name: String) -> [OutputColumn]? {
        cursors[name] ?? parent?.cursor(name)
    }

    func cursorQuery(_ name: String) -> [Query]? {
        cursorQueries[name] ?? parent?.cursorQuery(name)
    }

    var triggerContext: (Trigger, TableName)? {
        if let trigger, let triggerTable { return (trigger, triggerTable) }
        return parent?.triggerContext
    }

    func declare(_ name: String, layout: [String]? = nil) {
        if variables[name] == nil { variables[name] = Variable() }
        if let layout { variables[name]?.layout = layout }
    }

    /// Adds `flow` to what `name` carries, in the environment that declares it (the unit's, if undeclared).
    func assign(_ name: String, flow: Flow, field: String? = nil) {
        let owner = self.owner(of: name) ?? self
        var variable = owner.variables[name] ?? Variable()
        if owner.readNames.contains(name), flow.contains(where: { column, transformation in variable.flow[column].map { $0 < transformation } ?? true }) {
            var level: Environment? = owner // the unit (and any enclosing code) must be read again
            while let environment = level {
                environment.stale = true
                level = environment.parent
            }
        }
        if let field {
            if variable.fields[field] == nil { variable.fieldOrder.append(field) }
            variable.fields[field, default: [:]].merge(flow)
        }
        variable.flow.merge(flow)
        owner.variables[name] = variable
    }

    func setConstant(_ name: String, _ text: String?) {
        let owner = self.owner(of: name) ?? self
        owner.variables[name, default: Variable()].constant = text
    }

    private func owner(of name: String) -> Environment? {
        variables[name] != nil ? self : parent?.owner(of: name)
    }
}
