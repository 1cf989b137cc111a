/// A column a query produces: its name when it has one, and where its value comes from.
struct OutputColumn {
    var name: String? { didSet { key = name?.lowercased() } }
    var flow: Flow
    /// Set for `*` over a table whose columns are unknown: any column name passes through to that table.
    var starOf: TableName?
    /// The name lower-cased, kept because columns are looked up by name far more often than named.
    private(set) var key: String?

    init(name: String?, flow: Flow, starOf: TableName? = nil) {
        self.name = name
        self.flow = flow
        self.starOf = starOf
        key = name?.lowercased()
    }
}

extension [OutputColumn] {
    /// The table whose rows a view returns: the table of its first column that is an unchanged base column.
    var baseTable: TableName? {
        lazy.compactMap { $0.flow.identitySource?.table }.first
    }
}

/// Something a query reads from: a table, an inline view, a CTE, a table function.
struct Relation {
    /// The name it is referred to by (alias or table name), lower-cased.
    var alias: String?
    var table: TableName?
    /// The columns when known (schema provider, inline view, CTE); nil when unknown.
    var columns: [OutputColumn]?
    /// The written table's own row in UPDATE, MERGE or DELETE.
    var isTarget = false
    /// What any column name of a table function or collection carries.
    var fallback: Flow?
    /// Relations under a PIVOT, for the columns that pass through it.
    var inner: [Relation] = []

    /// Whether this relation is known to have `column` (lower-cased).
    func knows(_ column: String) -> Bool {
        if columns?.contains(where: { $0.key == column }) == true { return true }
        return inner.contains { $0.knows(column) }
    }

    /// Whether a column of this relation can only be guessed.
    var isOpen: Bool {
        (columns == nil && (table != nil || fallback != nil)) || columns?.contains(where: { $0.starOf != nil }) == true
            || inner.contains(where: \.isOpen)
    }

    /// Where `column` of this relation comes from.
    func flow(of column: Identifier, dialect: Dialect) -> Flow {
        let key = column.key
        if let columns {
            if let match = columns.first(where: { $0.key == key }) { return match.flow }
            if let star = columns.first(where: { $0.starOf != nil })?.starOf {
                return [ColumnName(table: star, column: column.folded(dialect)): .identity]
            }
        }
        for relation in inner where relation.knows(key) || relation.isOpen { return relation.flow(of: column, dialect: dialect) }
        if let table, columns == nil || fallback == nil {
            var name = ColumnName(table: table, column: canonical(column, dialect: dialect))
            name.viaTarget = isTarget
            return [name: .identity]
        }
        return fallback ?? [:]
    }

    /// The column's name as the table's known columns spell it, else as the dialect folds it.
    private func canonical(_ column: Identifier, dialect: Dialect) -> String {
        let folded = column.folded(dialect)
        return columns?.first(where: { $0.key == column.key })?.name ?? folded
    }
}

import SQLSyntax

/// The relations visible at one level of a query, with the CTEs defined there; inner scopes see outer ones.
final class Scope {
    var relations: [Relation] = []
    var ctes: [String: [OutputColumn]] = [:]
    var windows: [String: WindowSpecification] = [:]
    let parent: Scope?

    init(parent: Scope?) {
        self.parent = parent
    }

    func cte(_ name: String) -> [OutputColumn]? {
        ctes[name] ?? parent?.cte(name)
    }

    func window(_ name: String) -> WindowSpecification? {
        windows[name] ?? parent?.window(name)
    }
}
