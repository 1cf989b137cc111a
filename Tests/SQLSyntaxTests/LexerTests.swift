import SQLSyntax
import Testing

@Suite("Lexer")
struct LexerTests {
    /// The tokens of `sql` without comments and the end marker, as `kind:value` strings.
    func lex(_ sql: String, _ dialect: Dialect) -> [String] {
        Lexer.tokenize(sql, dialect: dialect).tokens.filter { $0.kind != .endOfInput && $0.kind != .comment }.map { token in
            switch token.kind {
            case .word: "w:\(token.text)"
            case .quotedIdentifier: "qi:\(token.value)"
            case .string: "s:\(token.value)"
            case .number: "n:\(token.text)"
            case .parameter: "p:\(token.value)"
            case .symbol: token.text
            case .hint: "hint:\(token.value)"
            case .comment, .endOfInput: ""
            }
        }
    }

    @Test("Oracle: q-quoted strings, quoted names, hints, bind variables, database links, (+) and names with $ and #")
    func oracle() {
        #expect(lex("SELECT /*+ PARALLEL(o 4) */ o.id, q'[it's]', Q'{a}b}', nq'<x>' FROM \"Mixed Case\".orders@remote_db o", .oracle) == [
            "w:SELECT", "hint:PARALLEL(o 4)", "w:o", ".", "w:id", ",", "s:it's", ",", "s:a}b", ",", "s:x", "w:FROM",
            "qi:Mixed Case", ".", "w:orders", "@", "w:remote_db", "w:o",
        ])
        #expect(lex("WHERE a.id = b.id(+) AND x := :new.sal_$1 || 'it''s' AND SYS#T = :1", .oracle) == [
            "w:WHERE", "w:a", ".", "w:id", "=", "w:b", ".", "w:id", "(", "+", ")", "w:AND", "w:x", ":=", "p:new", ".",
            "w:sal_$1", "||", "s:it's", "w:AND", "w:SYS#T", "=", "p:1",
        ])
        #expect(lex("--+ INDEX(t)\nSELECT 1.5e-3, .5 FROM dual -- tail", .oracle) == ["hint:INDEX(t)", "w:SELECT", "n:1.5e-3", ",", "n:.5", "w:FROM", "w:dual"])
    }

    @Test("PostgreSQL: dollar quoting, casts, positional parameters, E-strings; /*+ is only a comment")
    func postgres() {
        #expect(lex("SELECT $1::int, $$a 'b' c$$, $fn$x$fn$, E'a\\nb' /*+ not a hint */", .postgres) == [
            "w:SELECT", "p:1", "::", "w:int", ",", "s:a 'b' c", ",", "s:x", ",", "s:a\nb",
        ])
    }

    @Test("T-SQL brackets, temp tables and variables; MySQL backticks, # comments and backslash escapes")
    func tsqlAndMySQL() {
        #expect(lex("SELECT [Order Id] INTO #tmp FROM dbo.[Orders] WHERE id = @id AND @@ROWCOUNT > 0", .tsql) == [
            "w:SELECT", "qi:Order Id", "w:INTO", "w:#tmp", "w:FROM", "w:dbo", ".", "qi:Orders", "w:WHERE", "w:id", "=",
            "p:id", "w:AND", "p:ROWCOUNT", ">", "n:0",
        ])
        #expect(lex("SELECT `a``b`, \"x\\\"y\" # comment\nFROM t", .mysql) == ["w:SELECT", "qi:a`b", ",", "s:x\"y", "w:FROM", "w:t"])
    }

    @Test("unterminated strings, identifiers and comments are diagnostics with a place, and lexing goes on to the end")
    func diagnostics() {
        let (tokens, problems) = Lexer.tokenize("SELECT 'open\nFROM t", dialect: .ansi)
        #expect(problems.map(\.message) == ["unterminated string"])
        #expect(problems.first?.range.line == 1 && problems.first?.range.column == 8)
        #expect(tokens.last?.kind == .endOfInput)
        #expect(Lexer.tokenize("/* never closed", dialect: .ansi).diagnostics.map(\.message) == ["unterminated comment"])
        #expect(Lexer.tokenize("SELECT \"x", dialect: .ansi).diagnostics.map(\.message) == ["unterminated quoted identifier"])
        #expect(Lexer.tokenize("q'[x", dialect: .oracle).diagnostics.map(\.message) == ["unterminated q-quoted string"])
    }

    @Test("the lexer reads the dialect: an odd test dialect changes quotes, comments and parameters")
    func oddDialect() {
        let odd = Dialect(name: "odd", identifierCase: .preserve, identifierQuotes: ["<": ">"], stringQuotes: ["|"],
                          lineComments: ["%%"], parameterPrefixes: ["&"])
        #expect(lex("SELECT <a b>, |it||s| %% gone\n FROM t WHERE x = &p", odd) == [
            "w:SELECT", "qi:a b", ",", "s:it|s", "w:FROM", "w:t", "w:WHERE", "w:x", "=", "p:p",
        ])
        #expect(lex("SELECT 'a' -- kept as symbols\n", odd).contains("'"))
    }

    @Test("identifier case folds per dialect")
    func folding() {
        #expect(Dialect.oracle.fold("hr.employees") == "HR.EMPLOYEES")
        #expect(Dialect.postgres.fold("Public.Orders") == "public.orders")
        #expect(Dialect.tsql.fold("dbo.Orders") == "dbo.Orders")
    }

    @Test("tokens carry their source ranges")
    func ranges() {
        let tokens = Lexer.tokenize("SELECT a\n  FROM t", dialect: .ansi).tokens
        let from = tokens.first { $0.isWord("from") }
        #expect(from?.range.line == 2 && from?.range.column == 3 && from?.range.start == 11 && from?.range.end == 15)
    }
}
