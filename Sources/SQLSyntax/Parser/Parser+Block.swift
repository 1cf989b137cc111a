extension Parser {
    /// An anonymous block at the top level: `[DECLARE ...] BEGIN ... END;`.
    mutating func anonymousBlock() throws -> Block {
        try block()
    }

    /// `[DECLARE declarations] BEGIN statements [EXCEPTION handlers] END [label]`; a T-SQL `BEGIN ... END` too.
    mutating func block() throws -> Block {
        try enter()
        defer { depth -= 1 }
        var declarations: [Declaration] = []
        if accept("DECLARE") { declarations = try self.declarations() }
        try expect("BEGIN")
        var block = try blockRest()
        block.declarations = declarations + block.declarations
        return block
    }

    /// What follows BEGIN: statements, exception handlers, `END [label]`.
    mutating func blockRest() throws -> Block {
        var statements = try proceduralStatements(until: ["END", "EXCEPTION"])
        if accept("EXCEPTION") { statements += try exceptionHandlers() }
        try expect("END")
        skipEndLabel()
        return Block(declarations: [], statements: statements)
    }

    /// The unit or label name after `END`, on the same line.
    mutating func skipEndLabel() {
        guard current.kind == .word || current.kind == .quotedIdentifier, current.range.line == tokens[index - 1].range.line,
              !isWord(in: Self.endLabelStoppers), !isWord(in: Self.statementStarts),
              !startsTransactSQLStatement else { return }
        advance()
    }

    var startsTransactSQLStatement: Bool {
        isWord(in: Self.transactSQLStarts)
    }

    /// `WHEN e [OR f] THEN statements ...`: handlers are read as statements of their block.
    mutating func exceptionHandlers() throws -> [ProceduralStatement] {
        var statements: [ProceduralStatement] = []
        while accept("WHEN") {
            while !atEnd, !accept("THEN") { advance() }
            statements += try proceduralStatements(until: ["WHEN", "END"])
        }
        return statements
    }

    /// Declarations up to BEGIN or END: variables, constants, cursors, types, exceptions, subprograms.
    mutating func declarations(stopAtTiming: Bool = false) throws -> [Declaration] {
        var declarations: [Declaration] = []
        while !atEnd, !isWord("BEGIN"), !isWord("END") {
            if stopAtTiming, isWord(in: Self.timingPoints) { break }
            let startIndex = index
            do {
                if let declaration = try declaration() { declarations.append(declaration) }
            } catch let failure as Failure {
                diagnostics.append(Diagnostic(.error, failure.message, at: failure.range))
                if index == startIndex { advance() }
                while !atEnd, !acceptSymbol(";") { advance() }
            }
        }
        return declarations
    }

    private mutating func declaration() throws -> Declaration? {
        let start = current
        if accept("CURSOR") {
            let name = try identifier()
            let parameters = isSymbol("(") ? try cursorParameters() : []
            if accept("RETURN") { try skipTypeName() }
            guard accept("IS") || accept("FOR") else { throw failure("expected IS") }
            let query = try self.query()
            acceptSymbol(";")
            return .cursor(name, parameters: parameters, query: query)
        }
        if isWord("PROCEDURE") || isWord("FUNCTION") {
            let kind: ProceduralUnit.Kind = isWord("FUNCTION") ? .function : .procedure
            advance()
            let name = ObjectName([try identifier()])
            let unit = try subprogram(kind: kind, name: name, start: start)
            acceptSymbol(";")
            return .subprogram(unit)
        }
        if isWord("TYPE"), isWord("IS", at: 2) || isWord("AS", at: 2),
           isWord("TABLE", at: 3) && isWord("OF", at: 4) || isWord("VARRAY", at: 3) || isWord("VARYING", at: 3) {
            advance()
            let name = try identifier()
            while !atEnd, !accept("OF") { advance() }
            let element = try objectName()
            let rowType = isSymbol("%") && isWord("ROWTYPE", at: 1)
            skipDeclaration()
            return .collectionType(name, element: element, rowType: rowType)
        }
        if isWord("TYPE"), isWord("IS", at: 2), isWord("RECORD", at: 3) {
            advance()
            let name = try identifier()
            advance()
            advance()
            let fields = try cursorParameters()
            acceptSymbol(";")
            return .recordType(name, fields: fields)
        }
        if isWord(in: Self.skippedDeclarations) {
            skipDeclaration()
            return nil
        }
        if current.kind == .parameter { // T-SQL style inside a PL block is not expected; read it as a name
            advance()
            skipDeclaration()
            return nil
        }
        let name = try identifier()
        accept("CONSTANT")
        if isWord("EXCEPTION") || isWord("ALIAS") {
            skipDeclaration()
            return nil
        }
        if accept("CURSOR") || (isWord("NO") && isWord("SCROLL", at: 1)) || isWord("SCROLL") { // PL/pgSQL `c CURSOR FOR query`
            _ = accept("NO", "SCROLL") || accept("SCROLL") || accept("CURSOR")
            let parameters = isSymbol("(") ? try cursorParameters() : []
            guard accept("FOR") || accept("IS") else { throw failure("expected FOR") }
            let query = try self.query()
            acceptSymbol(";")
            return .cursor(name, parameters: parameters, query: query)
        }
        var type: ObjectName?
        var rowTypeOf: ObjectName?
        if current.kind == .word || current.kind == .quotedIdentifier {
            let typeName = try objectName()
            type = typeName
            if acceptSymbol("%") {
                if accept("ROWTYPE") { rowTypeOf = typeName } else { advance() }
            }
        }
        var initial: Expression?
        while !atEnd, !isSymbol(";") {
            if acceptSymbol(":=") || accept("DEFAULT") || (acceptSymbol("=")) {
                initial = try expression()
                continue
            }
            if isSymbol("(") { skipParenthesised() } else { advance() }
        }
        try expectSymbol(";")
        return .variable(name, type: type, rowTypeOf: rowTypeOf, initial: initial)
    }

    private mutating func cursorParameters() throws -> [Identifier] {
        try entryNames(modes: ["IN"])
    }

    /// Skips a declaration to its `;`, over nested parentheses and `RECORD (...)` bodies.
    private mutating func skipDeclaration() {
        var depth = 0
        while !atEnd {
            if depth == 0, acceptSymbol(";") { return }
            if isSymbol("(") { depth += 1 } else if isSymbol(")") { depth -= 1 }
            advance()
        }
    }
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let endLabelStoppers: Set<String> = ["IF", "LOOP", "CASE", "ELSE", "ELSIF", "WHEN", "END", "TRY", "CATCH"]
    fileprivate static let transactSQLStarts: Set<String> = ["SET", "EXEC", "EXECUTE", "PRINT", "RETURN", "WHILE", "IF", "FETCH", "OPEN", "CLOSE", "DEALLOCATE", "GO"]
    fileprivate static let timingPoints: Set<String> = ["BEFORE", "AFTER", "INSTEAD"]
    fileprivate static let skippedDeclarations: Set<String> = ["TYPE", "SUBTYPE", "PRAGMA"]
}
