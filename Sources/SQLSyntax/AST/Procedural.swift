/// A stored program: procedure, function, package, package body, trigger (PL/SQL, T-SQL, PL/pgSQL).
public struct ProceduralUnit: Sendable {
    public enum Kind: String, Sendable { case procedure, function, package, packageBody = "package body", trigger }

    public var kind: Kind
    public var name: ObjectName
    public var parameters: [Identifier]
    /// The trigger's table and the names its new and old rows go by.
    public var trigger: Trigger?
    /// Declarations shared by the members of a package body, and the body of a procedure, function or trigger.
    public var body: Block?
    /// The procedures and functions of a package body, each its own unit.
    public var members: [ProceduralUnit]
    public var range: SourceRange

    public init(kind: Kind, name: ObjectName, parameters: [Identifier] = [], trigger: Trigger? = nil, body: Block? = nil,
                members: [ProceduralUnit] = [], range: SourceRange) {
        self.kind = kind
        self.name = name
        self.parameters = parameters
        self.trigger = trigger
        self.body = body
        self.members = members
        self.range = range
    }
}

public struct Trigger: Sendable {
    public var table: ObjectName
    public var newName: String
    public var oldName: String

    public init(table: ObjectName, newName: String = "NEW", oldName: String = "OLD") {
        self.table = table
        self.newName = newName
        self.oldName = oldName
    }
}

/// `[DECLARE ...] BEGIN ... [EXCEPTION ...] END`, or a T-SQL `BEGIN ... END`.
public struct Block: Sendable {
    public var declarations: [Declaration]
    public var statements: [ProceduralStatement]
    /// False for declarations that belong to the enclosing code (T-SQL and BigQuery `DECLARE` statements).
    public var opensScope = true

    public init(declarations: [Declaration] = [], statements: [ProceduralStatement] = []) {
        self.declarations = declarations
        self.statements = statements
    }
}

public enum Declaration: Sendable {
    /// A variable, constant or record: `v NUMBER := 0`, `r t%ROWTYPE`, `c_tab t_tab_type`.
    case variable(Identifier, type: ObjectName?, rowTypeOf: ObjectName?, initial: Expression?)
    /// `CURSOR c [(params)] IS query`.
    case cursor(Identifier, parameters: [Identifier], query: Query)
    /// `TYPE name IS RECORD (field type, ...)`: the field names, in order.
    case recordType(Identifier, fields: [Identifier])
    /// `TYPE name IS TABLE OF element [INDEX BY ...]` and VARRAYs: the element type (`%ROWTYPE` when `rowType`).
    case collectionType(Identifier, element: ObjectName, rowType: Bool)
    case subprogram(ProceduralUnit)
}

/// One statement of procedural code; exception handlers are read as statements of their block.
public indirect enum ProceduralStatement: Sendable {
    case sql(StatementNode)
    /// `target := value`, T-SQL `SET @v = value`, `SELECT @v = col`.
    case assign(target: Expression, value: Expression)
    case block(Block)
    /// IF / ELSIF / ELSE and CASE statements: the conditions, then each branch's statements.
    case branches(conditions: [Expression], bodies: [[ProceduralStatement]])
    /// Any loop; a cursor FOR loop names its record and what it iterates.
    case loop(LoopKind, [ProceduralStatement])
    /// `FORALL i IN ... <DML>`.
    case forall(StatementNode)
    case open(cursor: Identifier, query: Query?, dynamic: Expression?)
    case fetch(cursor: Identifier, into: [Expression])
    /// `EXECUTE IMMEDIATE expr [INTO ...]`, PL/pgSQL `EXECUTE`, T-SQL `EXEC('...')` / `sp_executesql`.
    case execute(Expression, into: [Expression], range: SourceRange)
    /// `RETURN QUERY ...` and other statements that produce a result set.
    case returnQuery(Query)
    /// A procedure call: its arguments are read (a trigger's `:NEW` values, for one) but carry nowhere.
    case call(Expression)
    /// Any other statement that moves no data.
    case other(String)
}

public enum LoopKind: Sendable {
    case plain
    case whileLoop(Expression)
    case numeric(Identifier)
    case cursorQuery(record: Identifier, Query)
    case cursorName(record: Identifier, cursor: Identifier)
    /// PL/pgSQL `FOR r IN EXECUTE text LOOP`.
    case dynamicQuery(record: Identifier, Expression)
}
