/// A query expression: optional WITH clause, a body, and ordering.
public struct Query: Sendable {
    public var with: [CommonTableExpression]
    public var body: QueryBody
    public var orderBy: [Expression]

    public init(with: [CommonTableExpression] = [], body: QueryBody, orderBy: [Expression] = []) {
        self.with = with
        self.body = body
        self.orderBy = orderBy
    }
}

/// `name [(columns)] AS (query)` in a WITH clause.
public struct CommonTableExpression: Sendable {
    public var name: Identifier
    public var columns: [Identifier]
    public var query: Query
    public var recursive: Bool

    public init(name: Identifier, columns: [Identifier], query: Query, recursive: Bool) {
        self.name = name
        self.columns = columns
        self.query = query
        self.recursive = recursive
    }
}

public enum SetOperator: String, Sendable {
    case union, unionAll = "union all", intersect, except
}

/// The part of a query that produces rows.
public indirect enum QueryBody: Sendable {
    case select(Select)
    /// `first UNION ... INTERSECT ... EXCEPT ...`, kept flat so long chains do not nest.
    case setOperation(QueryBody, [(SetOperator, QueryBody)])
    /// `VALUES (...), (...)`.
    case values([[Expression]])
    /// A parenthesised query with its own WITH or ORDER BY.
    case nested(Query)
    /// A data-modifying statement used as a query (`WITH x AS (INSERT ... RETURNING ...)`).
    case statement(Statement)
}

/// One SELECT block.
public struct Select: Sendable {
    public var items: [SelectItem] = []
    /// `INTO` targets: variables in procedural code, or one new table (T-SQL, PostgreSQL `SELECT ... INTO t`).
    public var into: [Expression] = []
    public var bulkCollect = false
    /// `INTO TEMP t` (PostgreSQL): the new table is temporary.
    public var intoTemporary = false
    public var from: [TableReference] = []
    public var whereClause: Expression?
    public var groupBy: [Expression] = []
    public var having: Expression?
    /// START WITH and CONNECT BY conditions.
    public var hierarchy: [Expression] = []
    public var qualify: Expression?
    /// `DISTINCT ON (...)` expressions.
    public var distinctOn: [Expression] = []
    /// Named windows of the WINDOW clause.
    public var windows: [Identifier: WindowSpecification] = [:]

    public init() {}
}

/// One item of a select list.
public struct SelectItem: Sendable {
    public var expression: Expression
    public var alias: Identifier?
    /// Columns left out of a star: `* EXCEPT (a)` (BigQuery), `* EXCLUDE (a)` (Snowflake).
    public var excluded: [Identifier]
    /// Columns renamed in a star: `* RENAME (a AS b)` (Snowflake).
    public var renamed: [(from: Identifier, to: Identifier)] = []

    public init(expression: Expression, alias: Identifier?, excluded: [Identifier] = []) {
        self.expression = expression
        self.alias = alias
        self.excluded = excluded
    }
}

/// Something in a FROM clause.
public indirect enum TableReference: Sendable {
    case table(ObjectName, alias: Identifier?)
    /// An inline view; `lateral` for LATERAL, CROSS APPLY and OUTER APPLY.
    case derived(Query, alias: Identifier?, columns: [Identifier], lateral: Bool)
    /// A table function: `TABLE(...)`, `UNNEST(...)`, `FLATTEN(...)`, `LATERAL VIEW explode(...)`, `generate_series(...)`.
    case function(Expression, alias: Identifier?, columns: [Identifier])
    case join(Join)
    case pivot(TableReference, Pivot, alias: Identifier?)
    case matchRecognize(TableReference, RowPattern, alias: Identifier?)
}

public struct Join: Sendable {
    public enum Kind: String, Sendable { case inner, left, right, full, cross, natural, apply }
    public var kind: Kind
    public var left: TableReference
    public var right: TableReference
    public var on: Expression?
    public var using: [Identifier]

    public init(kind: Kind, left: TableReference, right: TableReference, on: Expression?, using: [Identifier]) {
        self.kind = kind
        self.left = left
        self.right = right
        self.on = on
        self.using = using
    }
}

/// `PIVOT (agg(x) [AS a], ... FOR col IN (v [AS alias], ...))` or `UNPIVOT (value FOR name IN (col [AS v], ...))`.
public struct Pivot: Sendable {
    public var unpivot: Bool
    /// PIVOT: the aggregates; UNPIVOT: the value column names.
    public var values: [SelectItem]
    /// The FOR columns.
    public var forColumns: [Identifier]
    /// The IN list: PIVOT values with their aliases, or UNPIVOT source columns.
    public var inList: [SelectItem]
    /// `PIVOT (...) AS p (c1, c2, ...)`: names for the result's columns, in order (Snowflake).
    public var columnNames: [Identifier] = []

    public init(unpivot: Bool, values: [SelectItem], forColumns: [Identifier], inList: [SelectItem]) {
        self.unpivot = unpivot
        self.values = values
        self.forColumns = forColumns
        self.inList = inList
    }
}

/// `MATCH_RECOGNIZE (PARTITION BY ... ORDER BY ... MEASURES ... PATTERN (...) DEFINE ...)`.
public struct RowPattern: Sendable {
    public var partitionBy: [Expression] = []
    public var orderBy: [Expression] = []
    public var measures: [SelectItem] = []
    /// `ALL ROWS PER MATCH`: the input's columns pass through too.
    public var allRows = false
    /// The pattern variables (`STRT`, `DOWN`): names that qualify the input's columns in measures and conditions.
    public var variables: [Identifier] = []
    public var definitions: [Expression] = []

    public init() {}
}
