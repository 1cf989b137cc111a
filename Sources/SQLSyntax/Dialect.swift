/// How a SQL dialect writes names, strings, comments and parameters: data the lexer and parser consult,
/// never a branch on the dialect's name.
public struct Dialect: Sendable, Hashable {
    /// What an unquoted identifier folds to.
    public enum IdentifierCase: Sendable, Hashable { case upper, lower, preserve }

    public var name: String
    public var identifierCase: IdentifierCase
    /// Opening and closing characters of quoted identifiers (`"` `"`, `[` `]`, `` ` `` `` ` ``).
    public var identifierQuotes: [Character: Character] { didSet { byteClasses = ByteClasses(self) } }
    /// Characters that open and close string literals.
    public var stringQuotes: Set<Character> { didSet { byteClasses = ByteClasses(self) } }
    /// Whether a backslash escapes the next character inside strings (MySQL, Hive).
    public var backslashEscapes: Bool
    /// Oracle's alternative quoting `q'[...]'`, `Q'{...}'`, `nq'<...>'`.
    public var alternativeQuoting: Bool
    /// PostgreSQL's dollar-quoted strings `$$...$$`, `$tag$...$tag$`.
    public var dollarQuoting: Bool
    /// Prefixes that start a comment running to the end of the line.
    public var lineComments: [String] { didSet { byteClasses = ByteClasses(self) } }
    /// Whether `/*+ ... */` and `--+ ...` are optimizer hints rather than comments.
    public var hints: Bool
    /// Characters that start a named or numbered bind parameter (`:`, `@`, `$`); `?` is always one.
    public var parameterPrefixes: Set<Character> { didSet { byteClasses = ByteClasses(self) } }
    /// Characters besides letters, digits and `_` allowed inside unquoted identifiers (`$`, `#` in Oracle).
    public var identifierExtras: Set<Character> { didSet { byteClasses = ByteClasses(self) } }
    /// Characters that may start an identifier besides letters and `_` (`#` for T-SQL temp tables, `@` for variables).
    public var identifierStarts: Set<Character> { didSet { byteClasses = ByteClasses(self) } }
    /// The lexer's per-byte tables, derived from the quotes and identifier characters above.
    private(set) var byteClasses = ByteClasses()
    /// Words never taken as implicit aliases (upper case).
    public var reservedWords: Set<String> = Keywords.clauseWords
    /// Spellings of words with a parser meaning (`MINUS` -> `.except`).
    public var keywords: [String: Keyword] = ["EXCEPT": .except]
    /// Names that look like columns but read no table (`SYSDATE`, `ROWNUM`, `LEVEL`), upper case.
    public var pseudoColumns: Set<String> = Keywords.pseudoColumns
    /// Tables that hold no data of their own (`DUAL`), upper case.
    public var pseudoTables: Set<String> = []
    /// Last name parts that make a dotted name a sequence value (`seq.NEXTVAL`), upper case.
    public var sequenceFields: Set<String> = []
    /// Oracle's `(+)` outer join marker after a column.
    public var outerJoinMarker = false
    /// `name@link` database links.
    public var databaseLinks = false
    /// A line holding only `/` ends a statement or program unit (SQL*Plus).
    public var slashTerminator = false
    /// A line holding only this word separates batches (T-SQL `GO`).
    public var batchSeparator: String?
    /// Tables that stand for a trigger's new and old rows (T-SQL `inserted`, `deleted`), upper case.
    public var triggerRowTables: Set<String> = []
    /// `SELECT ... INTO name` creates a table even inside procedures (T-SQL); elsewhere in procedural code it fills variables.
    public var selectIntoCreatesTable = false
    /// `column:path.to.field` reads inside a semi-structured value (Snowflake).
    public var variantPaths = false
    /// `expr 'Alias'` and `'Alias' = expr` name select items with string literals (T-SQL).
    public var stringAliases = false
    /// `/* /* */ */` nests (PostgreSQL).
    public var nestedComments = false
    /// `?` is a bind parameter; PostgreSQL reads it as a JSON operator instead.
    public var questionMarkParameters = true { didSet { byteClasses = ByteClasses(self) } }
    /// SQL*Plus commands whose rest of line is free text (`PROMPT today's load`), upper case: read as comments.
    public var freeTextLineCommands: Set<String> = []
    /// Oracle conditional compilation (`$IF ... $THEN ... $ELSE ... $END`, `$$PLSQL_UNIT`): every branch is read.
    public var conditionalCompilation = false
    /// `FROM t, t.array_column` unnests a column of an earlier table (BigQuery, Redshift SUPER).
    public var implicitUnnest = false
    /// Statements may end without `;` (T-SQL): a line that starts a statement or block word ends the one before.
    public var optionalTerminators = false
    /// `DECLARE name type [DEFAULT value];` is a statement of a script, not the start of a block (BigQuery).
    public var declareStatements = false
    /// `UPDATE t ... FROM t AS x JOIN ...` (and DELETE): when the FROM clause names the written table once, that
    /// reference is the written row (T-SQL), not a second read of the table.
    public var updateFromNamesTarget = false
    /// `EXEC name ...` calls a procedure (T-SQL, MySQL); elsewhere `EXECUTE text` runs dynamic SQL.
    public var executeCallsProcedures = false
    /// Hive's `FROM src INSERT ... SELECT ... INSERT ... SELECT ...` multi-insert.
    public var fromFirstInserts = false
    /// `SELECT alias = expression` names a select item (T-SQL).
    public var equalsAliases = false
    /// Client commands that run to the end of their line without a terminator (SQL*Plus `SET`, `PROMPT`), upper case.
    public var lineCommands: Set<String> = []

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
        byteClasses = ByteClasses(self)
    }

    /// Folds an unquoted identifier the way the dialect stores it.
    public func fold(_ identifier: String) -> String {
        switch identifierCase {
        case .upper: identifier.uppercased()
        case .lower: identifier.lowercased()
        case .preserve: identifier
        }
    }

    public static let oracle: Dialect = {
        var dialect = Dialect(name: "oracle", identifierCase: .upper, alternativeQuoting: true, hints: true,
                              identifierExtras: ["$", "#"])
        dialect.keywords["MINUS"] = .except
        dialect.pseudoColumns.formUnion(["SYSDATE", "SYSTIMESTAMP", "ROWNUM", "ROWID", "LEVEL", "UID", "ORA_ROWSCN",
                                         "CONNECT_BY_ISLEAF", "CONNECT_BY_ISCYCLE", "DBTIMEZONE", "SESSIONTIMEZONE", "SQLCODE", "SQLERRM"])
        dialect.pseudoTables = ["DUAL"]
        dialect.sequenceFields = ["NEXTVAL", "CURRVAL"]
        dialect.outerJoinMarker = true
        dialect.freeTextLineCommands = ["PROMPT", "PRO", "REM", "REMARK"]
        dialect.conditionalCompilation = true
        dialect.databaseLinks = true
        dialect.slashTerminator = true
        dialect.lineCommands = ["SET", "PROMPT", "SPOOL", "WHENEVER", "EXIT", "QUIT", "REM", "REMARK", "DEFINE", "UNDEFINE",
                                "CONNECT", "CONN", "SHOW", "COLUMN", "TTITLE", "BTITLE", "BREAK", "COMPUTE", "VARIABLE", "ACCEPT",
                                "PAUSE", "HOST", "TIMING", "EXEC", "EXECUTE", "@", "@@"]
        dialect.reservedWords.formUnion(["CONNECT_BY_ROOT", "PRIOR", "NOCYCLE"])
        return dialect
    }()
    public static let postgres: Dialect = {
        var dialect = Dialect(name: "postgres", identifierCase: .lower, dollarQuoting: true, parameterPrefixes: ["$", ":"],
                              identifierExtras: ["$"])
        dialect.pseudoColumns.formUnion(["NOW", "CURRENT_SCHEMA", "CURRENT_CATALOG"])
        dialect.nestedComments = true
        dialect.questionMarkParameters = false
        dialect.reservedWords.formUnion(["CONFLICT", "DISTINCT"])
        return dialect
    }()
    public static let ansi = Dialect(name: "ansi", identifierCase: .upper)
    public static let tsql: Dialect = {
        var dialect = Dialect(name: "tsql", identifierCase: .preserve, identifierQuotes: ["\"": "\"", "[": "]"],
                              parameterPrefixes: ["@"], identifierExtras: ["$", "#", "@"], identifierStarts: ["#", "@"])
        dialect.batchSeparator = "GO"
        dialect.equalsAliases = true
        dialect.selectIntoCreatesTable = true
        dialect.stringAliases = true
        dialect.optionalTerminators = true
        dialect.updateFromNamesTarget = true
        dialect.executeCallsProcedures = true
        dialect.triggerRowTables = ["INSERTED", "DELETED"]
        dialect.pseudoColumns.formUnion(["GETDATE", "SYSDATETIME", "GETUTCDATE", "@@ROWCOUNT", "@@ERROR", "@@IDENTITY"])
        dialect.reservedWords.formUnion(["TOP", "OUTPUT", "TRY", "CATCH", "NOLOCK"])
        return dialect
    }()
    public static let mysql: Dialect = {
        var dialect = Dialect(name: "mysql", identifierCase: .preserve, identifierQuotes: ["`": "`"],
                              stringQuotes: ["'", "\""], backslashEscapes: true, lineComments: ["--", "#"], hints: true,
                              parameterPrefixes: ["@"], identifierExtras: ["$"])
        dialect.executeCallsProcedures = true
        return dialect
    }()
    public static let snowflake: Dialect = {
        var dialect = Dialect(name: "snowflake", identifierCase: .upper, dollarQuoting: true,
                              lineComments: ["--", "//"], parameterPrefixes: [":", "$"], identifierExtras: ["$"])
        dialect.keywords["MINUS"] = .except
        dialect.sequenceFields = ["NEXTVAL"]
        dialect.variantPaths = true
        dialect.pseudoColumns.formUnion(["SYSDATE", "CURRENT_WAREHOUSE", "CURRENT_ROLE"])
        return dialect
    }()
    public static let bigquery: Dialect = {
        var dialect = Dialect(name: "bigquery", identifierCase: .preserve, identifierQuotes: ["`": "`"],
                              stringQuotes: ["'", "\""], backslashEscapes: true, lineComments: ["--", "#"], parameterPrefixes: ["@"])
        dialect.implicitUnnest = true
        dialect.declareStatements = true
        return dialect
    }()
    public static let hive: Dialect = {
        var dialect = Dialect(name: "hive", identifierCase: .lower, identifierQuotes: ["`": "`"],
                              stringQuotes: ["'", "\""], backslashEscapes: true, hints: true, parameterPrefixes: ["$"])
        dialect.fromFirstInserts = true
        return dialect
    }()
    public static let redshift: Dialect = {
        var dialect = Dialect(name: "redshift", identifierCase: .lower, dollarQuoting: true,
                              parameterPrefixes: ["$", ":"], identifierExtras: ["$"])
        dialect.keywords["MINUS"] = .except
        dialect.pseudoColumns.formUnion(["SYSDATE", "GETDATE"])
        dialect.implicitUnnest = true
        return dialect
    }()

    /// Every built-in dialect, by name.
    public static let all: [String: Dialect] = Dictionary(
        uniqueKeysWithValues: [oracle, postgres, ansi, tsql, mysql, snowflake, bigquery, hive, redshift].map { ($0.name, $0) })
}

