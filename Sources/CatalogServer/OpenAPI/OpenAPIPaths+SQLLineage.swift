import CatalogModel

extension OpenAPIPaths {
    /// `SQLLineageController`.
    static let sqlLineage: [OpenAPIOperation] = [
        OpenAPIOperation(
            .post, "/api/lineage/sql", id: "analyzeSQLLineage", tag: "Lineage",
            summary: "Read table and column lineage out of SQL, and store it on request.",
            description: "Statements that cannot be read get diagnostics and do not stop the rest. With `persist: true`, "
                + "each statement or program unit that writes tables replaces the edge set of its process; scratch tables are "
                + "not stored as datasets, their sources and columns are carried through to the tables they feed.",
            parameters: [.actor], body: .ref("SQLLineageRequest"),
            responses: [
                .json(200, "The lineage (nothing new was stored).", .ref("SQLLineageResult")),
                .json(201, "The lineage; storing it opened at least one edge.", .ref("SQLLineageResult")),
                .notFound,
            ]),
        OpenAPIOperation(
            .get, "/api/lineage/sql/failures", id: "listSQLLineageFailures", tag: "Lineage",
            summary: "List the SQL statements whose lineage could not be read.",
            parameters: [
                .query("connection_id", "Only failures of this connection.", .int64),
                .query("limit", "Failures per page.", OpenAPISchema.integer(Paging.limitRange).defaulting(.number(Double(Paging.defaultLimit)))),
                .query("cursor", "The `next_cursor` of the previous page.", .string()),
            ],
            responses: [.json(200, "One page of failures, last seen first.", .ref("LineageFailurePage")), .invalidInput]),
    ]
}
