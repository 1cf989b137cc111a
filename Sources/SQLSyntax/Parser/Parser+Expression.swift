extension Parser {
    /// An expression, by precedence: OR, AND, NOT, comparison, `+ - ||`, `* / %`, unary, postfix, primary.
    mutating func expression() throws -> Expression {
        try enter()
        defer { depth -= 1 }
        let first = try conjunction()
        var operands: [Expression] = []
        while accept("OR") || accept("XOR") { operands.append(try conjunction()) }
        return operands.isEmpty ? first : .operation("or", [first] + operands)
    }

    /// How deep expressions, queries and blocks may nest: beyond it a statement gets a diagnostic rather than a stack overflow.
    static let maximumDepth = 150

    /// Goes one level deeper (the caller leaves with `defer { depth -= 1 }`).
    mutating func enter() throws {
        depth += 1
        guard depth <= Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) levels deep") }
    }

    private mutating func conjunction() throws -> Expression {
        let first = try negation()
        var operands: [Expression] = []
        while acceptSymbol("&&") || accept("AND") { operands.append(try negation()) }
        return operands.isEmpty ? first : .operation("and", [first] + operands)
    }

    private mutating func negation() throws -> Expression {
        var negated = false
        while accept("NOT") { negated = true }
        let value = try comparison()
        return negated ? .operation("not", [value]) : value
    }

    private static let comparisonSymbols: Set<String> = ["=", "<>", "!=", "^=", "<", ">", "<=", ">=", "==", "<=>", "~", "~*", "!~", "!~*", "@>", "<@", "&&",
                                                         "?", "?|", "?&", "@@", "-|-", "&<", "&>", "<<|", "|>>"]
    private static let patternWords: Set<String> = ["LIKE", "ILIKE", "RLIKE", "REGEXP", "LIKE2", "LIKE4", "LIKEC", "GLOB", "SIMILAR"]

    private mutating func comparison() throws -> Expression {
        var left = try additive()
        while true {
            if current.kind == .symbol, Self.comparisonSymbols.contains(current.text) {
                let op = current.text
                advance()
                _ = accept("ANY") || accept("ALL") || accept("SOME")
                left = .operation(op, [left, try additive()])
                continue
            }
            let negated = isWord("NOT") && isWord(in: Self.negatableWords, at: 1)
            if negated { advance() }
            if accept("IS") {
                accept("NOT")
                if accept("DISTINCT") {
                    try expect("FROM")
                    left = .operation("is distinct from", [left, try additive()])
                } else {
                    _ = accept("A") && accept("SET")
                    if !(accept("NULL") || accept("TRUE") || accept("FALSE") || accept("UNKNOWN") || accept("EMPTY")
                         || accept("NAN") || accept("INFINITE") || accept("JSON")) {
                        left = .operation("is", [left, try additive()])
                    } else {
                        left = .operation("is", [left])
                    }
                }
            } else if accept("IN") {
                left = .operation("in", [left, try inList()])
            } else if accept("BETWEEN") {
                accept("SYMMETRIC")
                let low = try additive()
                try expect("AND")
                left = .operation("between", [left, low, try additive()])
            } else if isWord(in: Self.patternWords) {
                advance()
                accept("TO")
                left = .operation("like", [left, try additive()])
                if accept("ESCAPE") { _ = try additive() }
            } else if accept("MEMBER") {
                accept("OF")
                left = .operation("member of", [left, try additive()])
            } else if accept("SUBMULTISET") {
                accept("OF")
                left = .operation("submultiset", [left, try additive()])
            } else {
                return left
            }
        }
    }

    private mutating func inList() throws -> Expression {
        guard isSymbol("(") else { return try additive() }
        if isWord("SELECT", at: 1) || isWord("WITH", at: 1) {
            advance()
            let query = try self.query()
            try expectSymbol(")")
            return .subquery(query)
        }
        advance()
        var items: [Expression] = []
        if !isSymbol(")") {
            repeat { items.append(try expression()) } while acceptSymbol(",")
        }
        try expectSymbol(")")
        return .operation("list", items)
    }

    /// A chain of `+ - || ...` as one operation (named by its operator when all are the same), so long chains stay flat.
    mutating func additive() throws -> Expression {
        var operands = [try multiplicative()]
        var name: String?
        while (current.kind == .symbol && Self.additiveSymbols.contains(current.text)) || isMultisetOperator {
            if current.kind == .word { // Oracle `a MULTISET UNION [ALL | DISTINCT] b`
                advance()
                advance()
                _ = accept("ALL") || accept("DISTINCT")
                name = "arithmetic"
            } else {
                name = name == nil || name == current.text ? current.text : "arithmetic"
                advance()
            }
            operands.append(try multiplicative())
        }
        return name.map { .operation($0, operands) } ?? operands[0]
    }

    private var isMultisetOperator: Bool {
        isWord("MULTISET") && (isWord("UNION", at: 1) || isWord("INTERSECT", at: 1) || isWord("EXCEPT", at: 1))
    }

    private mutating func multiplicative() throws -> Expression {
        var operands = [try unary()]
        while (current.kind == .symbol && Self.multiplicativeSymbols.contains(current.text)) || isWord(in: Self.wordOperators) {
            if current.kind == .word, isSymbol("(", at: 1) { break }
            advance()
            operands.append(try unary())
        }
        return operands.count == 1 ? operands[0] : .operation("arithmetic", operands)
    }

    mutating func unary() throws -> Expression {
        var signs = 0
        while (current.kind == .symbol && Self.unarySymbols.contains(current.text)) || isWord("PRIOR") || isWord("CONNECT_BY_ROOT")
                || isWord("DISTINCT") {
            if current.kind == .symbol { signs += 1 }
            advance()
        }
        let value = try postfix()
        return signs > 0 ? .operation("unary", [value]) : value
    }

    private mutating func postfix() throws -> Expression {
        var value = try primary()
        while true {
            if dialect.variantPaths, current.kind == .parameter, current.text.hasPrefix(":"), current.range.start == previousEnd {
                advance() // payload:id.name
                value = .operation("path", [value])
            } else if dialect.variantPaths, isSymbol(":"), current.range.start == previousEnd,
                      token(at: 1).kind == .quotedIdentifier || token(at: 1).kind == .word {
                advance() // payload:"quoted key"
                advance()
                value = .operation("path", [value])
            } else if acceptSymbol("::") {
                try skipTypeName()
                value = .operation("cast", [value])
            } else if isSymbol("[") {
                advance()
                var parts = [value]
                if !isSymbol("]") { parts.append(try expression()) }
                while true { // slices `[1:3]`; `:3` may have been read as a parameter
                    if current.kind == .parameter, current.text.hasPrefix(":") {
                        advance()
                        continue
                    }
                    guard acceptSymbol(":") || acceptSymbol(",") else { break }
                    if !isSymbol("]") { parts.append(try expression()) }
                }
                try expectSymbol("]")
                value = .operation("subscript", parts)
            } else if isSymbol("."), token(at: 1).kind == .word || token(at: 1).kind == .quotedIdentifier {
                advance()
                let field = try identifier()
                if isSymbol("(") { // a method call: `xml.EXTRACT('//text()')`
                    guard case .function(var call) = try functionCall(ObjectName([field])) else { continue }
                    call.arguments.insert(value, at: 0)
                    value = .function(call)
                } else {
                    value = .field(value, field)
                }
            } else if accept("AT", "TIME", "ZONE") || accept("AT", "LOCAL") {
                if !isWord("LOCAL", at: -1) { value = .operation("at time zone", [value, try primary()]) }
            } else if accept("COLLATE") {
                _ = try identifier()
            } else {
                return value
            }
        }
    }
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let negatableWords: Set<String> = ["IN", "BETWEEN", "LIKE", "ILIKE", "RLIKE", "REGEXP", "SIMILAR", "MEMBER"]
    fileprivate static let wordOperators: Set<String> = ["DIV", "MOD"]
    fileprivate static let additiveSymbols: Set<String> = ["+", "-", "||", "&", "|", "^", "#", "<<", ">>", "->", "->>", "#>", "#>>", "#-"]
    fileprivate static let multiplicativeSymbols: Set<String> = ["*", "/", "%", "**"]
    fileprivate static let unarySymbols: Set<String> = ["-", "+", "~", "!", "|/", "||/", "@"]
}
