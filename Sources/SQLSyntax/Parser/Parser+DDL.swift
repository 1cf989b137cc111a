extension Parser {
    private static let createModifiers: Set<String> = [
        "OR", "REPLACE", "ALTER", "GLOBAL", "LOCAL", "TEMPORARY", "TEMP", "TRANSIENT", "VOLATILE", "EXTERNAL", "UNLOGGED",
        "PRIVATE", "SHARDED", "DUPLICATED", "BLOCKCHAIN", "IMMUTABLE", "FORCE", "NOFORCE", "EDITIONABLE", "NONEDITIONABLE",
        "EDITIONING", "SECURE", "RECURSIVE", "MULTISET", "SET", "DEFINER", "ALGORITHM", "SQL", "SECURITY", "NO", "CONSTRAINT",
    ]

    mutating func create() throws -> Statement {
        let start = current
        advance()
        var temporary = false
        while isWord(in: Self.createModifiers) {
            if isWord(in: Self.temporaryWords) { temporary = true }
            if isWord("ALGORITHM") || isWord("DEFINER") {
                advance()
                acceptSymbol("=")
                advance()
                if current.kind == .parameter || isSymbol("@") { advance(); if !isWord("VIEW") && !isWord("SQL") { advance() } } // `etl`@`%`
                continue
            }
            if isWord("SQL"), isWord("SECURITY", at: 1) { advance(); advance(); advance(); continue }
            advance()
        }
        switch word {
        case "TABLE":
            advance()
            return .createTable(try createTable(temporary: temporary))
        case "VIEW":
            advance()
            return .createView(try createView(materialized: false))
        case "MATERIALIZED":
            advance()
            try expect("VIEW")
            if isWord("LOG") { return otherStatement() } // CREATE MATERIALIZED VIEW LOG ON t
            return .createView(try createView(materialized: true))
        case "PROCEDURE", "FUNCTION", "PACKAGE", "TRIGGER", "PROC":
            return .unit(try proceduralUnit(start: start))
        default:
            if !isWord(in: Self.otherCreatables) {
                diagnostics.append(Diagnostic(.error, "CREATE of an unknown kind: '\(current.text)'", at: current.range))
            }
            return otherStatement()
        }
    }

    private static let otherCreatables: Set<String> = [
        "INDEX", "UNIQUE", "BITMAP", "SEQUENCE", "SYNONYM", "PUBLIC", "USER", "ROLE", "SCHEMA", "DATABASE", "TYPE", "DIRECTORY",
        "EXTENSION", "TABLESPACE", "PROFILE", "CLUSTER", "CONTEXT", "LIBRARY", "JAVA", "DIMENSION", "OPERATOR", "INDEXTYPE",
        "AUDIT", "STAGE", "FILE", "PIPE", "STREAM", "TASK", "WAREHOUSE", "DOMAIN", "COLLATION", "CONVERSION", "LOGIN", "RULE",
        "POLICY", "PUBLICATION", "SUBSCRIPTION", "SERVER", "FOREIGN", "EVENT", "AGGREGATE", "CAST", "STATISTICS", "FULLTEXT",
        "SPATIAL", "NONCLUSTERED", "CLUSTERED", "XML", "COLUMNSTORE", "ASSEMBLY", "CERTIFICATE", "CREDENTIAL", "EXTERNAL",
        "MACRO", "CATALOG", "NETWORK", "SHARE", "INTEGRATION", "TAG", "MASKING", "ROW", "SEARCH", "SNAPSHOT", "OUTLINE",
        "FLASHBACK", "RESTORE", "PLUGGABLE", "CONTROLFILE", "SPFILE", "PFILE", "DATABASE", "EDITION", "LOCKDOWN", "ANALYTIC",
        "ATTRIBUTE", "HIERARCHY", "PROPERTY", "INMEMORY", "TEMPORARY", "ACCESS", "TEXT", "TRANSFORM", "OR",
    ]

    private mutating func skipIfNotExists() {
        _ = accept("IF", "NOT", "EXISTS")
    }

    private mutating func createTable(temporary: Bool) throws -> CreateTable {
        skipIfNotExists()
        let name = try objectName()
        var table = CreateTable(name: name, columns: [], query: nil, temporary: temporary || name.parts.last?.text.hasPrefix("#") == true)
        if accept("LIKE") {
            table.like = try objectName()
            return table
        }
        if isWord("OF") { return table }
        if isSymbol("("), !looksLikeQuery(at: 1) {
            if isWord("LIKE", at: 1) {
                advance(); advance()
                table.like = try objectName()
                skipToClose()
            } else {
                table.columns = try columnDefinitions()
            }
        }
        if try skipToQuery() { table.query = try queryAfterAs() }
        return table
    }

    private mutating func createView(materialized: Bool) throws -> CreateView {
        skipIfNotExists()
        let name = try objectName()
        var columns: [Identifier] = []
        if isSymbol("(") { columns = try columnDefinitions() }
        guard try skipToQuery() else { throw failure("expected AS and the view's query") }
        return CreateView(name: name, columns: columns, query: try queryAfterAs(), materialized: materialized)
    }

    /// `AS SELECT ...`, `AS (SELECT ...) WITH DATA`.
    private mutating func queryAfterAs() throws -> Query {
        let query = try self.query()
        if accept("WITH", "DATA") || accept("WITH", "NO", "DATA") {}
        return query
    }

    /// Skips table or view options up to `AS` followed by a query; false when the statement ends first.
    private mutating func skipToQuery() throws -> Bool {
        let startLine = index > 0 ? tokens[index - 1].range.line : current.range.line
        while !atEnd, !isSymbol(";") {
            if isWord("AS"), isWord("SELECT", at: 1) || isWord("WITH", at: 1) || (isSymbol("(", at: 1) && looksLikeQuery(at: 1))
                || isWord("VALUES", at: 1) || isWord("TABLE", at: 1) {
                advance()
                return true
            }
            if current.range.line > startLine, isLineStart, dialect.optionalTerminators, isWord(in: Self.statementStarts), !isWord("WITH") {
                return false // T-SQL: the next statement, written without a `;` before it
            }
            let cte = isWord("WITH") && (isWord("RECURSIVE", at: 1) || (isWord("AS", at: 2) && isSymbol("(", at: 3)))
            if isWord("SELECT") || cte {
                return true // Hive/Teradata CTAS without AS
            }
            if isSymbol("(") { skipParenthesised() } else { advance() }
        }
        return false
    }

    /// The names in `(col type constraints, ..., CONSTRAINT ...)`; constraint entries are left out.
    private mutating func columnDefinitions() throws -> [Identifier] {
        try entryNames(unnamed: Self.constraintWords)
    }

    private static let constraintWords: Set<String> = ["CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "INDEX", "KEY", "PERIOD",
                                                       "FULLTEXT", "SPATIAL", "EXCLUDE", "SUPPLEMENTAL", "SCOPE", "REF"]

    private mutating func skipToClose() {
        var depth = 1
        while !atEnd, depth > 0 {
            if isSymbol("(") { depth += 1 } else if isSymbol(")") { depth -= 1 }
            advance()
        }
    }

    mutating func drop() throws -> Statement {
        advance()
        var kind = ""
        if accept("TABLE") { kind = "table" } else if accept("VIEW") { kind = "view" } else if accept("MATERIALIZED", "VIEW") {
            kind = "materialized view"
        } else if accept("TEMPORARY", "TABLE") || accept("EXTERNAL", "TABLE") {
            kind = "table"
        }
        guard !kind.isEmpty else { return otherStatement() }
        _ = accept("IF", "EXISTS")
        let name = try objectName()
        while acceptSymbol(",") { _ = try objectName() }
        while !atEnd, !isSymbol(";"), isWord(in: Self.dropOptions) { advance() }
        return .drop(kind: kind, name)
    }

    mutating func truncate() throws -> Statement {
        advance()
        accept("TABLE")
        _ = accept("IF", "EXISTS")
        accept("ONLY")
        let name = try objectName()
        while !atEnd, !isSymbol(";"), !isLineStart || !isWord(in: Self.statementStarts) { advance() }
        return .truncate(name)
    }

    mutating func alter() throws -> Statement {
        guard isWord("TABLE", at: 1) || isWord("VIEW", at: 1) else { return otherStatement() }
        advance()
        advance()
        _ = accept("IF", "EXISTS")
        accept("ONLY")
        let name = try objectName()
        if accept("RENAME", "TO") || accept("RENAME", "AS") {
            return .rename(name, to: try objectName())
        }
        if isWord("RENAME"), isWord(in: ["CONSTRAINT", "INDEX", "PARTITION", "SUBPARTITION"], at: 1) { return otherStatement() }
        if accept("RENAME") {
            accept("COLUMN")
            let from = try identifier()
            try expect("TO")
            return .alterColumns(name, added: [], renamed: [(from, try identifier())])
        }
        if accept("ADD") {
            accept("COLUMN")
            _ = accept("IF", "NOT", "EXISTS")
            if isSymbol("(") { return .alterColumns(name, added: try entryNames(unnamed: Self.constraintWords), renamed: []) }
            if isWord(in: Self.constraintWords) { return otherStatement() }
            var added = [try identifier()]
            while !atEnd, !isSymbol(";") { // `ADD a INT, b INT` (T-SQL) or `ADD COLUMN a INT, ADD COLUMN b INT`
                if acceptSymbol(",") {
                    accept("ADD")
                    accept("COLUMN")
                    if !isWord(in: Self.constraintWords) { added.append(try identifier()) }
                } else if isSymbol("(") { skipParenthesised() } else { advance() }
            }
            return .alterColumns(name, added: added, renamed: [])
        }
        return otherStatement()
    }

    mutating func renameStatement() throws -> Statement {
        advance()
        accept("TABLE")
        let from = try objectName()
        try expect("TO")
        return .rename(from, to: try objectName())
    }
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let temporaryWords: Set<String> = ["TEMPORARY", "TEMP", "VOLATILE"]
    fileprivate static let dropOptions: Set<String> = ["CASCADE", "CONSTRAINTS", "PURGE", "RESTRICT", "PRESERVE", "TABLE"]
}
