extension Parser {
    /// Skips a type name: words, dotted parts, `(n, m)`, `[]`, `WITH TIME ZONE`, `%TYPE`.
    mutating func skipTypeName() throws {
        guard current.kind == .word || current.kind == .quotedIdentifier else { throw failure("expected a type name") }
        let generic = isWord("ARRAY") || isWord("STRUCT") || isWord("MAP") || isWord("RANGE") || isWord("MULTISET")
        advance()
        while true {
            if isSymbol("."), token(at: 1).kind == .word || token(at: 1).kind == .quotedIdentifier { advance(); advance() }
            else if isSymbol("%") { advance(); advance() }
            else if isSymbol("(") { skipParenthesised() }
            else if isSymbol("["), isSymbol("]", at: 1) { advance(); advance() }
            else if generic, isSymbol("<") { skipAngleBrackets() } // ARRAY<STRING>, not `x::date < y`
            else if isWord(in: Self.typeNameWords),
                    !(isWord("WITH") && !isWord("TIME", at: 1) && !isWord("LOCAL", at: 1)) {
                if isWord("WITHOUT") || isWord("WITH") { advance(); if accept("LOCAL") {}; accept("TIME"); accept("ZONE") } else { advance() }
            } else { return }
        }
    }

    /// Skips `<...>` in a type (`ARRAY<STRING>`, `STRUCT<a INT64>`).
    private mutating func skipAngleBrackets() {
        var depth = 0
        while !atEnd {
            if isSymbol("<") { depth += 1 } else if isSymbol(">") { depth -= 1 } else if isSymbol(">>") { depth -= 2 }
            advance()
            if depth <= 0 { return }
        }
    }

    private static let literalWords: Set<String> = ["NULL", "TRUE", "FALSE", "UNKNOWN"]
    private static let typedLiteralWords: Set<String> = ["DATE", "TIMESTAMP", "TIME", "DATETIME", "INTERVAL", "NUMERIC", "JSON"]

    /// A literal, parameter, parenthesised expression or subquery, CASE, CAST, a name or a call.
    mutating func primary() throws -> Expression {
        let token = current
        switch token.kind {
        case .number:
            advance()
            return .literal(token.text)
        case .string:
            advance()
            if current.kind == .string { // adjacent literals concatenate
                var text = token.value
                while current.kind == .string { text += current.value; advance() }
                return .string(text)
            }
            return .string(token.value)
        case .parameter:
            advance()
            var fields: [Identifier] = []
            while isSymbol("."), self.token(at: 1).kind == .word || self.token(at: 1).kind == .quotedIdentifier {
                advance()
                fields.append(try identifier())
            }
            if isSymbol("("), let method = fields.popLast() { // T-SQL xml methods: `@doc.value('...', 'int')`
                guard case .function(var call) = try functionCall(ObjectName([method])) else { return .parameter(token.value, fields: fields) }
                call.arguments.insert(.parameter(token.value, fields: fields), at: 0)
                return .function(call)
            }
            return .parameter(token.value, fields: fields)
        case .symbol:
            if token.text == "(" { return try parenthesised() }
            if token.text == "*" {
                advance()
                return .star(qualifier: nil)
            }
            if token.text == "{" || token.text == "[" { return try bracketList() }
            if token.text == "$", self.token(at: 1).kind == .word, self.token(at: 1).range.start == token.range.end {
                advance() // T-SQL `$action`, `$identity`
                advance()
                return .literal(token.text)
            }
            throw failure("expected an expression")
        case .word, .quotedIdentifier:
            return try wordExpression()
        default:
            throw failure("expected an expression")
        }
    }

    private mutating func parenthesised() throws -> Expression {
        if isWord("SELECT", at: 1) || isWord("WITH", at: 1) || (isSymbol("(", at: 1) && looksLikeQuery(at: 1)) {
            advance()
            let query = try self.query()
            try expectSymbol(")")
            return .subquery(query)
        }
        advance()
        var items = [try expression()]
        while acceptSymbol(",") { items.append(try expression()) }
        try expectSymbol(")")
        return items.count == 1 ? items[0] : .operation("row", items)
    }

    /// Whether nested parentheses at `offset` open a query (`((SELECT ...) UNION ...)`).
    func looksLikeQuery(at offset: Int) -> Bool {
        var position = offset
        while isSymbol("(", at: position) { position += 1 }
        return isWord("SELECT", at: position) || isWord("WITH", at: position) || isWord("VALUES", at: position)
    }

