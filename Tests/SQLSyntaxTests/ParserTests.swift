import Testing
@testable import SQLSyntax

@Suite("Parser")
struct ParserTests {
    private func kinds(_ sql: String, _ dialect: Dialect = .oracle) -> [String] {
        Parser.parse(sql, dialect: dialect).statements.map { node in
            switch node.statement {
            case .query: "query"
            case .insert: "insert"
            case .multiInsert: "insert all"
            case .update: "update"
            case .delete: "delete"
            case .merge: "merge"
            case .createTable: "create table"
            case .createView: "create view"
            case .drop: "drop"
            case .truncate: "truncate"
            case .rename: "rename"
            case .alterColumns: "alter columns"
            case .unit(let unit): unit.kind.rawValue
            case .block: "block"
            case .with: "with"
            case .other(let words): "other " + words
            }
        }
    }

    @Test("a script splits into its statements, SQL*Plus lines and `/` terminators included")
    func scriptStatements() {
        let sql = """
        SET SERVEROUTPUT ON
        PROMPT Loading today's rows
        INSERT INTO t (a) SELECT a FROM s;
        CREATE OR REPLACE PROCEDURE p IS BEGIN NULL; END p;
        /
        MERGE INTO t USING s ON (t.a = s.a) WHEN MATCHED THEN UPDATE SET t.b = s.b;
        GRANT SELECT ON t TO someone;
        """
        #expect(kinds(sql) == ["insert", "procedure", "merge", "other GRANT SELECT ON"])
        #expect(Parser.parse(sql, dialect: .oracle).diagnostics.isEmpty)
    }

    @Test("a statement that is not understood gets a diagnostic with its place, and the next statement still parses")
    func recovery() throws {
        let parsed = Parser.parse("INSERT INTO t (a) SELECT a FROM s;\nSELECT FROM WHERE (;\nDELETE FROM u;", dialect: .oracle)
        #expect(parsed.statements.count == 2)
        let diagnostic = try #require(parsed.diagnostics.first)
        #expect(diagnostic.range.line == 2)
        #expect(diagnostic.severity == .error)
    }

    @Test("the parser reads the dialect's keyword table: MINUS is a set operator only where the dialect says so")
    func keywordsAreData() {
        var odd = Dialect.ansi
        odd.name = "odd"
        odd.keywords["MINUS"] = .except
        let sql = "SELECT a FROM t MINUS SELECT a FROM u"
        guard case .query(let query) = Parser.parse(sql, dialect: odd).statements.first?.statement,
              case .setOperation(_, let rest) = query.body else {
            Issue.record("MINUS was not read as a set operator")
            return
        }
        #expect(rest.first?.0 == .except)
        // In plain ANSI, MINUS means nothing there: the statement ends before it, with a diagnostic.
        let ansi = Parser.parse(sql, dialect: .ansi)
        #expect(ansi.diagnostics.contains { $0.message.contains("MINUS") })
    }

    @Test("T-SQL statements need no semicolons; GO ends a batch")
    func transactSQL() {
        let sql = """
        DECLARE @n INT = 1
        SELECT a INTO #t FROM dbo.s
        UPDATE o SET o.b = s.b FROM dbo.o o JOIN dbo.s s ON s.a = o.a
        GO
        INSERT INTO dbo.u SELECT * FROM #t
        """
        #expect(kinds(sql, .tsql) == ["block", "query", "update", "insert"])
    }

    @Test("nesting beyond the limit is a diagnostic, not a crash")
    func deepNesting() {
        let depth = Parser.maximumDepth + 50
        let sql = "SELECT " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + " FROM dual"
        let parsed = Parser.parse(sql, dialect: .oracle)
        #expect(parsed.diagnostics.contains { $0.message.contains("nested more than") })
        let long = "SELECT a FROM t WHERE " + (0..<20_000).map { "a = \($0)" }.joined(separator: " OR ")
        #expect(Parser.parse(long, dialect: .oracle).diagnostics.isEmpty)
    }

    @Test("PL/SQL: package bodies hold their procedures as members; triggers know their table and row names")
    func programUnits() {
        let sql = """
        CREATE OR REPLACE PACKAGE BODY etl.pkg AS
          CURSOR c IS SELECT a FROM s;
          PROCEDURE one IS BEGIN INSERT INTO t (a) SELECT a FROM s; END one;
          FUNCTION two (p IN NUMBER) RETURN NUMBER IS BEGIN RETURN p; END two;
        END pkg;
        /
        CREATE OR REPLACE TRIGGER trg AFTER INSERT ON hr.emp REFERENCING NEW AS n FOR EACH ROW
        BEGIN INSERT INTO audit_log (id) VALUES (:n.id); END;
        /
        """
        let statements = Parser.parse(sql, dialect: .oracle).statements
        guard case .unit(let body) = statements.first?.statement, case .unit(let trigger) = statements.last?.statement else {
            Issue.record("expected two program units, got \(kinds(sql))")
            return
        }
        #expect(body.kind == .packageBody)
        #expect(body.members.map(\.name.description) == ["one", "two"])
        #expect(trigger.trigger?.table.description == "hr.emp")
        #expect(trigger.trigger?.newName == "N")
    }
}
