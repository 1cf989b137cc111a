extension Parser {
    /// Statements until one of `terminators` (or the end of the batch), each recovering on its own.
    mutating func proceduralStatements(until terminators: Set<String>) throws -> [ProceduralStatement] {
        var statements: [ProceduralStatement] = []
        while !atEnd, !isWord(in: terminators) {
            if acceptSymbol(";") { continue }
            let startIndex = index
            do {
                statements.append(try proceduralStatement())
                acceptSymbol(";")
            } catch let failure as Failure {
                diagnostics.append(Diagnostic(.error, failure.message, at: failure.range))
                if index == startIndex { advance() }
                while !atEnd, !acceptSymbol(";"), !isWord(in: terminators) || index == startIndex { advance() }
            }
        }
        return statements
    }

    /// One statement of PL/SQL, PL/pgSQL or T-SQL procedural code.
    mutating func proceduralStatement() throws -> ProceduralStatement {
        try enter()
        defer { depth -= 1 }
        let start = current
        while acceptSymbol("<<") {
            advance()
            try expectSymbol(">>")
        }
        while current.kind == .word, isSymbol(":", at: 1), token(at: 2).range.line > current.range.line || isWord("BEGIN", at: 2) {
            advance() // a T-SQL label `Finish:`
            advance()
        }
        if current.kind == .parameter, !isWord("SET") {
            return try assignmentOrCall()
        }
        switch word {
        case "BEGIN":
            if isWord("TRY", at: 1) { return try tryCatch() }
            if isWord(in: Self.transactionWords, at: 1) { return skipToEndOfStatement() }
            return .block(try block())
        case "DECLARE":
            if token(at: 1).kind == .parameter || isWord("CURSOR", at: 2) || isWord("INSENSITIVE", at: 2) || isWord("SCROLL", at: 2) {
                return try transactSQLDeclare()
            }
            return .block(try block())
        case "IF": return try ifStatement()
        case "CASE": return try caseStatement()
        case "LOOP":
            advance()
            return .loop(.plain, try loopBody())
        case "WHILE":
            advance()
            let condition = try expression()
            if isWord("LOOP") {
                advance()
                return .loop(.whileLoop(condition), try loopBody())
            }
            return .loop(.whileLoop(condition), [try proceduralStatement()])
        case "FOR": return try forLoop()
        case "FOREACH": // PL/pgSQL `FOREACH v [SLICE n] IN ARRAY expr LOOP`
            advance()
            let variable = try identifier()
            while !atEnd, !isWord("LOOP") { advance() }
            try expect("LOOP")
            return .loop(.numeric(variable), try loopBody())
        case "FORALL": return try forall()
        case "OPEN": return try open()
        case "FETCH": return try fetch()
        case "EXECUTE", "EXEC": return try execute(start: start)
        case "SET" where token(at: 1).kind == .word && isSymbol("=", at: 2):
            advance() // scripting variables: BigQuery `SET v = (SELECT ...)`
            let target = Expression.name(ObjectName([try identifier()]))
            advance()
            return .assign(target: target, value: try expression())
        case "SET" where token(at: 1).kind == .parameter:
            advance()
            let target = try expression(stoppingAtEquals: true)
            if !acceptSymbol("=") { try expectSymbol(":=") }
            return .assign(target: target, value: try expression())
        case "RETURN" where isWord("SELECT", at: 1) || isWord("WITH", at: 1) || (isSymbol("(", at: 1) && looksLikeQuery(at: 2)):
            advance() // T-SQL inline table functions: `RETURN (SELECT ...)`
            return .returnQuery(try query())
        case "RETURN" where isWord("QUERY", at: 1):
            advance()
            advance()
            if isWord("EXECUTE") { return try execute(start: start) }
            return .returnQuery(try query())
        case "PERFORM":
            var query = Query(body: .select(try self.select()))
            try queryTail(&query)
            return .sql(StatementNode(.query(query), range: range(from: start)))
        case _ where (word == "CLOSE" || word == "DEALLOCATE" || word == "GOTO") && token(at: 1).kind == .word && !isSymbol("(", at: 2)
                  && !isSymbol(".", at: 2):
            advance() // `CLOSE c`, `DEALLOCATE c`, `GOTO label`: exactly two words, often without `;` in T-SQL
            advance()
            return .other(start.text.uppercased())
        case _ where (word == "EXIT" || word == "CONTINUE") && (isWord("WHEN", at: 1) || isWord("WHEN", at: 2)):
            advance() // `EXIT [label] WHEN condition`: the condition may read tables
            if !isWord("WHEN") { advance() }
            advance()
            return .branches(conditions: [try expression()], bodies: [])
        case "NULL", "EXIT", "CONTINUE", "RETURN", "RAISE", "GOTO", "CLOSE", "COMMIT", "ROLLBACK", "SAVEPOINT", "PRINT", "THROW",
             "RAISERROR", "GET", "DEALLOCATE", "SET", "PIPE", "USE", "LOCK", "ASSERT", "CALL", "GRANT", "REVOKE", "ANALYZE", "VACUUM":
            return skipToEndOfStatement()
        default:
            if isWord(in: Self.statementStarts) || isWord("VALUES") || (isSymbol("(") && looksLikeQuery(at: 1)) {
                let statement = try self.statement()
                return .sql(StatementNode(statement, range: range(from: start)))
            }
            if isWord(in: Self.otherDataStatements) {
                return .sql(StatementNode(try self.statement(), range: range(from: start)))
            }
            return try assignmentOrCall()
        }
    }

    /// Skips to the end of a statement that moves no data.
    private mutating func skipToEndOfStatement() -> ProceduralStatement {
        let leading = word
        skipToTerminator()
        return .other(leading)
    }

    /// `target := value`, PL/pgSQL `target = value`, or a procedure call.
    private mutating func assignmentOrCall() throws -> ProceduralStatement {
        let target = try expression(stoppingAtEquals: true)
        if acceptSymbol(":=") || acceptSymbol("=") {
            return .assign(target: target, value: try expression())
        }
        guard atEnd || isSymbol(";") || isLineStart else { throw failure("expected ';'") }
        return .call(target)
    }

    /// An expression that stops before `=`, for assignment targets.
    private mutating func expression(stoppingAtEquals: Bool) throws -> Expression {
        if current.kind == .parameter {
            let token = current
            advance()
            var fields: [Identifier] = []
            while isSymbol("."), self.token(at: 1).kind == .word || self.token(at: 1).kind == .quotedIdentifier {
                advance()
                fields.append(try identifier())
            }
            return .parameter(token.value, fields: fields)
        }
        let (name, _) = try dottedName()
        var value: Expression = .name(name)
        while true {
            if isSymbol("(") {
                value = try functionCall(name)
            } else if isSymbol("."), token(at: 1).kind == .word {
                advance()
                value = .field(value, try identifier())
            } else {
                return value
            }
        }
    }

    private mutating func ifStatement() throws -> ProceduralStatement {
        advance()
        var conditions = [try expression()]
        if accept("THEN") {
            var bodies = [try proceduralStatements(until: ["ELSIF", "ELSEIF", "ELSE", "END"])]
            while accept("ELSIF") || accept("ELSEIF") {
                conditions.append(try expression())
                try expect("THEN")
                bodies.append(try proceduralStatements(until: ["ELSIF", "ELSEIF", "ELSE", "END"]))
            }
            if accept("ELSE") { bodies.append(try proceduralStatements(until: ["END"])) }
            try expect("END")
            try expect("IF")
            return .branches(conditions: conditions, bodies: bodies)
        }
        var bodies = [[try proceduralStatement()]]
        acceptSymbol(";")
        if accept("ELSE") { bodies.append([try proceduralStatement()]) }
        return .branches(conditions: conditions, bodies: bodies)
    }

    private mutating func caseStatement() throws -> ProceduralStatement {
        advance()
        var conditions: [Expression] = []
        if !isWord("WHEN") { conditions.append(try expression()) }
        var bodies: [[ProceduralStatement]] = []
        while accept("WHEN") {
            conditions.append(try expression())
            try expect("THEN")
            bodies.append(try proceduralStatements(until: ["WHEN", "ELSE", "END"]))
        }
        if accept("ELSE") { bodies.append(try proceduralStatements(until: ["END"])) }
        try expect("END")
        try expect("CASE")
        skipEndLabel()
        return .branches(conditions: conditions, bodies: bodies)
    }

    private mutating func loopBody() throws -> [ProceduralStatement] {
        let body = try proceduralStatements(until: ["END"])
        try expect("END")
        try expect("LOOP")
        skipEndLabel()
        return body
    }

    private mutating func forLoop() throws -> ProceduralStatement {
        advance()
        let variable = try identifier()
        if acceptSymbol(",") { _ = try identifier() }
        try expect("IN")
        accept("REVERSE")
        let kind: LoopKind
        if isSymbol("("), looksLikeQuery(at: 1) {
            advance()
            let query = try self.query()
            try expectSymbol(")")
            kind = .cursorQuery(record: variable, query)
        } else if isWord("SELECT") || isWord("WITH") {
            kind = .cursorQuery(record: variable, try query())
        } else if accept("EXECUTE") {
            let text = try expression()
            while !atEnd, !isWord("LOOP") { advance() } // USING ...
            kind = .dynamicQuery(record: variable, text)
        } else if current.kind == .word, !isSymbol("..", at: 1), !isSymbol(".", at: 1) || isWord("LOOP", at: 1),
                  isWord("LOOP", at: 1) || (isSymbol("(", at: 1) && !isRange) {
            let cursor = try identifier()
            if isSymbol("(") { skipParenthesised() }
            kind = .cursorName(record: variable, cursor: cursor)
        } else {
            _ = try expression()
            if acceptSymbol("..") { _ = try expression() }
            if accept("BY") { _ = try expression() }
            kind = .numeric(variable)
        }
        try expect("LOOP")
        return .loop(kind, try loopBody())
    }

    /// Whether a `..` range operator follows before LOOP.
    private var isRange: Bool {
        var offset = 0
        while index + offset < limit, !isWord("LOOP", at: offset) {
            if isSymbol("..", at: offset) { return true }
            offset += 1
        }
        return false
    }

    private mutating func forall() throws -> ProceduralStatement {
        let start = current
        advance()
        _ = try identifier()
        try expect("IN")
        if accept("INDICES") || accept("VALUES") {
            try expect("OF")
            _ = try expression()
            if accept("BETWEEN") { _ = try expression(); try expect("AND"); _ = try expression() }
        } else {
            _ = try expression()
            try expectSymbol("..")
            _ = try expression()
        }
        _ = accept("SAVE", "EXCEPTIONS")
        let statement = try self.statement()
        return .forall(StatementNode(statement, range: range(from: start)))
    }

    private mutating func open() throws -> ProceduralStatement {
        advance()
        let cursor = try identifier()
        if isSymbol("(") { skipParenthesised() }
        guard accept("FOR") else { return .open(cursor: cursor, query: nil, dynamic: nil) }
        if isWord("SELECT") || isWord("WITH") || isSymbol("(") {
            return .open(cursor: cursor, query: try query(), dynamic: nil)
        }
        accept("EXECUTE")
        let dynamic = try expression()
        if accept("USING") { repeat { accept("IN"); accept("OUT"); _ = try expression() } while acceptSymbol(",") }
        return .open(cursor: cursor, query: nil, dynamic: dynamic)
    }

    private mutating func fetch() throws -> ProceduralStatement {
        advance()
        _ = accept("NEXT") || accept("PRIOR") || accept("FIRST") || accept("LAST")
        accept("FROM")
        let cursor = try identifier()
        accept("BULK", "COLLECT")
        try expect("INTO")
        var into: [Expression] = []
        repeat { into.append(try expression(stoppingAtEquals: true)) } while acceptSymbol(",")
        if accept("LIMIT") { _ = try expression() }
        return .fetch(cursor: cursor, into: into)
    }

    /// `EXECUTE IMMEDIATE`, PL/pgSQL `EXECUTE`, T-SQL `EXEC('...')`, `EXEC sp_executesql N'...'` and procedure calls.
    private mutating func execute(start: Token) throws -> ProceduralStatement {
        advance()
        let immediate = accept("IMMEDIATE")
        if current.kind == .parameter, isSymbol("=", at: 1) { advance(); advance() } // EXEC @rc = proc
        if !immediate, dialect.executeCallsProcedures, current.kind == .word, !isSymbol("(", at: 1) {
            let name = try objectName()
            guard name.last.matches("sp_executesql"), !atEnd else {
                skipToTerminator()
                return .other("call")
            }
            if current.kind == .parameter, isSymbol("=", at: 1) { advance(); advance() } // @stmt = N'...'
        }
        let text = try expression()
        var into: [Expression] = []
        while !atEnd, !isSymbol(";"), !isLineStart || !(isWord(in: Self.statementStarts) || startsTransactSQLStatement) {
            if accept("BULK", "COLLECT") { continue }
            if accept("INTO") {
                repeat { into.append(try expression(stoppingAtEquals: true)) } while acceptSymbol(",")
            } else if accept("USING") || accept("RETURNING") || accept("RETURN") || acceptSymbol(",") {
                repeat { accept("IN"); accept("OUT"); _ = try expression() } while acceptSymbol(",")
            } else {
                advance()
            }
        }
        return .execute(text, into: into, range: range(from: start))
    }

    private mutating func tryCatch() throws -> ProceduralStatement {
        advance(); advance()
        var statements = try proceduralStatements(until: ["END"])
        try expect("END")
        try expect("TRY")
        acceptSymbol(";")
        if accept("BEGIN", "CATCH") {
            statements += try proceduralStatements(until: ["END"])
            try expect("END")
            try expect("CATCH")
        }
        return .block(Block(statements: statements))
    }

    /// `DECLARE @a INT = x, @b ...`, `DECLARE @t TABLE (...)`, `DECLARE c CURSOR FOR query`.
    private mutating func transactSQLDeclare() throws -> ProceduralStatement {
        advance()
        var block = Block()
        block.opensScope = false
        if current.kind == .word {
            let name = try identifier()
            while !atEnd, !accept("FOR") { advance() }
            let query = try self.query()
            if accept("FOR", "UPDATE") { if accept("OF") { repeat { _ = try identifier() } while acceptSymbol(",") } }
            block.declarations.append(.cursor(name, parameters: [], query: query))
            return .block(block)
        }
        repeat {
            let variable = Identifier("@" + current.value)
            let name = current.value
            advance()
            accept("AS")
            if accept("TABLE") {
                skipParenthesised()
            } else if accept("CURSOR") {
                continue
            } else {
                try skipTypeName()
            }
            if acceptSymbol("=") {
                block.statements.append(.assign(target: .parameter(name, fields: []), value: try expression()))
            }
            block.declarations.append(.variable(variable, type: nil, rowTypeOf: nil, initial: nil))
        } while acceptSymbol(",")
        return .block(block)
    }
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let transactionWords: Set<String> = ["TRAN", "TRANSACTION", "DISTRIBUTED"]
    fileprivate static let otherDataStatements: Set<String> = ["REPLACE", "UPSERT", "RENAME"]
}
