/// A SQL or procedural expression, kept only as finely as lineage needs it.
public indirect enum Expression: Sendable {
    /// A column, variable, record field or other dotted name (`a`, `t.a`, `s.t.a`, `rec.field`, `seq.NEXTVAL`).
    case name(ObjectName)
    /// `*` or `t.*`.
    case star(qualifier: ObjectName?)
    /// A string literal (its content), kept so dynamic SQL made of literals can be read.
    case string(String)
    /// A number, boolean, NULL, date or interval literal.
    case literal(String)
    /// A bind variable (`:x`, `@x`, `?`), with record fields after it (`:NEW.SALARY`).
    case parameter(String, fields: [Identifier])
    case function(FunctionCall)
    case caseWhen(CaseExpression)
    /// A subquery used as a value or a list (`(SELECT ...)`, `IN (SELECT ...)`).
    case subquery(Query)
    case exists(Query)
    /// A field of a value that is not a plain name: `l_tab(i).amount`, `(rec).x`.
    case field(Expression, Identifier)
    /// Operators, lists, CAST, BETWEEN, LIKE, IS NULL, ...: `name` says which; lineage treats them alike.
    case operation(String, [Expression])
}

/// A function or aggregate call, with its analytic and ordered-set clauses.
public struct FunctionCall: Sendable {
    public var name: ObjectName
    public var arguments: [Expression]
    public var distinct: Bool
    /// `WITHIN GROUP (ORDER BY ...)` and `KEEP (DENSE_RANK FIRST ORDER BY ...)` expressions.
    public var withinGroup: [Expression]
    public var filter: Expression?
    public var over: WindowSpecification?

    public init(name: ObjectName, arguments: [Expression], distinct: Bool = false, withinGroup: [Expression] = [],
                filter: Expression? = nil, over: WindowSpecification? = nil) {
        self.name = name
        self.arguments = arguments
        self.distinct = distinct
        self.withinGroup = withinGroup
        self.filter = filter
        self.over = over
    }
}

/// `OVER (PARTITION BY ... ORDER BY ...)` or `OVER w`.
public struct WindowSpecification: Sendable {
    public var name: Identifier?
    public var partitionBy: [Expression]
    public var orderBy: [Expression]

    public init(name: Identifier? = nil, partitionBy: [Expression] = [], orderBy: [Expression] = []) {
        self.name = name
        self.partitionBy = partitionBy
        self.orderBy = orderBy
    }
}

/// `CASE [operand] WHEN ... THEN ... ELSE ... END`.
public struct CaseExpression: Sendable {
    public var operand: Expression?
    public var branches: [(condition: Expression, result: Expression)]
    public var otherwise: Expression?

    public init(operand: Expression?, branches: [(condition: Expression, result: Expression)], otherwise: Expression?) {
        self.operand = operand
        self.branches = branches
        self.otherwise = otherwise
    }
}
