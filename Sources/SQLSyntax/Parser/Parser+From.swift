extension Parser {
    /// `a, b JOIN c ON ..., ...`.
    mutating func fromList() throws -> [TableReference] {
        var references: [TableReference] = []
        repeat { references.append(try tableReference()) } while acceptSymbol(",")
        return references
    }

    /// A table factor followed by any joins.
    mutating func tableReference() throws -> TableReference {
        try enter()
        defer { depth -= 1 }
        var left = try tableFactor()
        while true {
            if isWord("LATERAL"), isWord("VIEW", at: 1) {
                advance(); advance()
                accept("OUTER")
                let function = try expression()
                let alias = isWord("AS") ? nil : try self.alias()
                var columns: [Identifier] = []
                if accept("AS") { repeat { columns.append(try identifier()) } while acceptSymbol(",") }
                left = .join(Join(kind: .apply, left: left, right: .function(function, alias: alias, columns: columns), on: nil, using: []))
                continue
            }
            guard let kind = try joinKind() else { return left }
            let right = try tableFactor()
            var on: Expression?
            var using: [Identifier] = []
            if accept("ON") {
                on = try expression()
            } else if accept("USING") {
                using = try nameList()
            }
            left = .join(Join(kind: kind, left: left, right: right, on: on, using: using))
        }
    }

    /// Reads the words of a join operator, or nothing when none follows.
    private mutating func joinKind() throws -> Join.Kind? {
        if accept("CROSS", "APPLY") || accept("OUTER", "APPLY") { return .apply }
        if accept("STRAIGHT_JOIN") { return .inner }
        let start = index
        var kind = Join.Kind.inner
        if accept("NATURAL") { kind = .natural }
        if accept("INNER") {
        } else if accept("LEFT") {
            if kind != .natural { kind = .left }
        } else if accept("RIGHT") {
            if kind != .natural { kind = .right }
        } else if accept("FULL") {
            if kind != .natural { kind = .full }
        } else if accept("CROSS") {
            kind = .cross
        }
        _ = accept("OUTER") || accept("SEMI") || accept("ANTI") || accept("ANY") || accept("ASOF")
        _ = accept("HASH") || accept("LOOP") || accept("MERGE") || accept("REMOTE") // T-SQL join hints
        if accept("JOIN") { return kind }
        index = start
        return nil
    }

    private mutating func tableFactor() throws -> TableReference {
        var reference = try plainTableFactor()
        while isWord("PIVOT") || isWord("UNPIVOT") || isWord("MATCH_RECOGNIZE") {
            if accept("MATCH_RECOGNIZE") {
                let pattern = try rowPattern()
                reference = .matchRecognize(reference, pattern, alias: try alias(allowString: false))
                continue
            }
            var pivot = try pivotClause()
            let alias = try self.alias(allowString: false)
            if alias != nil, isSymbol("(") { pivot.columnNames = try aliasColumns() }
            reference = .pivot(reference, pivot, alias: alias)
        }
        return reference
    }

    /// The parenthesised body of MATCH_RECOGNIZE.
    private mutating func rowPattern() throws -> RowPattern {
        try expectSymbol("(")
        var pattern = RowPattern()
        while !atEnd, !isSymbol(")") {
            if accept("PARTITION", "BY") {
                repeat { pattern.partitionBy.append(try expression()) } while acceptSymbol(",")
            } else if accept("ORDER", "BY") {
                pattern.orderBy = try orderList()
            } else if accept("MEASURES") {
                repeat {
                    let value = try expression()
                    pattern.measures.append(SelectItem(expression: value, alias: try alias()))
                } while acceptSymbol(",")
            } else if accept("ALL", "ROWS", "PER", "MATCH") {
                pattern.allRows = true
                while isWord(in: ["SHOW", "OMIT", "EMPTY", "MATCHES", "WITH", "UNMATCHED", "ROWS"]) { advance() }
            } else if accept("PATTERN") {
                let start = index
                skipParenthesised()
                for position in start..<index where tokens[position].kind == .word || tokens[position].kind == .quotedIdentifier {
                    pattern.variables.append(Identifier(tokens[position].kind == .word ? tokens[position].text : tokens[position].value,
                                                        quoted: tokens[position].kind == .quotedIdentifier))
                }
            } else if accept("DEFINE") || accept("SUBSET") {
                repeat {
                    pattern.variables.append(try identifier())
                    if accept("AS") { pattern.definitions.append(try expression()) } else if acceptSymbol("=") { skipParenthesised() }
                } while acceptSymbol(",")
            } else if isSymbol("(") {
                skipParenthesised()
            } else {
                advance() // ONE ROW PER MATCH, AFTER MATCH SKIP ...
            }
        }
        try expectSymbol(")")
        return pattern
    }

    private mutating func plainTableFactor() throws -> TableReference {
        if isSymbol("("), isWord("MERGE", at: 1) || isWord("INSERT", at: 1) || isWord("UPDATE", at: 1) || isWord("DELETE", at: 1) {
            advance() // T-SQL composable DML: `FROM (MERGE ... OUTPUT ...) AS m`
            let statement = try self.statement()
            try expectSymbol(")")
            let alias = try self.alias(allowString: false)
            let columns = alias != nil && isSymbol("(") ? try aliasColumns() : []
            return .derived(Query(body: .statement(statement)), alias: alias, columns: columns, lateral: false)
        }
        if isSymbol("(") {
            if looksLikeQuery(at: 1) { return try derivedTable(lateral: false) }
            advance()
            let inner = try tableReference()
            try expectSymbol(")")
            _ = try alias(allowString: false)
            return inner
        }
        if accept("LATERAL") {
            if isSymbol("(") { return try derivedTable(lateral: true) }
            return try tableFunction(try expression())
        }
        if isWord("TABLE") || isWord("UNNEST") || isWord("THE"), isSymbol("(", at: 1) {
            let name = ObjectName([try identifier()])
            return try tableFunction(try functionCall(name))
        }
        if current.kind == .parameter { // a T-SQL table variable
            let name = ObjectName([Identifier("@" + current.value)])
            advance()
            return .table(name, alias: try self.alias(allowString: false))
        }
        accept("ONLY")
        let name = try objectName()
        if isSymbol("("), isWord(in: Self.tableHints, at: 1) { skipParenthesised() } // T-SQL `FROM t (NOLOCK)`
        if isSymbol("(") { return try tableFunction(try functionCall(name)) }
        try tableModifiers()
        let alias = try self.alias(allowString: false)
        if alias != nil, isSymbol("(") { _ = try aliasColumns() }
        try tableHints()
        return .table(name, alias: alias)
    }

    private mutating func derivedTable(lateral: Bool) throws -> TableReference {
        try expectSymbol("(")
        let query = try self.query()
        try expectSymbol(")")
        let alias = try self.alias(allowString: false)
        let columns = alias != nil && isSymbol("(") ? try aliasColumns() : []
        return .derived(query, alias: alias, columns: columns, lateral: lateral)
    }

    private mutating func tableFunction(_ function: Expression) throws -> TableReference {
        if accept("WITH", "ORDINALITY") {}
        var declared: [Identifier] = []
        if isWord("WITH"), isSymbol("(", at: 1) { // OPENJSON(...) WITH (name type '$.path', ...)
            advance()
            declared = try aliasColumns()
        }
        let alias = try self.alias(allowString: false)
        let columns = alias != nil && isSymbol("(") ? try aliasColumns() : declared
        if accept("WITH", "OFFSET") { _ = try self.alias(allowString: false) }
        return .function(function, alias: alias, columns: columns)
    }

    /// `(a, b)` or `(a text, b int)` after an alias: the first name of each entry.
    mutating func aliasColumns() throws -> [Identifier] {
        try entryNames()
    }

    /// Flashback, partitions and samples after a table name: they change which rows, not which columns.
    private mutating func tableModifiers() throws {
        while true {
            if accept("AS", "OF") {
                advance()
                _ = try expression()
            } else if accept("VERSIONS", "BETWEEN") {
                advance() // SCN | TIMESTAMP
                _ = try additive()
                try expect("AND")
                _ = try additive()
            } else if accept("FOR", "SYSTEM_TIME") {
                if accept("AS", "OF") { _ = try expression() } else { while !atEnd, !isWord("AS"), current.kind != .word || isWord(in: Self.systemTimeWords) { advance() } }
            } else if isWord("PARTITION") || isWord("SUBPARTITION"), isSymbol("(", at: 1) {
                advance()
                skipParenthesised()
            } else if accept("SAMPLE") || accept("TABLESAMPLE") {
                accept("BLOCK")
                if current.kind == .word, !isSymbol("(", at: 1) { advance() }
                if current.kind == .word { advance() }
                skipParenthesised()
                if accept("SEED") || accept("REPEATABLE") { skipParenthesised() }
            } else if accept("FINAL") {
            } else {
                return
            }
        }
    }

    /// T-SQL `WITH (NOLOCK)`, MySQL `USE INDEX (...)`.
    private mutating func tableHints() throws {
        while true {
            if isWord("WITH"), isSymbol("(", at: 1) {
                advance()
                skipParenthesised()
            } else if isWord(in: Self.indexHintWords), isWord(in: Self.indexWords, at: 1) {
                advance(); advance()
                if accept("FOR") { advance(); accept("BY") }
                skipParenthesised()
            } else {
                return
            }
        }
    }

    /// `PIVOT (agg [AS a], ... FOR col IN (...))` or `UNPIVOT [INCLUDE NULLS] (v FOR n IN (...))`.
    private mutating func pivotClause() throws -> Pivot {
        let unpivot = accept("UNPIVOT")
        if !unpivot { advance() }
        accept("XML")
        _ = accept("INCLUDE", "NULLS") || accept("EXCLUDE", "NULLS")
        try expectSymbol("(")
        var values: [SelectItem] = []
        if unpivot {
            let names = isSymbol("(") ? try nameList() : [try identifier()]
            values = names.map { SelectItem(expression: .name(ObjectName([$0])), alias: $0) }
        } else {
            repeat {
                let aggregate = try expression()
                values.append(SelectItem(expression: aggregate, alias: try alias()))
            } while acceptSymbol(",")
        }
        try expect("FOR")
        let forColumns = isSymbol("(") ? try nameList() : [try identifier()]
        try expect("IN")
        try expectSymbol("(")
        var inList: [SelectItem] = []
        if accept("ANY") || isWord("SELECT") {
            while !atEnd, !isSymbol(")") { if isSymbol("(") { skipParenthesised() } else { advance() } }
        } else {
            repeat {
                let value = try expression()
                var alias: Identifier?
                if accept("AS") {
                    if current.kind == .string || current.kind == .number {
                        alias = Identifier(current.value, quoted: true)
                        advance()
                    } else if isSymbol("(") {
                        skipParenthesised()
                    } else {
                        alias = try identifier()
                    }
                } else if current.kind == .word || current.kind == .quotedIdentifier {
                    alias = try identifier()
                }
                inList.append(SelectItem(expression: value, alias: alias))
            } while acceptSymbol(",")
        }
        try expectSymbol(")")
        try expectSymbol(")")
        return Pivot(unpivot: unpivot, values: values, forColumns: forColumns, inList: inList)
    }
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let tableHints: Set<String> = ["NOLOCK", "READPAST", "ROWLOCK", "UPDLOCK", "HOLDLOCK", "TABLOCK", "TABLOCKX",
                                                      "NOWAIT", "READUNCOMMITTED", "READCOMMITTED", "REPEATABLEREAD", "SERIALIZABLE",
                                                      "PAGLOCK", "XLOCK", "INDEX", "FORCESEEK", "FORCESCAN", "SNAPSHOT"]
    fileprivate static let systemTimeWords: Set<String> = ["BETWEEN", "AND", "FROM", "TO", "ALL"]
    fileprivate static let indexHintWords: Set<String> = ["USE", "FORCE", "IGNORE"]
    fileprivate static let indexWords: Set<String> = ["INDEX", "KEY"]
}
