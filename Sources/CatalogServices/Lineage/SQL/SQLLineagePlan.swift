import CatalogModel
import CatalogStore
import Foundation
import SQLLineage
import SQLSyntax

/// What storing a script's lineage writes: a process per statement or program unit that writes persistent
/// tables, with an edge per source and target and the column mappings between them, and a failure per error.
///
/// Scratch tables (`intermediate`) never become datasets: a statement that writes only scratch tables gets no
/// process, and a statement that reads one has it replaced by the persistent tables and columns that filled it
/// (composed through any chain of scratch tables), named in the edge's evidence as `intermediate`.
struct SQLLineagePlan: Sendable {
    /// Characters of a statement kept in an edge's evidence.
    static let evidenceExcerpt = 200
    /// Characters of a statement kept with a failure.
    static let failureExcerpt = 1000

    /// What the plan needs besides the lineage.
    struct Context: Sendable {
        var connection: Connection
        var dialect: Dialect
        /// The process the client named: the one process of the submission.
        var processURN: URN?
        var urns: [TableName: URN]
        var actor: String?
    }

    private(set) var ingests: [ProcessIngest] = []
    private(set) var failures: [LineageFailureInput] = []

    init(_ script: ScriptLineage, sql: String, context: Context) throws(CatalogError) {
        let text = SQLText(sql)
        let scratch = ScratchTables(script)
        var order: [URN] = []
        var units: [URN: [(statement: StatementLineage, edges: [EdgeDraft])]] = [:]
        var processOf: [Int: URN] = [:]
        for (index, statement) in script.statements.enumerated() {
            guard statement.targets.contains(where: { !scratch.contains($0) }) else { continue }
            let process = try Self.processURN(of: statement, text: text, context: context)
            let edges = Self.edges(of: statement, process: process, scratch: scratch, text: text, context: context)
            if units[process] == nil { order.append(process) }
            units[process, default: []].append((statement, edges))
            processOf[index] = process
        }
        let ingestionID = "sql:" + UUID().uuidString.lowercased()
        ingests = order.map { process in
            Self.ingest(process, units[process] ?? [], sql: sql, text: text, context: context, ingestionID: ingestionID)
        }
        failures = Self.failures(of: script, processOf: processOf, text: text, context: context)
    }

    /// A failure per error diagnostic, in the statement it lies in (or on its line, outside every statement).
    private static func failures(of script: ScriptLineage, processOf: [Int: URN], text: SQLText,
                                 context: Context) -> [LineageFailureInput] {
        script.diagnostics.filter { $0.severity == .error }.map { diagnostic in
            let owner = script.statements.firstIndex {
                $0.range.start <= diagnostic.range.start && diagnostic.range.start <= $0.range.end
            }
            let (statementText, start) = owner.map { (text.text(script.statements[$0].range), script.statements[$0].range.start) }
                ?? text.line(at: diagnostic.range.start)
            let key = [String(context.connection.id), context.dialect.name, SQLText.collapsed(statementText),
                       diagnostic.message, String(diagnostic.range.start - start)].joined(separator: "\u{1}")
            return LineageFailureInput(
                connectionID: context.connection.id, processURN: context.processURN ?? owner.flatMap { processOf[$0] },
                dialect: context.dialect.name, statement: SQLText.head(statementText, limit: failureExcerpt),
                line: diagnostic.range.line, column: diagnostic.range.column, message: diagnostic.message,
                key: SQLText.digest(key))
        }
    }

    /// The client's process when it named one; else `urn:process:sql:connection-<id>/<unit name>` for a named
    /// program unit (so a new version of a procedure replaces its lineage), else
    /// `.../statement-<hash of the statement's text, white space collapsed>`.
    static func processURN(of statement: StatementLineage, text: SQLText, context: Context) throws(CatalogError) -> URN {
        if let named = context.processURN { return named }
        let scope = "urn:process:sql:connection-\(context.connection.id)/"
        if let name = statement.name, !name.isEmpty {
            return try URN(parsing: scope + folded(name, context.dialect))
        }
        let hash = SQLText.digest(SQLText.collapsed(text.text(statement.range)))
        return try URN(parsing: scope + "statement-" + hash.prefix(16))
    }

    /// A unit name as the dialect stores it: unquoted names folded, quoted ones as written (without quotes).
    private static func folded(_ name: String, _ dialect: Dialect) -> String {
        guard !name.contains("\"") else { return name.replacingOccurrences(of: "\"", with: "") }
        switch dialect.identifierCase {
        case .upper: return name.uppercased()
        case .lower: return name.lowercased()
        case .preserve: return name
        }
    }

