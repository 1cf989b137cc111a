/// Words the parser gives a meaning of their own in some dialects; the dialect's keyword table maps spellings to them.
public enum Keyword: Sendable, Hashable {
    /// A set difference (`EXCEPT`, Oracle `MINUS`).
    case except
}

/// Word lists shared by the built-in dialects.
enum Keywords {
    /// Words that end an expression or table reference, so they are never taken as an implicit alias.
    static let clauseWords: Set<String> = [
        "ALL", "AND", "ANTI", "APPLY", "AS", "ASOF", "BEGIN", "BETWEEN", "BULK", "BY", "CASE", "CLUSTER", "CONNECT", "CREATE", "CROSS",
        "DECLARE", "DELETE", "DISTRIBUTE", "DO", "DROP", "ELSE", "ELSIF", "END", "EXCEPT", "EXCEPTION", "FETCH", "FOR", "FORALL", "FROM",
        "FULL", "GO", "GROUP", "HAVING", "IF", "IN", "INNER", "INSERT", "INTERSECT", "INTO", "IS", "JOIN", "LATERAL", "LEFT", "LIMIT", "LOG",
        "LOOP", "MERGE", "MINUS", "MODEL", "NATURAL", "NOT", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PARTITION", "PIVOT", "QUALIFY",
        "RETURN", "RETURNING", "RIGHT", "SAMPLE", "SELECT", "SEMI", "SET", "SORT", "START", "TABLESAMPLE", "THEN", "UNION", "UNPIVOT",
        "UPDATE", "USING", "VALUES", "WHEN", "WHERE", "WINDOW", "WITH", "OPTION", "FOLLOWING", "PRECEDING", "ROWS", "RANGE",
        "WHILE", "ELSEIF", "LIKE", "ILIKE", "EXEC", "EXECUTE", "TRUNCATE", "COMMIT", "ROLLBACK", "PRINT", "RAISERROR", "THROW",
        "OPEN", "CLOSE", "NULL", "PERFORM", "RAISE", "LANGUAGE", "STRAIGHT_JOIN", "OVER", "KEEP", "WITHIN", "USE", "OUTPUT",
    ]

    /// Niladic functions and pseudo columns that read no table.
    static let pseudoColumns: Set<String> = [
        "CURRENT_DATE", "CURRENT_TIMESTAMP", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME", "CURRENT_USER", "SESSION_USER",
        "USER", "SYSTEM_USER", "NULL", "TRUE", "FALSE", "DEFAULT",
    ]

    /// Statements that move no data: read past without a diagnostic. Anything else not understood gets one.
    static let otherStatements: Set<String> = [
        "GRANT", "REVOKE", "COMMIT", "ROLLBACK", "SAVEPOINT", "ALTER", "COMMENT", "ANALYZE", "SET", "USE", "EXEC", "EXECUTE",
        "CALL", "LOCK", "EXPLAIN", "SHOW", "DESCRIBE", "DESC", "PRINT", "CREATE", "DROP", "VACUUM", "REFRESH", "COPY", "UNLOAD",
        "MSCK", "LOAD", "PURGE", "FLASHBACK", "AUDIT", "NOAUDIT", "ASSOCIATE", "DISASSOCIATE", "START", "END", "BEGIN", "CLUSTER",
        "REINDEX", "CHECKPOINT", "DISCARD", "LISTEN", "NOTIFY", "UNLISTEN", "PREPARE", "DEALLOCATE", "RESET", "OPTIMIZE", "CACHE",
        "UNCACHE", "ADD", "LIST", "PUT", "GET", "REMOVE", "UNDROP", "DBCC", "BACKUP", "RESTORE", "RAISERROR", "THROW", "WAITFOR",
        "KILL", "REVERT", "OPEN", "CLOSE", "FETCH", "DISABLE", "ENABLE", "RETURN", "DECLARE", "NULL", "GO", "RAISE", "PERFORM",
        "SECURITY", "IMPORT", "EXPORT", "TRUNCATE", "RENAME", "ABORT", "RELEASE", "SUMMARIZE", "CHECK", "OPTIONS", "PRAGMA",
        "SP_RENAME", "DEFINE", "UNSET", "REPAIR", "INVALIDATE", "SYNC", "LOCK", "UNLOCK", "HANDLER", "INSTALL", "UNINSTALL",
        "FLUSH", "RESIGNAL", "SIGNAL", "ITERATE", "LEAVE", "REPLACE", "UPSERT", "DELIMITER", "SHUTDOWN", "TRACE", "WITH",
    ]
}