/// Per-byte answers the lexer asks for every character: built once per dialect, not once per text.
struct ByteClasses: Sendable, Hashable {
    /// May the byte continue an unquoted identifier (letters, digits, `_`, non-ASCII, the dialect's extras)?
    var identifier = [Bool](repeating: false, count: 256)
    /// May it start one?
    var identifierStart = [Bool](repeating: false, count: 256)
    /// Does it open a string literal?
    var stringQuote = [Bool](repeating: false, count: 256)
    /// Does it open a quoted identifier?
    var identifierQuote = [Bool](repeating: false, count: 256)
    /// Does it start a bind parameter (`?` always)?
    var parameterPrefix = [Bool](repeating: false, count: 256)
    /// May a comment start with it?
    var commentStart = [Bool](repeating: false, count: 256)

    init() {}

    init(_ dialect: Dialect) {
        for byte in 0..<256 {
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            identifier[byte] = letter || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte >= 0x80
            identifierStart[byte] = letter || byte == 0x5F || byte >= 0x80
        }
        for extra in dialect.identifierExtras { if let ascii = extra.asciiValue { identifier[Int(ascii)] = true } }
        for extra in dialect.identifierStarts { if let ascii = extra.asciiValue { identifierStart[Int(ascii)] = true } }
        for quote in dialect.stringQuotes { if let ascii = quote.asciiValue { stringQuote[Int(ascii)] = true } }
        for quote in dialect.identifierQuotes.keys { if let ascii = quote.asciiValue { identifierQuote[Int(ascii)] = true } }
        for prefix in dialect.parameterPrefixes { if let ascii = prefix.asciiValue { parameterPrefix[Int(ascii)] = true } }
        parameterPrefix[Int(UInt8(ascii: "?"))] = dialect.questionMarkParameters
        for comment in dialect.lineComments { if let first = comment.utf8.first { commentStart[Int(first)] = true } }
        commentStart[Int(UInt8(ascii: "/"))] = true
    }
}
