extension Parser {
    /// `CREATE ... PROCEDURE | FUNCTION | PACKAGE [BODY] | TRIGGER`, the cursor on the kind word.
    mutating func proceduralUnit(start: Token) throws -> ProceduralUnit {
        if accept("PACKAGE") {
            let body = accept("BODY")
            let name = try objectName()
            while !atEnd, !isWord("IS"), !isWord("AS") { advance() }
            advance()
            let declarations = try declarations()
            var statements: [ProceduralStatement] = []
            if accept("BEGIN") { statements = try proceduralStatements(until: ["END", "EXCEPTION"]) }
            if accept("EXCEPTION") { statements += try exceptionHandlers() }
            try expect("END")
            if current.kind == .word || current.kind == .quotedIdentifier { advance() }
            let members = declarations.compactMap { declaration -> ProceduralUnit? in
                if case .subprogram(let unit) = declaration, unit.body != nil { return unit }
                return nil
            }
            let shared = declarations.filter { if case .subprogram = $0 { false } else { true } }
            return ProceduralUnit(kind: body ? .packageBody : .package, name: name, body: Block(declarations: shared, statements: statements),
                                  members: body ? members : [], range: range(from: start))
        }
        if accept("TRIGGER") { return try trigger(start: start) }
        let kind: ProceduralUnit.Kind = isWord("FUNCTION") ? .function : .procedure
        advance()
        return try subprogram(kind: kind, name: try objectName(), start: start)
    }

    /// A procedure or function after its name: parameters, header clauses, then its body (or none, for a declaration).
    mutating func subprogram(kind: ProceduralUnit.Kind, name: ObjectName, start: Token) throws -> ProceduralUnit {
        let parameters = try parameterNames()
        var language = ""
        var bodyText: Token?
        while !atEnd, !isSymbol(";") {
            if accept("EXECUTE", "AS") || accept("EXEC", "AS") { // T-SQL `WITH EXECUTE AS OWNER`
                advance()
                continue
            }
            if accept("LANGUAGE") {
                language = current.kind == .string ? current.value.uppercased() : word
                advance()
            } else if isWord("IS") || isWord("AS") {
                advance()
                if current.kind == .string {
                    bodyText = current
                    advance()
                    if acceptSymbol(",") { advance() }
                    continue
                }
                if isWord("LANGUAGE") || isWord("EXTERNAL") { continue }
                let body = try programBody()
                return ProceduralUnit(kind: kind, name: name, parameters: parameters, body: body, range: range(from: start))
            } else if isWord("BEGIN"), bodyText == nil {
                let body = try programBody()
                return ProceduralUnit(kind: kind, name: name, parameters: parameters, body: body, range: range(from: start))
            } else if isWord("RETURN"), isWord("QUERY", at: 1) == false, bodyText == nil, isWord("BEGIN", at: 1) == false {
                advance()
                try skipTypeName()
            } else if isSymbol("(") {
                skipParenthesised()
            } else {
                advance()
            }
        }
        guard let text = bodyText else {
            return ProceduralUnit(kind: kind, name: name, parameters: parameters, range: range(from: start))
        }
        return ProceduralUnit(kind: kind, name: name, parameters: parameters, body: nestedBody(text, sql: language == "SQL"),
                              range: range(from: start))
    }

    /// The body of a function written as a string (PostgreSQL `AS $$ ... $$`), parsed in place.
    mutating func nestedBody(_ token: Token, sql: Bool) -> Block {
        let prefix = token.text.utf8.count - token.value.utf8.count
        let opening = max(0, min(prefix, token.text.utf8.count)) / 2
        var parser = Parser(text: token.value, dialect: dialect, origin: (token.range.line, token.range.column + opening))
        let block: Block
        if sql {
            let statements = parser.script()
            block = Block(statements: statements.map { .sql($0) })
        } else {
            parser.index = 0
            block = parser.bodyRecovering()
        }
        diagnostics += parser.diagnostics
        return block
    }

    /// A whole procedural body at the cursor, keeping what could be read when it fails.
    private mutating func bodyRecovering() -> Block {
        do {
            while acceptSymbol("<<") { advance(); acceptSymbol(">>") }
            return try block()
        } catch let failure as Failure {
            diagnostics.append(Diagnostic(.error, failure.message, at: failure.range))
            return Block()
        } catch {
            return Block()
        }
    }