    private mutating func bracketList() throws -> Expression {
        let close = current.text == "{" ? "}" : "]"
        advance()
        var items: [Expression] = []
        while !atEnd, !isSymbol(close) {
            items.append(try expression())
            if acceptSymbol(":") { items.append(try expression()) }
            if !acceptSymbol(",") { break }
        }
        try expectSymbol(close)
        return .operation("array", items)
    }

    private mutating func wordExpression() throws -> Expression {
        if isWord("APPROXIMATE"), token(at: 1).kind == .word, isSymbol("(", at: 2) { advance() } // Redshift
        let upper = word
        if current.kind == .word {
            if Self.literalWords.contains(upper) {
                advance()
                return .literal(upper)
            }
            switch upper {
            case "CASE": return .caseWhen(try caseExpression())
            case "EXISTS" where isSymbol("(", at: 1):
                advance()
                advance()
                let query = try self.query()
                try expectSymbol(")")
                return .exists(query)
            case _ where (upper == "CAST" || upper == "TRY_CAST" || upper == "SAFE_CAST") && isSymbol("(", at: 1):
                return try cast()
            case "NEXT" where isWord("VALUE", at: 1) && isWord("FOR", at: 2): // T-SQL sequences
                advance(); advance(); advance()
                _ = try objectName()
                return .literal("sequence")
            case "CURSOR" where isSymbol("(", at: 1) && looksLikeQuery(at: 2): // Oracle CURSOR(SELECT ...)
                advance()
                advance()
                let query = try self.query()
                try expectSymbol(")")
                return .subquery(query)
            case "EXTRACT" where isSymbol("(", at: 1):
                advance()
                advance()
                advance() // the field
                try expect("FROM")
                let value = try expression()
                try expectSymbol(")")
                return .operation("extract", [value])
            case _ where (upper == "ARRAY" || upper == "MULTISET") && isSymbol("(", at: 1) && looksLikeQuery(at: 1):
                advance()
                return try parenthesised()
            case "ARRAY" where isSymbol("[", at: 1):
                advance()
                return try bracketList()
            case "ROW" where isSymbol("(", at: 1):
                advance()
                return try parenthesised()
            default:
                if Self.typedLiteralWords.contains(upper), token(at: 1).kind == .string {
                    advance()
                    advance()
                    if upper == "INTERVAL" { skipIntervalUnit() }
                    return .literal(upper)
                }
                if upper == "INTERVAL", token(at: 1).kind == .number || isSymbol("-", at: 1) {
                    advance()
                    _ = try unary()
                    skipIntervalUnit()
                    return .literal(upper)
                }
            }
        }
        let (name, star) = try dottedName()
        if star { return .star(qualifier: name) }
        if isSymbol("(") {
            if dialect.outerJoinMarker, isSymbol("+", at: 1), isSymbol(")", at: 2) {
                advance(); advance(); advance()
                return .name(name)
            }
            return try functionCall(name)
        }
        return .name(name)
    }

    private mutating func skipIntervalUnit() {
        let units: Set<String> = ["YEAR", "YEARS", "MONTH", "MONTHS", "DAY", "DAYS", "HOUR", "HOURS", "MINUTE", "MINUTES", "SECOND", "SECONDS", "WEEK", "WEEKS", "QUARTER"]
        if isWord(in: units) {
            advance()
            if isSymbol("(") { skipParenthesised() }
            if accept("TO") { advance(); if isSymbol("(") { skipParenthesised() } }
        }
    }

    private mutating func cast() throws -> Expression {
        advance()
        try expectSymbol("(")
        let value = try expression()
        if accept("AS") {
            try skipTypeName()
            if accept("FORMAT") { _ = try expression() }
        } else if acceptSymbol(",") {
            _ = try expression()
        }
        if accept("DEFAULT") { _ = try expression() }
        if accept("ON", "CONVERSION", "ERROR") {}
        try expectSymbol(")")
        return .operation("cast", [value])
    }

    mutating func caseExpression() throws -> CaseExpression {
        try expect("CASE")
        let operand: Expression? = isWord("WHEN") ? nil : try expression()
        var branches: [(condition: Expression, result: Expression)] = []
        while accept("WHEN") {
            let condition = try expression()
            try expect("THEN")
            branches.append((condition, try expression()))
        }
        let otherwise: Expression? = accept("ELSE") ? try expression() : nil
        try expect("END")
        return CaseExpression(operand: operand, branches: branches, otherwise: otherwise)
    }
}

// Word sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let typeNameWords: Set<String> = ["VARYING", "PRECISION", "UNSIGNED", "CHAR", "BYTE", "ZONE", "LOCAL", "WITH", "WITHOUT", "TIME",
                                                         "DAY", "TO", "SECOND", "YEAR", "MONTH", "HOUR", "MINUTE"]
}
