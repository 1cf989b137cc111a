/// How a SQL dialect writes names, strings, comments and parameters: data the lexer and parser consult,
/// never a branch on the dialect's name.
public struct Dialect: Sendable, Hashable {
    /// What an unquoted identifier folds to.
    public enum IdentifierCase: Sendable, Hashable { case upper, lower, preserve }

    public var name: String
    public var identifierCase: IdentifierCase
    /// Opening and closing characters of quoted identifiers (`"` `"`, `[` `]`, `` ` `` `` ` ``).
    public var identifierQuotes: [Character: Character]
    /// Characters that open and close string literals.
    public var stringQuotes: Set<Character>
    /// Whether a backslash escapes the next character inside strings (MySQL, Hive).
    public var backslashEscapes: Bool
    /// Oracle's alternative quoting `q'[...]'`, `Q'{...}'`, `nq'<...>'`.
    public var alternativeQuoting: Bool
    /// PostgreSQL's dollar-quoted strings `$$...$$`, `$tag$...$tag$`.
    public var dollarQuoting: Bool
    /// Prefixes that start a comment running to the end of the line.
    public var lineComments: [String]
    /// Whether `/*+ ... */` and `--+ ...` are optimizer hints rather than comments.
    public var hints: Bool
    /// Characters that start a named or numbered bind parameter (`:`, `@`, `$`); `?` is always one.
    public var parameterPrefixes: Set<Character>
    /// Characters besides letters, digits and `_` allowed inside unquoted identifiers (`$`, `#` in Oracle).
    public var identifierExtras: Set<Character>
    /// Characters that may start an identifier besides letters and `_` (`#` for T-SQL temp tables, `@` for variables).
    public var identifierStarts: Set<Character>

    public init(name: String, identifierCase: IdentifierCase, identifierQuotes: [Character: Character] = ["\"": "\""],
                stringQuotes: Set<Character> = ["'"], backslashEscapes: Bool = false, alternativeQuoting: Bool = false,
                dollarQuoting: Bool = false, lineComments: [String] = ["--"], hints: Bool = false,
                parameterPrefixes: Set<Character> = [":"], identifierExtras: Set<Character> = [],
                identifierStarts: Set<Character> = []) {
        self.name = name
        self.identifierCase = identifierCase
        self.identifierQuotes = identifierQuotes
        self.stringQuotes = stringQuotes
        self.backslashEscapes = backslashEscapes
        self.alternativeQuoting = alternativeQuoting
        self.dollarQuoting = dollarQuoting
        self.lineComments = lineComments
        self.hints = hints
        self.parameterPrefixes = parameterPrefixes
        self.identifierExtras = identifierExtras
        self.identifierStarts = identifierStarts
    }

    /// Folds an unquoted identifier the way the dialect stores it.
    public func fold(_ identifier: String) -> String {
        switch identifierCase {
        case .upper: identifier.uppercased()
        case .lower: identifier.lowercased()
        case .preserve: identifier
        }
    }

    public static let oracle = Dialect(name: "oracle", identifierCase: .upper, alternativeQuoting: true, hints: true,
                                       identifierExtras: ["$", "#"])
    public static let postgres = Dialect(name: "postgres", identifierCase: .lower, dollarQuoting: true, parameterPrefixes: ["$", ":"],
                                         identifierExtras: ["$"])
    public static let ansi = Dialect(name: "ansi", identifierCase: .upper)
    public static let tsql = Dialect(name: "tsql", identifierCase: .preserve, identifierQuotes: ["\"": "\"", "[": "]"],
                                     parameterPrefixes: ["@"], identifierExtras: ["$", "#", "@"], identifierStarts: ["#", "@"])
    public static let mysql = Dialect(name: "mysql", identifierCase: .preserve, identifierQuotes: ["`": "`"],
                                      stringQuotes: ["'", "\""], backslashEscapes: true, lineComments: ["--", "#"], hints: true,
                                      parameterPrefixes: ["@"], identifierExtras: ["$"])
    public static let snowflake = Dialect(name: "snowflake", identifierCase: .upper, dollarQuoting: true,
                                          lineComments: ["--", "//"], parameterPrefixes: [":", "$"], identifierExtras: ["$"])
    public static let bigquery = Dialect(name: "bigquery", identifierCase: .preserve, identifierQuotes: ["`": "`"],
                                         stringQuotes: ["'", "\""], backslashEscapes: true, lineComments: ["--", "#"],
                                         parameterPrefixes: ["@"])
    public static let hive = Dialect(name: "hive", identifierCase: .lower, identifierQuotes: ["`": "`"],
                                     stringQuotes: ["'", "\""], backslashEscapes: true, hints: true, parameterPrefixes: ["$"])
    public static let redshift = Dialect(name: "redshift", identifierCase: .lower, dollarQuoting: true,
                                         parameterPrefixes: ["$", ":"], identifierExtras: ["$"])

    /// Every built-in dialect, by name.
    public static let all: [String: Dialect] = Dictionary(
        uniqueKeysWithValues: [oracle, postgres, ansi, tsql, mysql, snowflake, bigquery, hive, redshift].map { ($0.name, $0) })
}
