import CatalogModel
import CatalogServices
import Connectors

extension OpenAPIComponents {
    /// Connections to source systems and the results of testing them.
    static let connections: [String: OpenAPISchema] = [
        "ConnectorType": .enumeration(ConnectorRegistry.standard.types).described("The connector that reads the source system."),
        "Connection": .object(
            required: [
                "id": .int64,
                "name": .string(),
                "connector_type": .ref("ConnectorType"),
                "config": OpenAPISchema.freeObject
                    .described("The connector's settings; secret values are returned as `\(ConnectionService.mask)`."),
                "status": .string(),
                "created_at": .dateTime,
                "updated_at": .dateTime,
            ],
            optional: [
                "connection_type": .string(),
                "schedule": .string().described("When discovery runs, as a cron expression."),
            ]).described("A configured source system: an Oracle database, a storage account, a folder."),
        "ConnectionInput": .object(
            required: [
                "name": .string(minLength: 1, maxLength: 200).described("Unique among connections."),
                "connector_type": .ref("ConnectorType"),
                "config": OpenAPISchema.freeObject.described(
                    "The connector's settings, checked by the connector; on replace, a secret sent back as "
                        + "`\(ConnectionService.mask)` keeps its stored value."),
            ],
            optional: [
                "connection_type": .string(),
                "schedule": .string(),
            ]),
        "ConnectionTestInput": .object(
            required: [
                "connector_type": .ref("ConnectorType"),
                "config": .freeObject,
            ],
            optional: [
                "name": .string().described("Allowed and ignored."),
                "connection_type": .string(),
            ]).described("A connection to test without saving it."),
        "ConnectionList": .object(required: [
            "connections": .array(.ref("Connection")),
            "total": .integer(),
        ]),
        "ConnectionTestResult": .object(required: [
            "status": .enumeration(["ok", "failed", "not_available"])
                .described("`not_available`: the config is valid but this build cannot reach the system yet."),
            "success": .boolean,
            "message": .string().described("What the test found and what to do next."),
            "details": .freeObject,
        ]),
    ]
}
