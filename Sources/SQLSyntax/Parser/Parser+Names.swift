extension Parser {
    /// One name part: an unquoted word or a quoted identifier.
    mutating func identifier() throws -> Identifier {
        let token = current
        switch token.kind {
        case .word:
            advance()
            return Identifier(token.text)
        case .quotedIdentifier:
            advance()
            return Identifier(token.value, quoted: true)
        default:
            throw failure("expected a name")
        }
    }

    /// `a.b.c` in an expression, possibly ending in `.*`.
    mutating func dottedName() throws -> (ObjectName, star: Bool) {
        var parts = [try identifier()]
        while isSymbol(".") {
            if isSymbol("*", at: 1) {
                advance()
                advance()
                return (ObjectName(parts), true)
            }
            guard token(at: 1).kind == .word || token(at: 1).kind == .quotedIdentifier else { break }
            advance()
            parts.append(try identifier())
        }
        return (ObjectName(parts), false)
    }

    /// A table or program name: `schema.table`, `db..table` (T-SQL), `schema.table@link` (Oracle), `` `project.dataset.table` ``.
    mutating func objectName() throws -> ObjectName {
        var parts: [Identifier] = []
        parts.append(contentsOf: try splitQuotedDots(try identifier()))
        while isSymbol(".") || isSymbol("..") {
            if isSymbol("..") { advance() } else { advance() }
            guard current.kind == .word || current.kind == .quotedIdentifier else { throw failure("expected a name after '.'") }
            parts.append(contentsOf: try splitQuotedDots(try identifier()))
        }
        var link: [Identifier] = []
        if dialect.databaseLinks, isSymbol("@"), token(at: 1).kind == .word || token(at: 1).kind == .quotedIdentifier {
            advance()
            link.append(try identifier())
            while isSymbol("."), token(at: 1).kind == .word { advance(); link.append(try identifier()) }
        }
        return ObjectName(parts, link: link)
    }

    /// BigQuery and Hive quote whole paths in one pair of backticks: `` `project.dataset.table` `` is three parts.
    private func splitQuotedDots(_ identifier: Identifier) throws -> [Identifier] {
        guard identifier.quoted, dialect.identifierQuotes["`"] != nil, identifier.text.contains(".") else { return [identifier] }
        return identifier.text.split(separator: ".").map { Identifier(String($0), quoted: true) }
    }

    /// An alias after an expression or table: `AS name`, or a name that is not a reserved word.
    mutating func alias(allowString: Bool = true) throws -> Identifier? {
        if accept("AS") {
            if allowString, current.kind == .string {
                let text = current.value
                advance()
                return Identifier(text, quoted: true)
            }
            return try identifier()
        }
        if current.kind == .quotedIdentifier { return try identifier() }
        if allowString, dialect.stringAliases, current.kind == .string {
            let text = current.value
            advance()
            return Identifier(text, quoted: true)
        }
        if current.kind == .word, !isWord(in: dialect.reservedWords), !isSymbol("(", at: 1) || isFollowedByColumnList {
            return try identifier()
        }
        return nil
    }

    /// Whether the word at the cursor is followed by `(names)` as in `alias(c1, c2)`.
    private var isFollowedByColumnList: Bool {
        var offset = 2
        while token(at: offset).kind == .word || token(at: offset).kind == .quotedIdentifier {
            offset += 1
            if isSymbol(")", at: offset) { return true }
            guard isSymbol(",", at: offset) else { return false }
            offset += 1
        }
        return false
    }

    /// `(entry, entry, ...)`: the name each entry starts with, for column definitions, parameter lists and typed
    /// alias lists. `modes` words before a name are passed over (`IN OUT`); entries that start with one of `unnamed`
    /// (constraints) give no name; T-SQL `@p` parameters keep their `@`.
    mutating func entryNames(modes: Set<String> = [], unnamed: Set<String> = []) throws -> [Identifier] {
        try expectSymbol("(")
        var names: [Identifier] = []
        while !atEnd, !isSymbol(")") {
            while isWord(in: modes) { advance() }
            if current.kind == .parameter {
                names.append(Identifier("@" + current.value))
                advance()
            } else if current.kind == .quotedIdentifier || (current.kind == .word && !isWord(in: unnamed)) {
                names.append(try identifier())
            }
            var depth = 0
            while !atEnd, !(depth == 0 && (isSymbol(",") || isSymbol(")"))) {
                if isSymbol("(") { depth += 1 } else if isSymbol(")") { depth -= 1 }
                advance()
            }
            acceptSymbol(",")
        }
        try expectSymbol(")")
        return names
    }

    /// `(a, b, c)`: a parenthesised list of names.
    mutating func nameList() throws -> [Identifier] {
        try expectSymbol("(")
        var names: [Identifier] = []
        repeat {
            let (name, _) = try dottedName()
            names.append(name.last)
            if isWord("ASC") || isWord("DESC") { advance() }
        } while acceptSymbol(",")
        try expectSymbol(")")
        return names
    }
}
