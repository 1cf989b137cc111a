import SQLSyntax

/// Table and column lineage of SQL scripts, stored programs included.
public enum LineageAnalyzer {
    /// Parses `sql` and returns its lineage, statement by statement and for the script as a whole.
    public static func analyze(_ sql: String, options: LineageOptions) -> ScriptLineage {
        let parsed = Parser.parse(sql, dialect: options.dialect)
        return analyze(parsed, options: options)
    }

    /// The lineage of an already parsed script.
    public static func analyze(_ parsed: ParsedScript, options: LineageOptions) -> ScriptLineage {
        let analysis = Analysis(options: options)
        var statements: [StatementLineage] = []
        for node in parsed.statements {
            statements += analysis.analyze(node)
        }
        attachParseDiagnostics(parsed.diagnostics, to: &statements)
        return ScriptSummary.summarize(statements, parseDiagnostics: parsed.diagnostics)
    }

    /// A statement whose text had problems gets those diagnostics and a lower confidence.
    private static func attachParseDiagnostics(_ diagnostics: [Diagnostic], to statements: inout [StatementLineage]) {
        for diagnostic in diagnostics {
            guard let index = statements.firstIndex(where: {
                $0.range.start <= diagnostic.range.start && diagnostic.range.start <= $0.range.end
            }) else { continue }
            statements[index].diagnostics.append(diagnostic)
            statements[index].confidence = min(statements[index].confidence, 0.5)
        }
    }
}