    private static func ingest(_ process: URN, _ group: [(statement: StatementLineage, edges: [EdgeDraft])], sql: String,
                               text: SQLText, context: Context, ingestionID: String) -> ProcessIngest {
        let first = group[0].statement
        let name: String, type: String, definition: String
        if group.count == 1 {
            name = first.name ?? "\(first.kind) \(first.targets.sorted().map(\.description).joined(separator: ", "))"
            type = first.kind
            definition = text.text(first.range)
        } else {
            name = context.processURN == nil ? (first.name ?? process.shortName) : process.shortName
            type = "sql script"
            definition = context.processURN == nil ? group.map { text.text($0.statement.range) }.joined(separator: "\n\n") : sql
        }
        return ProcessIngest(process: process, name: name, type: type, sourceSystem: context.connection.name,
                             definition: definition.trimmingCharacters(in: .whitespacesAndNewlines),
                             edges: group.flatMap(\.edges), actor: context.actor, ingestionID: ingestionID)
    }

    /// An edge per (persistent) source and target of the statement, with the column mappings between them.
    private static func edges(of statement: StatementLineage, process: URN, scratch: ScratchTables, text: SQLText,
                              context: Context) -> [EdgeDraft] {
        let targets = statement.targets.filter { !scratch.contains($0) }
        // Each persistent source, with the scratch tables its data came through.
        var sources: [TableName: Set<TableName>] = [:]
        for source in statement.sources {
            guard scratch.contains(source) else {
                if sources[source] == nil { sources[source] = [] }
                continue
            }
            for origin in scratch.origins(of: source) { sources[origin, default: []].insert(source) }
        }
        var mappings: [TablePair: [ColumnPair: Transformation]] = [:]
        for pair in statement.columns where targets.contains(pair.target.table) {
            for (origin, transformation) in scratch.origins(of: pair.source) {
                let through: Set<TableName> = scratch.contains(pair.source.table) ? [pair.source.table] : []
                sources[origin.table, default: []].formUnion(through)
                let key = TablePair(source: origin.table, target: pair.target.table)
                let column = ColumnPair(source: origin.column, target: pair.target.column)
                let combined = max(transformation, pair.transformation)
                mappings[key, default: [:]][column] = max(mappings[key]?[column] ?? combined, combined)
            }
        }
        let base = evidence(of: statement, text: text, dialect: context.dialect)
        var edges: [EdgeDraft] = []
        for (source, through) in sources.sorted(by: { $0.key < $1.key }) {
            for target in targets.sorted() {
                guard let sourceURN = context.urns[source], let targetURN = context.urns[target] else { continue }
                var evidence = base
                if !through.isEmpty { evidence["intermediate"] = .array(through.sorted().map { .string($0.description) }) }
                let columns = (mappings[TablePair(source: source, target: target)] ?? [:])
                    .map { ColumnMapping(sourceColumn: $0.key.source, targetColumn: $0.key.target, transformation: $0.value.rawValue) }
                    .sorted { ($0.targetColumn, $0.sourceColumn) < ($1.targetColumn, $1.sourceColumn) }
                edges.append(EdgeDraft(source: sourceURN, process: process, target: targetURN, relationshipType: "data_flow",
                                       extractionMethod: .sqlParse, confidence: min(max(statement.confidence, 0), 1),
                                       evidence: evidence, columns: columns))
            }
        }
        return edges
    }

    /// Why an edge exists: the statement's span in the submitted SQL and the start of its text.
    private static func evidence(of statement: StatementLineage, text: SQLText, dialect: Dialect) -> JSONObject {
        let range = statement.range
        var evidence: JSONObject = [
            "statement": .string(SQLText.excerpt(text.text(range), limit: evidenceExcerpt)),
            "statement_kind": .string(statement.kind),
            "line": .number(Double(range.line)),
            "column": .number(Double(range.column)),
            "start_offset": .number(Double(range.start)),
            "end_offset": .number(Double(range.end)),
            "dialect": .string(dialect.name),
        ]
        if let name = statement.name { evidence["unit"] = .string(name) }
        return evidence
    }

    private struct TablePair: Hashable {
        let source: TableName
        let target: TableName
    }

    private struct ColumnPair: Hashable {
        let source: String
        let target: String
    }
}
