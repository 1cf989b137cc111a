import CatalogModel
import CatalogServices

extension OpenAPIComponents {
    /// Lineage read out of SQL: the request, the engine's result, and the statements that could not be read.
    static let sqlLineage: [String: OpenAPISchema] = [
        "SQLLineageRequest": .object(
            required: ["sql": OpenAPISchema.string(minLength: 1).described("One or more statements or program units.")],
            optional: [
                "dialect": OpenAPISchema.enumeration(SQLLineageService.dialects)
                    .described("How to read the SQL (case does not matter); defaults to the connection's dialect, else `\(SQLLineageRequest.defaultDialect)`."),
                "default_schema": .string().described("The schema of unqualified table names."),
                "connection_id": OpenAPISchema.int64.described(
                    "The `oracle_db` or `postgres` connection the SQL runs on: its table and view assets expand `*` and place "
                        + "unqualified columns, and the response maps every table name to the catalog URN of that dataset (`urns`)."),
                "persist": OpenAPISchema.boolean.defaulting(.bool(false)).described(
                    "Store the lineage (needs `connection_id`): one process per statement or program unit that writes tables, "
                        + "edges with extraction method `sql_parse`, and the statements that could not be read as failures. "
                        + "Sending the same SQL again changes nothing."),
                "process_urn": OpenAPISchema.ref("URN").described(
                    "The process to store the submission as (all its statements, when there are several); by default each "
                        + "statement gets `urn:process:sql:connection-<id>/statement-<hash>` and each named program unit "
                        + "`urn:process:sql:connection-<id>/<NAME>`."),
            ]),
        "SQLColumnPair": .object(
            required: [
                "source": .string().example(.string("SALES.ORDERS.AMOUNT")),
                "target": .string().example(.string("SALES.DAILY_TOTALS.TOTAL")),
                "transformation": .enumeration(["identity", "expression", "conditional", "window", "aggregation"]),
            ]),
        "SQLEffect": .object(
            required: ["kind": .enumeration(["delete", "truncate", "drop", "rename"]), "table": .string()],
            optional: ["new_name": .string().described("The new name, for a rename.")])
            .described("A change to data that carries no data flow."),
        "SQLDiagnostic": .object(required: [
            "severity": .enumeration(["error", "warning"]),
            "message": .string(),
            "line": .integer().described("From 1, in the submitted SQL."),
            "column": .integer().described("From 1."),
        ]),
        "SQLStatementLineage": .object(
            required: [
                "kind": .string().example(.string("insert")),
                "line": .integer(),
                "column": .integer(),
                "sources": .array(.string()),
                "targets": .array(.string()),
                "column_lineage": .array(.ref("SQLColumnPair")),
                "indirect": OpenAPISchema.array(.string()).described("Columns read only in WHERE, JOIN ... ON, GROUP BY, ..."),
                "effects": .array(.ref("SQLEffect")),
                "confidence": .number(0...1),
                "diagnostics": .array(.ref("SQLDiagnostic")),
            ],
            optional: ["name": .string().described("The program unit's name, for procedures, functions and triggers.")])
            .described("The lineage of one statement or program unit; every hop, scratch tables included."),
        "SQLLineagePersisted": .object(required: [
            "processes": OpenAPISchema.array(.ref("IngestResult")).described("One per process written, in statement order."),
            "failures": OpenAPISchema.integer().described("Error diagnostics recorded as failures."),
        ]),
        "SQLLineageResult": .object(
            required: [
                "sources": OpenAPISchema.array(.string()).described("Tables read, as the dialect folds names (`SCHEMA.TABLE`, `SCHEMA.TABLE@LINK`)."),
                "targets": OpenAPISchema.array(.string()).described("Tables written."),
                "intermediate": OpenAPISchema.array(.string()).described("Scratch tables the script creates and drops (or temporary ones)."),
                "column_lineage": OpenAPISchema.array(.array(.string(), minItems: 2, maxItems: 2))
                    .described("`[source column, written column]` pairs, composed through scratch tables."),
                "indirect": .array(.string()),
                "effects": .array(.ref("SQLEffect")),
                "statements": .array(.ref("SQLStatementLineage")),
                "diagnostics": .array(.ref("SQLDiagnostic")),
            ],
            optional: [
                "urns": OpenAPISchema.map(.ref("URN")).described(
                    "With `connection_id`: every table name of the result and the catalog URN of that dataset (the asset's own "
                        + "URN when the connection has it, else the URN discovery would give it)."),
                "persisted": OpenAPISchema.ref("SQLLineagePersisted").described("With `persist: true`: what was stored."),
            ]).described("The same object as `torro lineage --format json`, with `urns` and `persisted` when asked for."),
        "LineageFailure": .object(
            required: [
                "id": .int64,
                "dialect": .string(),
                "statement": .string().described("The start of the statement's text."),
                "line": .integer(),
                "column": .integer(),
                "message": .string(),
                "first_seen_at": .dateTime,
                "last_seen_at": OpenAPISchema.dateTime.described("The last time the same problem in the same statement was sent."),
            ],
            optional: [
                "connection_id": .int64,
                "process_urn": OpenAPISchema.ref("URN").described("The process the statement belongs to, when it has one."),
            ]).described("A statement whose lineage could not be read: what lineage is missing, and why."),
        "LineageFailurePage": page(of: "LineageFailure"),
    ]
}
