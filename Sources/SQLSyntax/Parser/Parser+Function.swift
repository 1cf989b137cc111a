extension Parser {
    /// Words that may open a function argument without being part of its value (`TRIM(BOTH ' ' FROM x)`).
    private static let argumentPrefixes: Set<String> = ["BOTH", "LEADING", "TRAILING", "DISTINCT", "ALL", "UNIQUE"]
    /// Words that introduce an argument when a value follows them (`KEY 'k'`, `CONTENT expr`).
    private static let argumentKeywords: Set<String> = ["KEY", "CONTENT", "DOCUMENT", "WELLFORMED"]
    /// Words that join parts of one argument (`SUBSTRING(x FROM 1 FOR 2)`, `POSITION(a IN b)`).
    private static let argumentJoiners: Set<String> = ["FROM", "FOR", "IN", "USING", "SEPARATOR", "DEFAULT", "PASSING", "ESCAPE"]
    /// Words that may follow an argument and carry no value (`IGNORE NULLS`, `ON OVERFLOW TRUNCATE`).
    private static let argumentTrailers: Set<String> = ["IGNORE", "RESPECT", "NULLS", "ON", "OVERFLOW", "TRUNCATE", "ERROR", "EMPTY",
                                                        "WITH", "WITHOUT", "COUNT", "NULL", "ABSENT", "RETURNING", "FORMAT", "JSON",
                                                        "WRAPPER", "CONDITIONAL", "UNCONDITIONAL", "ARRAY", "KEYS", "STRICT", "LAX"]
    /// Date units that appear as bare words in date functions (`DATEADD(day, 1, d)`).
    private static let dateUnits: Set<String> = ["YEAR", "YY", "YYYY", "QUARTER", "QQ", "Q", "MONTH", "MM", "M", "WEEK", "WK", "WW",
                                                 "DAY", "DD", "D", "DAYOFYEAR", "DY", "Y", "WEEKDAY", "DW", "HOUR", "HH", "MINUTE",
                                                 "MI", "N", "SECOND", "SS", "S", "MILLISECOND", "MS", "MICROSECOND", "MCS",
                                                 "NANOSECOND", "NS", "ISOWEEK", "ISO_WEEK", "DAYOFWEEK", "EPOCH", "DECADE", "CENTURY"]

    /// Whether a function takes bare date units (`DATEADD`, `DATE_TRUNC`, `TIMESTAMPDIFF`, `EXTRACT`).
    private static func isDateFunction(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        for pattern in ["DATE", "TIME"] {
            let needle = Array(pattern.utf8)
            if bytes.count >= needle.count, (0...(bytes.count - needle.count)).contains(where: { bytes[$0..<$0 + needle.count].elementsEqual(needle) }) {
                return true
            }
        }
        return false
    }

    /// A call: arguments, then `WITHIN GROUP`, `KEEP`, `FILTER`, `IGNORE NULLS` and `OVER`.
    mutating func functionCall(_ name: ObjectName) throws -> Expression {
        try expectSymbol("(")
        var call = FunctionCall(name: name, arguments: [])
        let upperName = name.last.quoted ? "" : name.last.text.uppercased()
        let typeFirst = upperName == "CONVERT" || upperName == "TRY_CONVERT" || upperName == "IDENTITY"
        if upperName == "XMLELEMENT" || upperName == "XMLPI" { // the element name is a name, not a column
            accept("NAME")
            accept("EVALNAME") ? call.arguments.append(try expression()) : advance()
            acceptSymbol(",")
        }
        while !isSymbol(")") && !atEnd {
            if isWord(in: Self.argumentPrefixes) {
                if isWord("DISTINCT") { call.distinct = true }
                advance()
                if isSymbol(")") || isSymbol(",") { continue }
            }
            if isWord(in: Self.argumentKeywords), !isSymbol(")", at: 1), !isSymbol(",", at: 1), !isSymbol(".", at: 1) {
                advance() // JSON_OBJECT(KEY 'k' VALUE v), XMLSERIALIZE(CONTENT x AS CLOB)
            }
            if typeFirst, call.arguments.isEmpty, current.kind == .word, isSymbol(",", at: 1) || isSymbol("(", at: 1) {
                try skipTypeName()
                call.arguments.append(.literal("type"))
            } else if isWord(in: Self.dateUnits), isSymbol(",", at: 1) || isSymbol(")", at: 1), Self.isDateFunction(upperName) {
                advance()
                call.arguments.append(.literal("unit"))
            } else if isSymbol("*"), isSymbol(")", at: 1) || isSymbol(",", at: 1) {
                advance()
                call.arguments.append(.literal("*"))
            } else {
                if current.kind == .word, isSymbol("=>", at: 1) || (isSymbol(":=", at: 1)) { advance(); advance() }
                call.arguments.append(try expression())
            }
            try argumentTail(&call)
            if !acceptSymbol(",") { break }
        }
        try expectSymbol(")")
        try callClauses(&call)
        return .function(call)
    }

    private mutating func argumentTail(_ call: inout FunctionCall) throws {
        while !atEnd, !isSymbol(","), !isSymbol(")") {
            if accept("AS") {
                try skipTypeName()
            } else if isWord("COLUMNS") { // XMLTABLE / JSON_TABLE column definitions name outputs, not inputs
                var depth = 0
                while !atEnd, !(depth == 0 && isSymbol(")")) {
                    if isSymbol("(") { depth += 1 } else if isSymbol(")") { depth -= 1 }
                    advance()
                }
            } else if accept("ORDER") {
                try expect("BY")
                call.withinGroup += try orderList()
            } else if acceptSymbol(":") || accept("VALUE") { // JSON_OBJECT('k' : v), JSON_OBJECT(KEY 'k' VALUE v)
                call.arguments.append(try expression())
            } else if isWord(in: Self.argumentJoiners) {
                advance()
                call.arguments.append(try expression())
            } else if isWord(in: Self.argumentTrailers) || current.kind == .word || current.kind == .string || current.kind == .number {
                advance() // RETURNING NUMBER, ON OVERFLOW TRUNCATE '...' WITH COUNT, NULL ON NULL
            } else if isSymbol("("), current.kind == .symbol, !(call.arguments.isEmpty) {
                skipParenthesised()
            } else if accept("LIMIT") {
                _ = try expression()
            } else {
                throw failure("expected ',' or ')' in the arguments of \(call.name)")
            }
        }
    }

    private mutating func callClauses(_ call: inout FunctionCall) throws {
        while true {
            if accept("WITHIN", "GROUP") {
                try expectSymbol("(")
                try expect("ORDER")
                try expect("BY")
                call.withinGroup += try orderList()
                try expectSymbol(")")
            } else if accept("KEEP") {
                try expectSymbol("(")
                advance() // DENSE_RANK
                advance() // FIRST | LAST
                try expect("ORDER")
                try expect("BY")
                call.withinGroup += try orderList()
                try expectSymbol(")")
            } else if accept("FILTER") {
                try expectSymbol("(")
                try expect("WHERE")
                call.filter = try expression()
                try expectSymbol(")")
            } else if accept("IGNORE", "NULLS") || accept("RESPECT", "NULLS") || accept("FROM", "FIRST") || accept("FROM", "LAST") {
                continue
            } else if accept("OVER") {
                call.over = try windowSpecification()
            } else {
                return
            }
        }
    }

    /// `OVER name` or `OVER ([name] [PARTITION BY ...] [ORDER BY ...] [frame])`.
    mutating func windowSpecification() throws -> WindowSpecification {
        guard acceptSymbol("(") else { return WindowSpecification(name: try identifier()) }
        var window = WindowSpecification()
        if current.kind == .word, !isWord(in: Self.windowClauseWords) { window.name = try identifier() }
        if accept("PARTITION") {
            try expect("BY")
            repeat { window.partitionBy.append(try expression()) } while acceptSymbol(",")
        }
        if accept("ORDER") {
            try expect("BY")
            window.orderBy = try orderList()
        }
        var depth = 0
        while !atEnd, !(depth == 0 && isSymbol(")")) { // the frame carries no columns
            if isSymbol("(") { depth += 1 } else if isSymbol(")") { depth -= 1 }
            advance()
        }
        try expectSymbol(")")
        return window
    }

    /// `expr [ASC|DESC] [NULLS FIRST|LAST], ...`.
    mutating func orderList() throws -> [Expression] {
        var items: [Expression] = []
        repeat {
            items.append(try expression())
            _ = accept("ASC") || accept("DESC")
            if accept("NULLS") { advance() }
            if accept("USING") { advance() }
        } while acceptSymbol(",")
        return items
    }
}

// Word and symbol sets of this file, built once rather than per call.
extension Parser {
    fileprivate static let windowClauseWords: Set<String> = ["PARTITION", "ORDER", "ROWS", "RANGE", "GROUPS"]
}
