import SQLLineage

extension ScriptLineage {
    /// Every table the result names anywhere, at script or statement level.
    var tableNames: Set<TableName> {
        var names = Set(sources).union(targets).union(intermediate)
        for statement in statements {
            names.formUnion(statement.sources)
            names.formUnion(statement.targets)
            for pair in statement.columns {
                names.insert(pair.source.table)
                names.insert(pair.target.table)
            }
            names.formUnion(statement.indirect.map(\.table))
            for effect in statement.effects {
                names.insert(effect.table)
                if let newName = effect.newName { names.insert(newName) }
            }
        }
        return names
    }
}
