import SQLSyntax

/// The working state of one lineage call: the statement being built, the scratch schema of tables the
/// script created, and the procedural environment in force.
final class Analysis {
    let options: LineageOptions
    /// Kept apart from `options`: read on every name, and a stored `let` is read without copying the dialect.
    let dialect: Dialect
    /// Columns of tables and views created earlier in the script, by lower-cased name.
    var localSchema: [String: [String]] = [:]
    /// The statement or unit whose lineage is being gathered.
    var current = StatementLineage(kind: "", range: SourceRange(start: 0, end: 0, line: 1, column: 1))
    private var pairs: [PairKey: Transformation] = [:]
    private var pairOrder: [PairKey] = []
    /// Columns a plain SELECT returns: like pair sources, they are not indirect.
    var projected: Set<ColumnName> = []

    /// Variables in force: a unit's own, or the script's (T-SQL variables at the top level).
    var environment: Environment
    let scriptEnvironment = Environment(parent: nil)
    /// Whether the code being read is a stored program (INTO targets are variables there).
    var inProgram = false
    /// Package specifications read so far, by lower-cased name: their declarations hold in the package body.
    var packageSpecs: [String: Block] = [:]
    /// The CTEs of a `WITH ... INSERT/UPDATE/...` statement, for the statement's queries.
    var statementScope: Scope?

    private struct PairKey: Hashable {
        var source: ColumnName
        var target: ColumnName
    }

    init(options: LineageOptions) {
        self.options = options
        dialect = options.dialect
        environment = scriptEnvironment
    }

    /// The lineage of one top-level statement; a package body gives one per procedure or function.
    func analyze(_ node: StatementNode) -> [StatementLineage] {
        if case .unit(let unit) = node.statement { return lineage(of: unit) }
        environment = scriptEnvironment
        inProgram = node.statement.isBlock
        defer { inProgram = false }
        for _ in 0..<2 { // an anonymous block is read again when a variable gained lineage after it was used
            environment.resetTracking()
            begin(kind: Self.kind(of: node.statement), range: node.range)
            analyze(node.statement)
            if !environment.stale { break }
        }
        return [finish()]
    }

    func begin(kind: String, name: String? = nil, range: SourceRange) {
        current = StatementLineage(kind: kind, name: name, range: range)
        pairs = [:]
        pairOrder = []
        projected = []
    }

    /// Completes the statement: every pair's source table is a source, and pair sources are not indirect.
    func finish() -> StatementLineage {
        var result = current
        result.indirect.subtract(projected)
        result.filters = result.indirect
        result.columns = pairOrder.map { ColumnLineage(source: $0.source, target: $0.target, transformation: pairs[$0]!) }
        for pair in result.columns {
            result.indirect.remove(pair.source)
            if pair.source.column != "*" || !pair.source.table.parts.isEmpty { result.sources.insert(pair.source.table) }
        }
        return result
    }

    // MARK: Recording

    func read(_ table: TableName) {
        current.sources.insert(table)
    }

    func addPair(from source: ColumnName, to target: ColumnName, _ transformation: Transformation) {
        guard !source.viaTarget else { return }
        let key = PairKey(source: source, target: target)
        if let existing = pairs[key] {
            pairs[key] = max(existing, transformation)
        } else {
            pairs[key] = transformation
            pairOrder.append(key)
        }
    }

    func addIndirect(_ flow: Flow) {
        for column in flow.keys where column.column != "*" { current.indirect.insert(column.plain) }
    }

    func warn(_ message: String, at range: SourceRange? = nil, confidence: Double) {
        let diagnostic = Diagnostic(.warning, message, at: range ?? current.range)
        if !current.diagnostics.contains(diagnostic) { current.diagnostics.append(diagnostic) }
        current.confidence = min(current.confidence, confidence)
    }

    // MARK: Names

    /// A table name as reported: folded, with the default schema, synonyms resolved.
    func table(_ name: ObjectName) -> TableName {
        var parts = name.parts.map { $0.folded(dialect) }
        if parts.count == 1, let schema = options.defaultSchema, !schema.isEmpty, !parts[0].hasPrefix("#") {
            parts.insert(dialect.fold(schema), at: 0)
        }
        let link = name.link.isEmpty ? nil : name.link.map { $0.folded(dialect) }.joined(separator: ".")
        let table = TableName(parts, link: link)
        return options.synonyms?(table) ?? table
    }

    /// Known columns of a table: created earlier in the script, else from the schema provider.
    func columns(of table: TableName) -> [String]? {
        localSchema[table.key] ?? options.schema?.columns(of: table)
    }

    func fold(_ identifier: Identifier) -> String { identifier.folded(dialect) }

    /// Upper-cased key of a variable name.
    func variableKey(_ identifier: Identifier) -> String { identifier.text.uppercased() }

    static func kind(of statement: Statement) -> String {
        switch statement {
        case .query: "select"
        case .with(_, let inner): kind(of: inner)
        case .insert: "insert"
        case .multiInsert: "insert all"
        case .update: "update"
        case .delete: "delete"
        case .merge: "merge"
        case .createTable(let create): create.query == nil ? "create table" : "create table as select"
        case .createView(let view): view.materialized ? "create materialized view" : "create view"
        case .drop: "drop"
        case .truncate: "truncate"
        case .rename: "rename"
        case .alterColumns: "alter table"
        case .unit(let unit): unit.kind.rawValue
        case .block: "block"
        case .other(let words): words.lowercased()
        }
    }
}