    /// After `IS`/`AS`: PL/SQL declarations and a block, or T-SQL statements to the end of the batch.
    private mutating func programBody() throws -> Block {
        if isWord("BEGIN") || isWord("DECLARE") && !(token(at: 1).kind == .parameter) {
            let block = try self.block()
            return block
        }
        if current.kind == .parameter || isWord(in: Self.statementStarts) || isWord(in: Self.transactSQLStarts) {
            return Block(statements: try proceduralStatements(until: []))
        }
        let declarations = try self.declarations()
        try expect("BEGIN")
        var block = try blockRest()
        block.declarations = declarations + block.declarations
        return block
    }

    /// The names of `(p1 IN type, p2 OUT type := x)`, or T-SQL's unparenthesised `@p1 INT, @p2 ...`.
    private mutating func parameterNames() throws -> [Identifier] {
        var names = isSymbol("(") ? try entryNames(modes: Self.parameterModes) : []
        while current.kind == .parameter {
            names.append(Identifier("@" + current.value))
            while !atEnd, !isSymbol(","), !isWord("AS"), !isWord("WITH") { if isSymbol("(") { skipParenthesised() } else { advance() } }
            acceptSymbol(",")
        }
        return names
    }

    private mutating func trigger(start: Token) throws -> ProceduralUnit {
        let name = try objectName()
        var table: ObjectName?
        var trigger = Trigger(table: name)
        while !atEnd, !isSymbol(";") {
            if accept("ON") {
                if isWord("DATABASE") || isWord("SCHEMA") { advance(); continue }
                table = try objectName()
            } else if accept("REFERENCING") {
                while true {
                    if accept("NEW") { accept("TABLE"); accept("AS"); trigger.newName = word; advance() }
                    else if accept("OLD") { accept("TABLE"); accept("AS"); trigger.oldName = word; advance() }
                    else if accept("PARENT") { accept("AS"); advance() }
                    else { break }
                }
            } else if isWord("WHEN"), isSymbol("(", at: 1) {
                advance()
                skipParenthesised()
            } else if isWord("DECLARE") || isWord("BEGIN") || (isWord("AS") && table != nil) || isWord("COMPOUND") {
                break
            } else if isWord("CALL"), table != nil {
                break
            } else if isWord("EXECUTE") || isWord("CALL") {
                while !atEnd, !isSymbol(";") { advance() }
            } else {
                advance()
            }
        }
        if let table { trigger.table = table }
        var body: Block?
        if accept("COMPOUND") {
            try expect("TRIGGER")
            body = try compoundTriggerBody()
        } else if isWord("DECLARE") || isWord("BEGIN") {
            body = try block()
        } else if accept("AS") {
            body = try programBody()
        } else if accept("CALL") { // `CALL proc(:NEW.x)`: the call reads the new row
            body = Block(statements: [.call(try expression())])
        }
        return ProceduralUnit(kind: .trigger, name: name, trigger: table == nil ? nil : trigger, body: body, range: range(from: start))
    }

    /// `COMPOUND TRIGGER decls BEFORE EACH ROW IS BEGIN ... END BEFORE EACH ROW; ... END [name]`.
    private mutating func compoundTriggerBody() throws -> Block {
        var block = Block()
        while !atEnd, !isWord("END") {
            if isWord(in: Self.timingPoints) {
                while !atEnd, !accept("IS") { advance() }
                try expect("BEGIN")
                let section = try blockRest()
                while !atEnd, !isSymbol(";") { advance() }
                acceptSymbol(";")
                block.statements.append(.block(section))
            } else {
                block.declarations += try declarations(stopAtTiming: true)
            }
        }
        try expect("END")
        if current.kind == .word || current.kind == .quotedIdentifier { advance() }
        return block
    }
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let transactSQLStarts: Set<String> = ["SET", "IF", "WHILE", "EXEC", "EXECUTE", "PRINT", "RETURN"]
    fileprivate static let parameterModes: Set<String> = ["IN", "OUT", "INOUT", "VARIADIC"]
    fileprivate static let timingPoints: Set<String> = ["BEFORE", "AFTER", "INSTEAD"]
}
