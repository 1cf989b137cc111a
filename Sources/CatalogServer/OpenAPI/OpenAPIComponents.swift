import CatalogModel
import CatalogServices

/// The reusable schemas of the document (`components/schemas`), one extension per area of the API.
enum OpenAPIComponents {
    /// Every named schema, by name.
    static var schemas: [String: OpenAPISchema] {
        var result = common
        for area in [assets, connections, discovery, lineage, sqlLineage] {
            for (name, schema) in area {
                // Two areas naming the same schema is a mistake, seen as soon as the document is built.
                precondition(result[name] == nil, "schema '\(name)' is defined twice")
                result[name] = schema
            }
        }
        return result
    }

    /// One page of a list: the items, the total count and the cursor of the next page (absent on the last).
    static func page(of item: String) -> OpenAPISchema {
        .object(
            required: [
                "items": .array(.ref(item)),
                "total": .integer().described("How many items match, over all pages."),
            ],
            optional: [
                "next_cursor": .string().described("Pass as `cursor` to get the next page; absent on the last page."),
            ])
    }

    static let common: [String: OpenAPISchema] = [
        "Error": .object(required: [
            "error": .object(required: [
                "code": .string().described("A stable, snake_case code that clients switch on.").example(.string("not_found")),
                "message": .string().described("What was wrong and what to do, for people."),
            ]),
        ]).described("The body of every error response."),
        "URN": .string(maxLength: 2048, pattern: "^\\s*[Uu][Rr][Nn]:[^:]+:.+")
            .described("`urn:<kind>:<name>`, such as `urn:dataset:oracle:db.example.com:1521/ORCL.SALES.ORDERS` "
                + "or `urn:process:airflow:daily_etl/load`.")
            .example(.string("urn:dataset:postgres:localhost:5432/shop.public.orders")),
        "Health": .object(required: [
            "status": .enumeration(["ok"]),
            "version": .string().example(.string(HealthService.version)),
            "uptime_seconds": .number().described("Seconds since the server started."),
            "database": .enumeration(["sqlite", "postgres"]).described("The database engine in use."),
        ]),
        "Readiness": .object(
            required: [
                "ready": .boolean.described("True when the database answers and every migration is applied."),
                "database": .enumeration(["ok", "unreachable"]),
                "migrations": .enumeration(["current", "pending", "unknown"]),
                "pending_migrations": .array(.integer()).described("The versions of the migrations not applied yet."),
            ],
            optional: ["message": .string().described("What to do when not ready.")]),
    ]
}
