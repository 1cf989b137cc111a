extension Parser {
    /// INSERT (INTO, OVERWRITE, ALL, FIRST), REPLACE and UPSERT.
    mutating func insertStatement() throws -> Statement {
        advance()
        if isWord("ALL") || isWord("FIRST"), !isWord("INTO", at: -1) { return .multiInsert(try multiInsert()) }
        accept("IGNORE")
        let overwrite = accept("OVERWRITE")
        _ = accept("INTO") || accept("TABLE")
        accept("TABLE")
        if current.kind == .parameter { // a T-SQL table variable
            var insert = Insert(target: ObjectName([Identifier("@" + current.value)]), overwrite: overwrite)
            advance()
            if isSymbol("("), !looksLikeQuery(at: 1) { insert.columns = try nameList() }
            insert.targetIsVariable = true
            return try insertRest(insert, columnsRead: true)
        }
        if isSymbol("("), looksLikeQuery(at: 1) {
            advance()
            var insert = Insert(target: ObjectName([Identifier("")]), overwrite: overwrite)
            insert.targetQuery = try query()
            try expectSymbol(")")
            return try insertRest(insert)
        }
        return try insertRest(Insert(target: try objectName(), overwrite: overwrite))
    }

    private mutating func insertRest(_ insert: Insert, columnsRead: Bool = false) throws -> Statement {
        var insert = insert
        if columnsRead { return try insertSource(insert) }
        if isWord("PARTITION"), isSymbol("(", at: 1) { advance(); skipParenthesised() }
        if current.kind == .word, !isWord(in: Self.notInsertAliases) {
            insert.alias = try identifier()
        } else if isWord("AS"), !isWord("SELECT", at: 1) {
            advance()
            insert.alias = try identifier()
        }
        if isSymbol("("), !looksLikeQuery(at: 1) { insert.columns = try nameList() }
        if isWord("PARTITION"), isSymbol("(", at: 1) { advance(); skipParenthesised() }
        return try insertSource(insert)
    }

    private mutating func insertSource(_ insert: Insert) throws -> Statement {
        var insert = insert
        if accept("OUTPUT") { insert.returning = try outputClause() }
        if accept("OVERRIDING") { advance(); accept("VALUE") }
        if accept("DEFAULT", "VALUES") {
        } else if accept("VALUES") || accept("VALUE") {
            if isSymbol("(") || isWord("ROW") {
                insert.source = Query(body: .values(try valueRows()))
            } else {
                insert.recordValue = try expression()
            }
        } else if accept("SET") {
            let assignments = try assignmentList()
            insert.columns = assignments.compactMap { $0.columns.first?.last }
            insert.source = Query(body: .values([assignments.map(\.value)]))
        } else if isWord("SELECT") || isWord("WITH") || isSymbol("(") || isWord("TABLE") {
            insert.source = try query()
        } else if isWord("EXEC") || isWord("EXECUTE") {
            advance()
            if current.kind == .word || current.kind == .quotedIdentifier {
                let name = try objectName() // `EXEC proc`: rows from a procedure we do not follow
                guard name.last.matches("sp_executesql") else {
                    while !atEnd, !isSymbol(";"), !isLineStart { advance() }
                    return .insert(insert)
                }
                if current.kind == .parameter, isSymbol("=", at: 1) { advance(); advance() }
            }
            insert.sourceExecute = try expression()
            while !atEnd, !isSymbol(";"), !isLineStart { advance() }
        } else {
            throw failure("expected VALUES or a query")
        }
        if accept("ON", "CONFLICT") {
            if isSymbol("(") { skipParenthesised() }
            if accept("ON", "CONSTRAINT") { advance() }
            if accept("WHERE") { _ = try expression() }
            try expect("DO")
            if accept("UPDATE") {
                try expect("SET")
                insert.onConflictUpdate = try assignmentList()
                if accept("WHERE") { _ = try expression() }
            } else {
                try expect("NOTHING")
            }
        } else if accept("ON", "DUPLICATE", "KEY", "UPDATE") {
            insert.onConflictUpdate = try assignmentList()
        }
        insert.returning = try returning() ?? insert.returning
        try skipErrorLogging()
        return .insert(insert)
    }

    private mutating func multiInsert() throws -> MultiInsert {
        advance() // ALL | FIRST
        var branches: [MultiInsert.Branch] = []
        var condition: Expression?
        while true {
            if accept("WHEN") {
                condition = try expression()
                try expect("THEN")
            } else if accept("ELSE") {
                condition = nil
            }
            guard accept("INTO") else { break }
            let target = try objectName()
            if current.kind == .word, !isWord(in: Self.notBranchAliases) { advance() }
            let columns = isSymbol("(") ? try nameList() : []
            var values: [Expression] = []
            if accept("VALUES") {
                try expectSymbol("(")
                repeat { values.append(try expression()) } while acceptSymbol(",")
                try expectSymbol(")")
            }
            try skipErrorLogging()
            branches.append(MultiInsert.Branch(condition: condition, target: target, columns: columns, values: values))
        }
        guard !branches.isEmpty else { throw failure("expected INTO") }
        return MultiInsert(branches: branches, source: try query())
    }

    /// `LOG ERRORS [INTO t] [(tag)] [REJECT LIMIT n]` after Oracle DML.
    private mutating func skipErrorLogging() throws {
        guard accept("LOG", "ERRORS") else { return }
        if accept("INTO") { _ = try objectName() }
        if isSymbol("(") { skipParenthesised() }
        if accept("REJECT", "LIMIT") { advance() }
    }

    /// T-SQL `OUTPUT inserted.x, deleted.y [AS a], ... [INTO table [(columns)]]`, read like RETURNING.
    private mutating func outputClause() throws -> Returning {
        var values: [Expression] = []
        repeat {
            values.append(try expression())
            _ = try alias()
        } while acceptSymbol(",")
        var output = Returning(values: values, into: [])
        if accept("INTO") {
            if current.kind == .parameter { // a table variable
                output.table = ObjectName([Identifier("@" + current.value)])
                advance()
            } else {
                output.table = try objectName()
            }
            if isSymbol("(") { output.tableColumns = try nameList() }
        }
        return output
    }

    private mutating func intoName() throws -> Expression {
        if current.kind == .parameter { return try expression() }
        return .name(try objectName())
    }

    mutating func update() throws -> Update {
        advance()
        accept("ONLY")
        if accept("TOP") { skipParenthesised() }
        let target = try tableReference()
        var from: [TableReference] = []
        while acceptSymbol(",") { from.append(try tableReference()) } // MySQL `UPDATE a, b SET ...`
        try expect("SET")
        let assignments = try assignmentList()
        let output = accept("OUTPUT") ? try outputClause() : nil
        if accept("FROM") { from += try fromList() }
        let whereClause = try whereCurrentOf()
        let returning = try returning() ?? output
        try skipErrorLogging()
        return Update(target: target, assignments: assignments, from: from, whereClause: whereClause, returning: returning)
    }

    /// `WHERE condition`; `WHERE CURRENT OF cursor` has no condition.
    private mutating func whereCurrentOf() throws -> Expression? {
        guard accept("WHERE") else { return nil }
        if accept("CURRENT", "OF") {
            _ = try identifier()
            return nil
        }
        return try expression()
    }

    mutating func assignmentList() throws -> [Assignment] {
        var assignments: [Assignment] = []
        repeat {
            if isSymbol("(") {
                advance()
                var columns: [ObjectName] = []
                repeat { columns.append(try dottedName().0) } while acceptSymbol(",")
                try expectSymbol(")")
                try expectSymbol("=")
                assignments.append(Assignment(columns: columns, value: try expression()))
            } else if current.kind == .parameter {
                let variable = try expression()
                assignments.append(Assignment(columns: [], value: variable))
            } else {
                let column = try dottedName().0
                if !acceptSymbol("=") { try expectSymbol(":=") }
                assignments.append(Assignment(columns: [column], value: try expression()))
            }
        } while acceptSymbol(",")
        return assignments
    }

    /// `RETURNING a, b [BULK COLLECT] INTO x, y` (Oracle, PL/pgSQL) or `RETURNING *` (PostgreSQL).
    mutating func returning() throws -> Returning? {
        guard accept("RETURNING") || accept("RETURN") else { return nil }
        var values: [Expression] = []
        repeat {
            values.append(try expression())
            _ = try alias()
        } while acceptSymbol(",")
        var into: [Expression] = []
        accept("BULK", "COLLECT")
        if accept("INTO") {
            repeat { into.append(try expression()) } while acceptSymbol(",")
        }
        return Returning(values: values, into: into)
    }

    mutating func delete() throws -> Delete {
        advance()
        if accept("TOP") { skipParenthesised() }
        var target: TableReference
        var using: [TableReference] = []
        var others: [ObjectName] = []
        if isWord("FROM") {
            advance()
            accept("ONLY")
            target = try tableReference()
        } else {
            let names = try fromList() // MySQL `DELETE t1, t2 FROM ...` or `DELETE t`
            target = names[0]
            for case .table(let name, _) in names.dropFirst() { others.append(name) }
            if accept("FROM") { using = try fromList() }
        }
        let output = accept("OUTPUT") ? try outputClause() : nil
        if accept("USING") || accept("FROM") { using += try fromList() }
        let whereClause = try whereCurrentOf()
        let returning = try returning() ?? output
        try skipErrorLogging()
        var delete = Delete(target: target, using: using, whereClause: whereClause, returning: returning)
        delete.otherTargets = others
        return delete
    }

    mutating func merge() throws -> Merge {
        advance()
        accept("INTO")
        let target = try objectName()
        if isWord("WITH"), isSymbol("(", at: 1) { advance(); skipParenthesised() } // WITH (HOLDLOCK)
        let alias = try self.alias(allowString: false)
        try expect("USING")
        let source = try tableReference()
        try expect("ON")
        let on = try expression()
        var clauses: [Merge.Clause] = []
        while accept("WHEN") {
            let matched = !accept("NOT")
            try expect("MATCHED")
            if accept("BY") { advance() }
            let condition: Expression? = accept("AND") ? try expression() : nil
            try expect("THEN")
            if accept("UPDATE") {
                try expect("SET")
                let assignments = try assignmentList()
                var whereClause: Expression? = accept("WHERE") ? try expression() : nil
                if accept("DELETE"), accept("WHERE") { // both conditions filter rows
                    let deleteWhere = try expression()
                    whereClause = whereClause.map { .operation("and", [$0, deleteWhere]) } ?? deleteWhere
                }
                clauses.append(Merge.Clause(matched: matched, condition: condition, action: .update(assignments, whereClause: whereClause)))
            } else if accept("INSERT") {
                var columns: [Identifier] = []
                if isSymbol("(") { columns = try nameList() }
                var values: [Expression] = []
                if accept("VALUES") {
                    try expectSymbol("(")
                    repeat { values.append(try expression()) } while acceptSymbol(",")
                    try expectSymbol(")")
                } else if accept("ROW") || accept("DEFAULT", "VALUES") {
                }
                let whereClause: Expression? = accept("WHERE") ? try expression() : nil
                clauses.append(Merge.Clause(matched: matched, condition: condition, action: .insert(columns: columns, values: values, whereClause: whereClause)))
            } else if accept("DELETE") {
                clauses.append(Merge.Clause(matched: matched, condition: condition, action: .delete))
            } else if accept("DO", "NOTHING") {
            } else {
                throw failure("expected UPDATE, INSERT or DELETE")
            }
        }
        let output = accept("OUTPUT") ? try outputClause() : nil
        try skipErrorLogging()
        var merge = Merge(target: target, alias: alias, source: source, on: on, clauses: clauses)
        merge.returning = output
        return merge
    }
}

extension Parser {
    /// Hive's `FROM src INSERT OVERWRITE TABLE a SELECT ... INSERT INTO TABLE b SELECT ...`: each insert reads the shared FROM.
    mutating func hiveMultiInsert() throws -> Statement {
        try expect("FROM")
        let from = try fromList()
        var statements: [ProceduralStatement] = []
        while isWord("INSERT") {
            let start = current
            guard case .insert(var insert) = try insertStatement() else { throw failure("expected INSERT") }
            if var query = insert.source, case .select(var select) = query.body, select.from.isEmpty {
                select.from = from
                query.body = .select(select)
                insert.source = query
            }
            statements.append(.sql(StatementNode(.insert(insert), range: range(from: start))))
        }
        guard !statements.isEmpty else { throw failure("expected INSERT after FROM") }
        return .block(Block(statements: statements))
    }
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let notInsertAliases: Set<String> = ["AS", "VALUES", "SELECT", "WITH", "SET", "DEFAULT", "OUTPUT", "VALUE", "PARTITION", "TABLE", "EXEC", "EXECUTE", "BY", "OVERRIDING", "IF"]
    fileprivate static let notBranchAliases: Set<String> = ["VALUES", "INTO", "WHEN", "ELSE", "SELECT", "WITH"]
}
