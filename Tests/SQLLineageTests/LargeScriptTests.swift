import SQLLineage
import SQLSyntax
import Testing

@Suite struct LargeScriptTests {
    /// The Oracle fixtures, repeated until the script is at least `megabytes` MB.
    static func script(megabytes: Int) -> (text: String, copies: Int, statementsPerCopy: Int) {
        let clean = FixtureCase.all.filter { $0.dialect == "oracle" && Parser.parse($0.sql, dialect: .oracle).diagnostics.isEmpty }
        let sql = clean.map(\.sql).joined(separator: "\n/\n")
        let perCopy = Parser.parse(sql, dialect: .oracle).statements.count
        let copies = megabytes * 1_000_000 / sql.utf8.count + 1
        return (Array(repeating: sql, count: copies).joined(separator: "\n/\n"), copies, perCopy)
    }

    /// Time and memory at this size are measured in release builds by `sql-bench --large` (BENCHMARKS.md).
    @Test("a 10 MB script parses whole: every copy of the corpus yields the same statements")
    func tenMegabytes() {
        let (text, copies, perCopy) = Self.script(megabytes: 10)
        #expect(text.utf8.count >= 10_000_000)
        let parsed = Parser.parse(text, dialect: .oracle)
        #expect(parsed.statements.count == copies * perCopy)
    }
}
