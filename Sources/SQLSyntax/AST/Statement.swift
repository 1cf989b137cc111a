/// A parsed statement, with where it stands in the source.
public struct StatementNode: Sendable {
    public var statement: Statement
    public var range: SourceRange

    public init(_ statement: Statement, range: SourceRange) {
        self.statement = statement
        self.range = range
    }
}

/// What one statement does.
public indirect enum Statement: Sendable {
    case query(Query)
    /// A data-modifying statement after a WITH clause (`WITH x AS (...) INSERT ...`).
    case with([CommonTableExpression], Statement)
    case insert(Insert)
    case multiInsert(MultiInsert)
    case update(Update)
    case delete(Delete)
    case merge(Merge)
    case createTable(CreateTable)
    case createView(CreateView)
    /// `DROP TABLE|VIEW|... name`.
    case drop(kind: String, ObjectName)
    case truncate(ObjectName)
    /// `ALTER TABLE a RENAME TO b`, `RENAME a TO b`, `sp_rename`.
    case rename(ObjectName, to: ObjectName)
    /// `ALTER TABLE t ADD [COLUMN] c ...` and `RENAME COLUMN a TO b`: a table's columns change.
    case alterColumns(ObjectName, added: [Identifier], renamed: [(from: Identifier, to: Identifier)])
    case unit(ProceduralUnit)
    case block(Block)
    /// A statement that moves no data (GRANT, COMMIT, SET, CREATE INDEX, ...): its leading words.
    case other(String)
}

public struct Insert: Sendable {
    public var target: ObjectName
    /// Oracle `INSERT INTO (SELECT ... FROM t) ...`: the written table seen through a query.
    public var targetQuery: Query?
    public var alias: Identifier?
    public var columns: [Identifier]
    /// `SELECT ...` or `VALUES (...)` (a query body of values).
    public var source: Query?
    /// Oracle `INSERT INTO t VALUES r` with a record, or `SET a = x` (MySQL).
    public var recordValue: Expression?
    public var overwrite: Bool
    /// T-SQL `INSERT ... EXEC ('...')`: the rows of the dynamic query's result.
    public var sourceExecute: Expression?
    /// The target is a T-SQL table variable (`INSERT INTO @t`).
    public var targetIsVariable = false
    public var onConflictUpdate: [Assignment]
    public var returning: Returning?

    public init(target: ObjectName, alias: Identifier? = nil, columns: [Identifier] = [], source: Query? = nil,
                recordValue: Expression? = nil, overwrite: Bool = false, onConflictUpdate: [Assignment] = [],
                returning: Returning? = nil) {
        self.target = target
        self.alias = alias
        self.columns = columns
        self.source = source
        self.recordValue = recordValue
        self.overwrite = overwrite
        self.onConflictUpdate = onConflictUpdate
        self.returning = returning
    }
}

/// Oracle `INSERT ALL|FIRST [WHEN c THEN] INTO t (cols) VALUES (...) ... SELECT ...`.
public struct MultiInsert: Sendable {
    public struct Branch: Sendable {
        public var condition: Expression?
        public var target: ObjectName
        public var columns: [Identifier]
        /// Empty means the select list's columns, in order.
        public var values: [Expression]

        public init(condition: Expression?, target: ObjectName, columns: [Identifier], values: [Expression]) {
            self.condition = condition
            self.target = target
            self.columns = columns
            self.values = values
        }
    }

    public var branches: [Branch]
    public var source: Query

    public init(branches: [Branch], source: Query) {
        self.branches = branches
        self.source = source
    }
}

/// `SET col = value` or `SET (a, b) = (SELECT ...)`.
public struct Assignment: Sendable {
    public var columns: [ObjectName]
    public var value: Expression

    public init(columns: [ObjectName], value: Expression) {
        self.columns = columns
        self.value = value
    }
}

/// `RETURNING expr, ... [BULK COLLECT] INTO targets`, or T-SQL `OUTPUT inserted.x, ... [INTO table (columns)]`.
public struct Returning: Sendable {
    public var values: [Expression]
    public var into: [Expression]
    /// The table T-SQL's `OUTPUT ... INTO` writes, with its column list.
    public var table: ObjectName?
    public var tableColumns: [Identifier]

    public init(values: [Expression], into: [Expression], table: ObjectName? = nil, tableColumns: [Identifier] = []) {
        self.values = values
        self.into = into
        self.table = table
        self.tableColumns = tableColumns
    }
}

public struct Update: Sendable {
    /// The written table, or an inline view (Oracle join view update).
    public var target: TableReference
    public var assignments: [Assignment]
    /// `FROM` (PostgreSQL, T-SQL, Snowflake) and the tables joined to the target (MySQL).
    public var from: [TableReference]
    public var whereClause: Expression?
    public var returning: Returning?

    public init(target: TableReference, assignments: [Assignment], from: [TableReference], whereClause: Expression?,
                returning: Returning?) {
        self.target = target
        self.assignments = assignments
        self.from = from
        self.whereClause = whereClause
        self.returning = returning
    }
}

public struct Delete: Sendable {
    public var target: TableReference
    /// MySQL's `DELETE t1, t2 FROM ...`: more tables deleted from.
    public var otherTargets: [ObjectName] = []
    public var using: [TableReference]
    public var whereClause: Expression?
    public var returning: Returning?

    public init(target: TableReference, using: [TableReference], whereClause: Expression?, returning: Returning?) {
        self.target = target
        self.using = using
        self.whereClause = whereClause
        self.returning = returning
    }
}

public struct Merge: Sendable {
    public enum Action: Sendable {
        case update([Assignment], whereClause: Expression?)
        case insert(columns: [Identifier], values: [Expression], whereClause: Expression?)
        case delete
    }

    public struct Clause: Sendable {
        public var matched: Bool
        public var condition: Expression?
        public var action: Action

        public init(matched: Bool, condition: Expression?, action: Action) {
            self.matched = matched
            self.condition = condition
            self.action = action
        }
    }

    public var target: ObjectName
    public var alias: Identifier?
    public var source: TableReference
    public var on: Expression
    public var clauses: [Clause]
    /// T-SQL `OUTPUT`.
    public var returning: Returning?

    public init(target: ObjectName, alias: Identifier?, source: TableReference, on: Expression, clauses: [Clause]) {
        self.target = target
        self.alias = alias
        self.source = source
        self.on = on
        self.clauses = clauses
    }
}

public struct CreateTable: Sendable {
    public var name: ObjectName
    public var columns: [Identifier]
    public var query: Query?
    public var temporary: Bool
    /// `CREATE TABLE t LIKE s` / `(LIKE s)`: columns copied, no rows.
    public var like: ObjectName?

    public init(name: ObjectName, columns: [Identifier], query: Query?, temporary: Bool, like: ObjectName? = nil) {
        self.name = name
        self.columns = columns
        self.query = query
        self.temporary = temporary
        self.like = like
    }
}

public struct CreateView: Sendable {
    public var name: ObjectName
    public var columns: [Identifier]
    public var query: Query
    public var materialized: Bool

    public init(name: ObjectName, columns: [Identifier], query: Query, materialized: Bool) {
        self.name = name
        self.columns = columns
        self.query = query
        self.materialized = materialized
    }
}
