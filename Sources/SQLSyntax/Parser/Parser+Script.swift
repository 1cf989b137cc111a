extension Parser {
    /// Reads every statement of the script, batch by batch (`/` and `GO` lines end batches).
    mutating func script() -> [StatementNode] {
        var statements: [StatementNode] = []
        let end = tokens.count - 1
        var batchStart = 0
        for boundary in batchBoundaries() + [end] {
            index = batchStart
            limit = boundary
            statements += batch()
            batchStart = min(boundary + 1, end)
        }
        limit = end
        index = end
        return statements
    }

    /// Indexes of tokens that stand alone on their line and end a batch.
    private func batchBoundaries() -> [Int] {
        var boundaries: [Int] = []
        for position in tokens.indices.dropLast() {
            let token = tokens[position]
            let isSlash = dialect.slashTerminator && token.kind == .symbol && token.text == "/"
            let isSeparator = dialect.batchSeparator.map { words[position] == $0 } ?? false
            guard isSlash || isSeparator else { continue }
            let alone = (position == 0 || tokens[position - 1].range.line < token.range.line)
                && (tokens[position + 1].range.line > token.range.line || tokens[position + 1].kind == .endOfInput)
            if alone { boundaries.append(position) }
        }
        return boundaries
    }

    private mutating func batch() -> [StatementNode] {
        var statements: [StatementNode] = []
        while !atEnd {
            if acceptSymbol(";") { continue }
            if isLineStart, isWord(in: dialect.lineCommands) || ((isSymbol("@") || isSymbol("@@")) && dialect.lineCommands.contains("@")) {
                skipLine()
                continue
            }
            let start = current
            let startIndex = index
            do {
                let statement = try self.statement()
                statements.append(StatementNode(statement, range: range(from: start)))
                if !atEnd, !acceptSymbol(";"), !isWord(in: Self.statementStarts), !startsProceduralStatement {
                    diagnostics.append(Diagnostic(.error, "unexpected '\(current.text)' after the statement", at: current.range))
                    skipStatement()
                }
            } catch let failure as Failure {
                diagnostics.append(Diagnostic(.error, failure.message, at: failure.range))
                if index == startIndex { advance() }
                skipStatement()
            } catch {
                skipStatement()
            }
        }
        return statements
    }

    private mutating func expectString() throws {
        guard current.kind == .string else { throw failure("expected a string") }
        advance()
    }

    private var startsProceduralStatement: Bool {
        current.kind == .parameter || isWord(in: Self.transactSQLStarts)
    }

    private mutating func skipLine() {
        let line = current.range.line
        while !atEnd, current.range.line == line { advance() }
    }

    /// One statement, dispatched on its first words.
    mutating func statement() throws -> Statement {
        switch word {
        case "WITH":
            let start = index
            let ctes = try withClause()
            if isWord(in: Self.dataModifyingWords) { return .with(ctes, try statement()) }
            if isWord("FROM") { return .with(ctes, try hiveMultiInsert()) }
            index = start
            return try queryStatement()
        case "FROM" where dialect.fromFirstInserts: return try hiveMultiInsert()
        case "SELECT", "VALUES", "TABLE": return try queryStatement()
        case "INSERT", "REPLACE", "UPSERT": return try insertStatement()
        case "UPDATE": return .update(try update())
        case "DELETE": return .delete(try delete())
        case "MERGE": return .merge(try merge())
        case "CREATE": return try create()
        case "DROP": return try drop()
        case "TRUNCATE": return try truncate()
        case "ALTER": return try alter()
        case "RENAME": return try renameStatement()
        case "DO" where token(at: 1).kind == .string || isWord("LANGUAGE", at: 1):
            advance()
            if accept("LANGUAGE") { advance() }
            let body = current
            try expectString()
            if accept("LANGUAGE") { advance() }
            return .block(nestedBody(body, sql: false))
        case "DECLARE", "BEGIN":
            if isWord("BEGIN"), isWord(in: Self.transactionWords, at: 1) || isSymbol(";", at: 1) {
                return otherStatement()
            }
            if isWord("DECLARE"), token(at: 1).kind == .parameter || isWord("CURSOR", at: 2) { // T-SQL variables and cursors
                return .block(Block(statements: [try proceduralStatement()]))
            }
            if isWord("DECLARE"), dialect.declareStatements { // BigQuery `DECLARE a, b INT64 DEFAULT (SELECT ...);`
                advance()
                var block = Block()
                block.opensScope = false
                var names = [try identifier()]
                while acceptSymbol(",") { names.append(try identifier()) }
                while !atEnd, !isSymbol(";"), !isWord("DEFAULT") { if isSymbol("(") { skipParenthesised() } else if isSymbol("<") { advance() } else { advance() } }
                let initial: Expression? = accept("DEFAULT") ? try expression() : nil
                for name in names {
                    block.declarations.append(.variable(name, type: nil, rowTypeOf: nil, initial: initial))
                }
                return .block(block)
            }
            return .block(try anonymousBlock())
        default:
            if isSymbol("(") { return try queryStatement() }
            if current.kind == .parameter || isWord(in: Self.topLevelProceduralWords) {
                return .block(Block(statements: [try proceduralStatement()]))
            }
            if !isWord(in: Keywords.otherStatements) {
                diagnostics.append(Diagnostic(.error, "statement not understood: '\(current.text)'", at: current.range))
            }
            return otherStatement()
        }
    }

    private mutating func queryStatement() throws -> Statement {
        .query(try query())
    }

    /// A statement that carries no lineage: remembered by its leading words and skipped.
    mutating func otherStatement() -> Statement {
        var leading: [String] = []
        for offset in 0..<3 where !token(at: offset).text.isEmpty && token(at: offset).kind == .word {
            leading.append(words[index + offset])
        }
        skipToTerminator()
        return .other(leading.joined(separator: " "))
    }

    /// Skips to the `;` (left for the caller) or to a new line that starts a statement.
    mutating func skipToTerminator() {
        let startLine = current.range.line
        var depth = 0
        advance()
        while !atEnd {
            if isSymbol(";") { return }
            if depth == 0, current.range.line > startLine, isLineStart,
               (isWord(in: Self.statementStarts) && (dialect.optionalTerminators || !isWord("WITH") && !isWord("SELECT")))
                || (dialect.optionalTerminators && isWord(in: Self.blockWords)) {
                return
            }
            if isSymbol("(") { depth += 1 } else if isSymbol(")") { depth = max(0, depth - 1) }
            advance()
        }
    }

    /// Words that end or continue a block when they begin a line (T-SQL writes statements without `;`).
    static let blockWords: Set<String> = [
        "END", "ELSE", "ELSIF", "WHEN", "EXCEPTION", "SET", "EXEC", "EXECUTE", "PRINT", "RETURN", "WHILE", "IF", "FETCH",
        "OPEN", "CLOSE", "DEALLOCATE", "GO", "RAISERROR", "THROW", "COMMIT", "ROLLBACK", "GOTO",
    ]
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let transactSQLStarts: Set<String> = ["IF", "WHILE", "SET", "EXEC", "EXECUTE", "PRINT", "RETURN", "GO", "END"]
    fileprivate static let topLevelProceduralWords: Set<String> = ["SET", "IF", "WHILE", "EXEC", "EXECUTE"]
    fileprivate static let dataModifyingWords: Set<String> = ["INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "UPSERT"]
    fileprivate static let transactionWords: Set<String> = ["TRAN", "TRANSACTION", "WORK", "DISTRIBUTED"]
}
