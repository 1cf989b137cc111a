import SQLSyntax

/// One column pair: a source column feeds a written column.
public struct ColumnLineage: Sendable, Hashable {
    public var source: ColumnName
    public var target: ColumnName
    public var transformation: Transformation

    public init(source: ColumnName, target: ColumnName, transformation: Transformation) {
        self.source = source
        self.target = target
        self.transformation = transformation
    }
}

/// A change to data that carries no data flow: DELETE, TRUNCATE, DROP, RENAME.
public struct Effect: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable { case delete, truncate, drop, rename }

    public var kind: Kind
    public var table: TableName
    /// The new name, for a rename.
    public var newName: TableName?

    public init(kind: Kind, table: TableName, newName: TableName? = nil) {
        self.kind = kind
        self.table = table
        self.newName = newName
    }

    /// `delete T`, `rename T to U`.
    public var description: String {
        "\(kind.rawValue) \(table)" + (newName.map { " to \($0)" } ?? "")
    }
}

/// A table created or dropped by a statement.
public struct TableEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case create(temporary: Bool), drop, renameColumn(from: String, to: String) }
    public var kind: Kind
    public var table: TableName
}

/// The lineage of one statement or program unit.
public struct StatementLineage: Sendable {
    /// `select`, `insert`, `update`, `merge`, `create table`, `procedure`, `package body member`, ...
    public var kind: String
    /// The program unit's name, for procedures, functions and triggers.
    public var name: String?
    public var range: SourceRange
    public var sources: Set<TableName> = []
    public var targets: Set<TableName> = []
    public var columns: [ColumnLineage] = []
    public var indirect: Set<ColumnName> = []
    /// Every column read to filter, join or group, pair sources included: a script-level column that feeds only a
    /// scratch table that is never read again is still indirect.
    var filters: Set<ColumnName> = []
    public var effects: [Effect] = []
    /// Tables this statement creates and drops, in order, for scratch-table detection; `temporary` for temporary tables.
    public var lifecycle: [TableEvent] = []
    public var diagnostics: [Diagnostic] = []
    /// 1 when everything was resolved; lower when columns were placed by guesswork or SQL was not understood.
    public var confidence = 1.0

    public init(kind: String, name: String? = nil, range: SourceRange) {
        self.kind = kind
        self.name = name
        self.range = range
    }
}

/// The lineage of a whole script: its statements, and the script-level view with scratch tables folded away.
public struct ScriptLineage: Sendable {
    public var statements: [StatementLineage]
    public var sources: [TableName]
    public var targets: [TableName]
    public var intermediate: [TableName]
    public var columns: [ColumnLineage]
    public var indirect: [ColumnName]
    public var effects: [Effect]
    public var diagnostics: [Diagnostic]
}
