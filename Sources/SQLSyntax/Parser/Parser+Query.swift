extension Parser {
    /// `[WITH ...] body [ORDER BY ...] [LIMIT/OFFSET/FETCH] [FOR UPDATE]`.
    mutating func query() throws -> Query {
        try enter()
        defer { depth -= 1 }
        let with = try withClause()
        let body = try setExpression()
        var query = Query(with: with, body: body)
        try queryTail(&query)
        return query
    }

    mutating func withClause() throws -> [CommonTableExpression] {
        guard accept("WITH") else { return [] }
        let recursive = accept("RECURSIVE")
        var ctes: [CommonTableExpression] = []
        repeat {
            while isWord("FUNCTION") || isWord("PROCEDURE") { // Oracle 12c: PL/SQL functions defined for this query only
                let start = current
                let kind: ProceduralUnit.Kind = isWord("FUNCTION") ? .function : .procedure
                advance()
                _ = try subprogram(kind: kind, name: ObjectName([try identifier()]), start: start)
                acceptSymbol(";")
            }
            if isWord("SELECT") { return ctes }
            let name = try identifier()
            let columns = isSymbol("(") ? try nameList() : []
            try expect("AS")
            _ = accept("NOT", "MATERIALIZED") || accept("MATERIALIZED")
            try expectSymbol("(")
            let query: Query
            if isWord(in: Self.dataModifyingWords) {
                query = Query(body: .statement(try statement()))
            } else {
                query = try self.query()
            }
            try expectSymbol(")")
            if accept("SEARCH") { while !atEnd, !accept("SET") { advance() }; advance() }
            if accept("CYCLE") { while !atEnd, !accept("SET") { advance() }; advance(); if accept("TO") { advance(); accept("DEFAULT"); advance() }; if accept("USING") { advance() } }
            ctes.append(CommonTableExpression(name: name, columns: columns, query: query, recursive: recursive))
        } while acceptSymbol(",")
        return ctes
    }

    mutating func queryTail(_ query: inout Query) throws {
        while true {
            if accept("ORDER") {
                accept("SIBLINGS")
                try expect("BY")
                query.orderBy += try orderList()
            } else if accept("LIMIT") {
                _ = try expression()
                if acceptSymbol(",") || accept("OFFSET") { _ = try expression() }
            } else if accept("OFFSET") {
                _ = try expression()
                _ = accept("ROWS") || accept("ROW")
            } else if accept("FETCH") {
                _ = accept("FIRST") || accept("NEXT")
                if !isWord("ROWS") && !isWord("ROW") { _ = try expression() }
                accept("PERCENT")
                _ = accept("ROWS") || accept("ROW")
                _ = accept("ONLY") || accept("WITH", "TIES")
            } else if accept("FOR", "UPDATE") || accept("FOR", "SHARE") || accept("FOR", "READ") || accept("FOR", "XML") || accept("FOR", "JSON") {
                while !atEnd, !isSymbol(";"), !isSymbol(")"), !isWord(in: Self.statementStarts), !isWord("LOOP") {
                    if isSymbol("(") { skipParenthesised() } else { advance() } // FOR XML PATH(''), TYPE
                }
            } else if accept("WITH", "READ", "ONLY") || accept("WITH", "CHECK", "OPTION") {
                if accept("CONSTRAINT") { advance() }
            } else if accept("OPTION"), isSymbol("(") {
                skipParenthesised()
            } else {
                return
            }
        }
    }

    mutating func setExpression() throws -> QueryBody {
        let first = try queryTerm()
        var rest: [(SetOperator, QueryBody)] = []
        while true {
            let op: SetOperator
            if accept("UNION") {
                op = accept("ALL") ? .unionAll : .union
            } else if accept("INTERSECT") {
                op = .intersect
            } else if current.kind == .word, dialect.keywords[word] == .except {
                advance()
                op = .except
            } else {
                return rest.isEmpty ? first : .setOperation(first, rest)
            }
            _ = accept("ALL") || accept("DISTINCT")
            if accept("BY", "NAME") {}
            rest.append((op, try queryTerm()))
        }
    }

    private mutating func queryTerm() throws -> QueryBody {
        if isWord("SELECT") || isWord("SEL") { return .select(try select()) }
        if accept("VALUES") { return .values(try valueRows()) }
        if isWord("TABLE"), token(at: 1).kind == .word || token(at: 1).kind == .quotedIdentifier {
            advance()
            var select = Select()
            select.items = [SelectItem(expression: .star(qualifier: nil), alias: nil)]
            select.from = [.table(try objectName(), alias: nil)]
            return .select(select)
        }
        if isSymbol("(") {
            advance()
            let inner = try query()
            try expectSymbol(")")
            return inner.with.isEmpty && inner.orderBy.isEmpty ? inner.body : .nested(inner)
        }
        throw failure("expected SELECT")
    }

    /// `(a, b), (c, d)` after VALUES; MySQL's `ROW(...)` too.
    mutating func valueRows() throws -> [[Expression]] {
        var rows: [[Expression]] = []
        repeat {
            accept("ROW")
            if isSymbol("(") {
                advance()
                var row: [Expression] = []
                if !isSymbol(")") {
                    repeat { row.append(try expression()) } while acceptSymbol(",")
                }
                try expectSymbol(")")
                rows.append(row)
            } else {
                rows.append([try expression()])
            }
        } while acceptSymbol(",")
        return rows
    }

    mutating func select() throws -> Select {
        advance()
        var select = Select()
        while true {
            if accept("DISTINCT") {
                if accept("ON") {
                    try expectSymbol("(")
                    repeat { select.distinctOn.append(try expression()) } while acceptSymbol(",")
                    try expectSymbol(")")
                }
            } else if accept("TOP") {
                if isSymbol("(") { skipParenthesised() } else { advance() }
                _ = accept("PERCENT")
                _ = accept("WITH", "TIES")
            } else if isWord(in: Self.selectModifiers),
                      !isSymbol(",", at: 1), !isSymbol("(", at: 1), !isSymbol(".", at: 1), !isWord("FROM", at: 1) {
                advance()
            } else if accept("AS", "STRUCT") || accept("AS", "VALUE") {
                continue
            } else {
                break
            }
        }
        repeat { select.items.append(try selectItem()) } while acceptSymbol(",")
        if accept("BULK", "COLLECT") { select.bulkCollect = true }
        if accept("INTO") {
            accept("STRICT")
            if accept("TEMPORARY") || accept("TEMP") || accept("UNLOGGED") { select.intoTemporary = true }
            accept("TABLE")
            repeat { select.into.append(try intoTarget()) } while acceptSymbol(",")
        }
        if accept("FROM") { select.from = try fromList() }
        while true {
            if accept("WHERE") {
                select.whereClause = try expression()
            } else if accept("START", "WITH") {
                select.hierarchy.append(try expression())
            } else if accept("CONNECT", "BY") {
                accept("NOCYCLE")
                select.hierarchy.append(try expression())
            } else if accept("GROUP", "BY") {
                _ = accept("ALL") || accept("DISTINCT")
                select.groupBy = try groupingList()
            } else if accept("HAVING") {
                select.having = try expression()
            } else if accept("WINDOW") {
                repeat {
                    let name = try identifier()
                    try expect("AS")
                    select.windows[name] = try windowSpecification()
                } while acceptSymbol(",")
            } else if accept("QUALIFY") {
                select.qualify = try expression()
            } else if accept("MODEL") {
                while !atEnd, !isSymbol(";"), !isSymbol(")"), !isWord("ORDER"), !isWord("UNION") { advance() }
            } else if isWord(in: Self.hiveSortWords), isWord("BY", at: 1) {
                advance(); advance()
                _ = try orderList()
            } else {
                return select
            }
        }
    }

    /// An INTO target: a variable, record, collection element or table.
    private mutating func intoTarget() throws -> Expression {
        if current.kind == .parameter { return try expression() }
        let name = try objectName()
        if isSymbol("(") { return try functionCall(name) }
        return .name(name)
    }

    private mutating func groupingList() throws -> [Expression] {
        var items: [Expression] = []
        repeat {
            if accept("GROUPING", "SETS") || accept("ROLLUP") || accept("CUBE") {
                items.append(try parenthesisedGrouping())
            } else if isSymbol("("), isSymbol(")", at: 1) {
                advance(); advance()
            } else {
                items.append(try expression())
            }
        } while acceptSymbol(",")
        if accept("WITH", "ROLLUP") || accept("WITH", "CUBE") {}
        return items
    }

    private mutating func parenthesisedGrouping() throws -> Expression {
        try expectSymbol("(")
        var items: [Expression] = []
        repeat {
            if isSymbol("("), isSymbol(")", at: 1) { advance(); advance() } else { items.append(try expression()) }
        } while acceptSymbol(",")
        try expectSymbol(")")
        return .operation("grouping", items)
    }

    private mutating func selectItem() throws -> SelectItem {
        if dialect.equalsAliases, current.kind == .word || current.kind == .quotedIdentifier || current.kind == .string, isSymbol("=", at: 1) {
            let alias = current.kind == .string ? Identifier(current.value, quoted: true) : try identifier()
            if current.kind == .string { advance() }
            advance()
            return SelectItem(expression: try expression(), alias: alias)
        }
        let expression = try self.expression()
        if case .star = expression {
            var excluded: [Identifier] = []
            var renamed: [(from: Identifier, to: Identifier)] = []
            while isWord(in: Self.starModifiers) {
                let word = self.word
                advance()
                if word == "EXCEPT" || word == "EXCLUDE" {
                    excluded += isSymbol("(") ? try nameList() : [try identifier()]
                } else if word == "RENAME" {
                    let parenthesised = acceptSymbol("(")
                    repeat {
                        let from = try identifier()
                        try expect("AS")
                        renamed.append((from, try identifier()))
                    } while parenthesised && acceptSymbol(",")
                    if parenthesised { try expectSymbol(")") }
                } else if isSymbol("(") {
                    skipParenthesised()
                } else {
                    _ = try self.expression()
                }
            }
            var item = SelectItem(expression: expression, alias: nil, excluded: excluded)
            item.renamed = renamed
            return item
        }
        return SelectItem(expression: expression, alias: try alias())
    }
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let dataModifyingWords: Set<String> = ["INSERT", "UPDATE", "DELETE", "MERGE"]
    fileprivate static let selectModifiers: Set<String> = ["ALL", "UNIQUE", "DISTINCTROW", "SQL_CALC_FOUND_ROWS", "SQL_NO_CACHE", "STRAIGHT_JOIN", "HIGH_PRIORITY"]
    fileprivate static let hiveSortWords: Set<String> = ["CLUSTER", "DISTRIBUTE", "SORT"]
    fileprivate static let starModifiers: Set<String> = ["EXCEPT", "EXCLUDE", "REPLACE", "RENAME", "ILIKE"]
}
