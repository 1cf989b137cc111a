import SQLLineage
import SQLSyntax
import Testing

@Suite("Lineage options")
struct LineageOptionsTests {
    @Test("a synonym resolver replaces names by what they point to; the default schema qualifies the rest")
    func synonymsAndDefaultSchema() {
        let synonyms: @Sendable (TableName) -> TableName? = { $0.description == "APP.CUSTOMERS" ? TableName(["CRM", "CUSTOMERS"]) : nil }
        let options = LineageOptions(dialect: .oracle, defaultSchema: "app", synonyms: synonyms)
        let result = LineageAnalyzer.analyze("INSERT INTO report_x (id) SELECT c.id FROM customers c", options: options)
        #expect(result.sources.map(\.description) == ["CRM.CUSTOMERS"])
        #expect(result.targets.map(\.description) == ["APP.REPORT_X"])
        #expect(result.columns.map { "\($0.source) -> \($0.target)" } == ["CRM.CUSTOMERS.ID -> APP.REPORT_X.ID"])
    }

    @Test("without a schema, a guessed column says so and lowers the confidence; with one, nothing is guessed")
    func guessesAreReported() {
        let sql = "INSERT INTO t (x) SELECT amount FROM a JOIN b ON a.id = b.id"
        let guessed = LineageAnalyzer.analyze(sql, options: LineageOptions(dialect: .oracle))
        #expect(guessed.statements[0].confidence < 1)
        #expect(guessed.diagnostics.contains { $0.severity == .warning && $0.message.contains("AMOUNT") })
        let schema = DictionarySchema(["A": ["ID"], "B": ["ID", "AMOUNT"]])
        let placed = LineageAnalyzer.analyze(sql, options: LineageOptions(dialect: .oracle, schema: schema))
        #expect(placed.statements[0].confidence == 1)
        #expect(placed.columns.map { "\($0.source) -> \($0.target)" } == ["B.AMOUNT -> T.X"])
    }

    @Test("each pair says how the value is made")
    func transformations() {
        let sql = """
        INSERT INTO t (a, b, c, d, e)
        SELECT s.a, s.b * 2, SUM(s.c), CASE WHEN s.k > 0 THEN s.d END, ROW_NUMBER() OVER (PARTITION BY s.e ORDER BY s.f)
        FROM s GROUP BY s.a, s.b, s.d, s.e, s.f, s.k
        """
        let result = LineageAnalyzer.analyze(sql, options: LineageOptions(dialect: .oracle))
        let kinds = Dictionary(result.columns.map { ("\($0.source.column)->\($0.target.column)", $0.transformation) }, uniquingKeysWith: max)
        #expect(kinds["A->A"] == .identity)
        #expect(kinds["B->B"] == .expression)
        #expect(kinds["C->C"] == .aggregation)
        #expect(kinds["D->D"] == .conditional)
        #expect(kinds["K->D"] == .conditional)
        #expect(kinds["E->E"] == .window)
        #expect(kinds["F->E"] == .window)
    }
}
