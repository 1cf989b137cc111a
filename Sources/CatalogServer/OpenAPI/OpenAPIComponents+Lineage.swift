import CatalogModel
import CatalogServices

extension OpenAPIComponents {
    /// Lineage edges and graphs, what pipelines and people send, and the audit log.
    static let lineage: [String: OpenAPISchema] = [
        "ExtractionMethod": .enumeration(of: ExtractionMethod.self).described("How an edge was found."),
        "LineageDirection": .enumeration(of: LineageDirection.self),
        "ColumnMapping": .object(
            required: [
                "source_column": .string(minLength: 1),
                "target_column": .string(minLength: 1),
            ],
            optional: [
                "transformation": OpenAPISchema.string()
                    .described("identity, expression, aggregation, conditional, window, ...")
                    .defaulting(.string("identity")),
                "expression": .string(),
            ]).described("How a target column is produced from a source column."),
        "LineageEdge": .object(
            required: [
                "id": .int64,
                "source": .ref("URN"),
                "target": .ref("URN"),
                "relationship_type": .string().example(.string("data_flow")),
                "extraction_method": .ref("ExtractionMethod"),
                "confidence": .number(0...1),
                "valid_from": .dateTime,
                "recorded_at": .dateTime,
                "edge_hash": .string(),
                "columns": .array(.ref("ColumnMapping")),
            ],
            optional: [
                "evidence": OpenAPISchema.freeObject.described("Why the edge exists: the statement and span, who made it. Left out of graph edges; GET /api/lineage/edges/{id} has it."),
                "metadata": OpenAPISchema.freeObject.described("Free-form facts about the edge. Left out of graph edges."),
                "process": OpenAPISchema.ref("URN").described("The process the data flows through; absent on manual edges."),
                "valid_to": OpenAPISchema.dateTime.described("When the edge stopped being true; absent while it is open."),
            ]).described("A data flow from a source dataset, optionally through a process, to a target dataset."),
        "LineageNode": .object(
            required: [
                "urn": .ref("URN"),
                "kind": .enumeration([LineageNode.Kind.dataset, .process].map(\.rawValue)),
                "name": .string(),
                "depth": .integer().described("Dataset hops from the starting node (0 for the start itself)."),
            ],
            optional: [
                "type": .string(),
                "platform": .string(),
                "asset_id": .int64.described("The catalog asset of a dataset node, when there is one."),
            ]),
        "LineageGraph": .object(required: [
            "nodes": .array(.ref("LineageNode")),
            "edges": .array(.ref("LineageEdge")),
            "truncated": .boolean.described("True when the node limit cut the traversal short."),
        ]),
        "ProcessColumnLineage": .object(
            required: [
                "source_column": .string(minLength: 1),
                "target_column": .string(minLength: 1),
            ],
            optional: [
                "source_dataset": OpenAPISchema.ref("URN")
                    .described("One of `input_datasets`; may be left out when there is exactly one."),
                "target_dataset": OpenAPISchema.ref("URN")
                    .described("One of `output_datasets`; may be left out when there is exactly one."),
                "transformation": OpenAPISchema.string().defaulting(.string("identity")),
                "expression": .string(),
            ]),
        "ProcessPayload": .object(
            required: ["process_urn": .ref("URN")],
            optional: [
                "process_name": .string(minLength: 1).described("Defaults to the last segment of the URN."),
                "process_type": OpenAPISchema.string().defaulting(.string("job")),
                "source_system": .string().example(.string("airflow")),
                "job_id": .string(),
                "job_name": .string(),
                "definition": .string().described("The process's definition, for example its SQL text."),
                "input_datasets": OpenAPISchema.array(.ref("URN")).defaulting(.array([])),
                "output_datasets": OpenAPISchema.array(.ref("URN")).defaulting(.array([])),
                "column_lineage": OpenAPISchema.array(.ref("ProcessColumnLineage")).defaulting(.array([])),
                "event_time": OpenAPISchema.string(format: "date-time")
                    .described("When the process ran (ISO 8601; a plain date means midnight UTC); defaults to now."),
                "relationship_type": OpenAPISchema.string().defaulting(.string("data_flow")),
                "extraction_method": OpenAPISchema.enumeration(
                    ExtractionMethod.allCases.filter { $0 != .manual }.map(\.rawValue))
                    .described("Manual edges are made with `POST /api/lineage/manual`.")
                    .defaulting(.string(ExtractionMethod.api.rawValue)),
                "confidence": OpenAPISchema.number(0...1).defaulting(.number(1)),
            ]).described("A process run: its inputs and outputs become its current edge set, one edge per input and output."),
        "ManualEdgePayload": OpenAPISchema.object(optional: [
            "source_asset_id": assetReference,
            "source_urn": assetReference,
            "target_asset_id": assetReference,
            "target_urn": assetReference,
            "relationship_type": OpenAPISchema.string().defaulting(.string("data_flow")),
            "column_lineage": OpenAPISchema.array(.ref("ColumnMapping")).defaulting(.array([])),
            "description": .string(),
        ])
        .adding("allOf", .array([either("source_asset_id", "source_urn"), either("target_asset_id", "target_urn")]))
        .described("An edge a person draws between two assets, each named by id or URN (`*_asset_id` wins when both are sent)."),
        "IngestResult": .object(required: [
            "process": .ref("URN"),
            "process_changed": .boolean,
            "opened": OpenAPISchema.array(.int64).described("Ids of the edges this ingestion opened."),
            "closed": OpenAPISchema.array(.int64).described("Ids of the edges that vanished and were closed."),
            "unchanged": .integer(),
            "created_datasets": OpenAPISchema.array(.ref("URN")).described("URNs that named no asset and became lineage-only datasets."),
        ]),
        "AuditEntry": .object(
            required: [
                "id": .int64,
                "action": .string(),
                "entity_type": .string(),
                "entity_urn": .string(),
                "created_at": .dateTime,
            ],
            optional: [
                "old_data": OpenAPISchema.anyValue.described("The entity before the change."),
                "new_data": OpenAPISchema.anyValue.described("The entity after the change."),
                "actor": .string(),
                "source_system": .string(),
                "ingestion_id": .string(),
            ]).described("One append-only record of a lineage change."),
        "AuditEntryPage": page(of: "AuditEntry"),
    ]

    /// An asset id, as a number or a string of digits, or a URN.
    private static let assetReference = OpenAPISchema.oneOf([.int64, .string()])
        .described("An asset id (a number or a string of digits) or a URN.")

    /// A schema that holds when at least one of the two fields is there.
    private static func either(_ first: String, _ second: String) -> JSONValue {
        .object(["anyOf": .array([
            .object(["required": .array([.string(first)])]),
            .object(["required": .array([.string(second)])]),
        ])])
    }
}
