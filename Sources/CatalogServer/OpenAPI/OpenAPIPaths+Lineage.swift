import CatalogModel
import CatalogServices

extension OpenAPIPaths {
    /// `LineageController`.
    static let lineage: [OpenAPIOperation] = [
        OpenAPIOperation(
            .post, "/api/lineage/process", id: "ingestProcess", tag: "Lineage", summary: "Record a process run and its lineage.",
            description: "Replaces the process's current automated edges: edges that disappeared are closed, new ones opened, "
                + "manual edges are never touched. Sending the same payload again changes nothing.",
            parameters: [.actor], body: .ref("ProcessPayload"),
            responses: [
                .json(201, "At least one edge was opened.", .ref("IngestResult")),
                .json(200, "No edge was opened (the same lineage was sent before, or edges were only closed).", .ref("IngestResult")),
            ]),
        OpenAPIOperation(
            .post, "/api/lineage/manual", id: "addManualEdge", tag: "Lineage", summary: "Draw a manual edge between two assets.",
            parameters: [.actor], body: .ref("ManualEdgePayload"),
            responses: [
                .json(201, "The new edge.", .ref("LineageEdge")),
                .json(200, "The identical open edge that already existed.", .ref("LineageEdge")),
                .notFound,
            ]),
        OpenAPIOperation(
            .delete, "/api/lineage/manual/{id}", id: "closeManualEdge", tag: "Lineage", summary: "Close a manual edge.",
            description: "The edge stays in history with `valid_to` set; automated edges cannot be closed this way (409).",
            parameters: [edgeID, .actor],
            responses: [.json(200, "The closed edge.", .ref("LineageEdge")), .conflict]),
        OpenAPIOperation(
            .get, "/api/lineage/graph", id: "getLineageGraph", tag: "Lineage",
            summary: "Walk the lineage graph from a dataset.",
            parameters: [
                .query("urn", "The dataset to start from.", .ref("URN"), required: true),
                .query("direction", "Which way to walk (case does not matter).",
                       OpenAPISchema.ref("LineageDirection").defaulting(.string(LineageDirection.both.rawValue))),
                .query("depth", "How many dataset hops to walk.",
                       OpenAPISchema.integer(GraphRequest.depthRange).defaulting(.number(Double(GraphRequest.defaultDepth)))),
                .query("as_of", "Show the graph as it was at this time (ISO 8601, or a plain date for midnight UTC); now when left out.",
                       .string(format: "date-time")),
                .query("columns", "Include column mappings on the edges (`true`/`false` or `1`/`0`).",
                       OpenAPISchema.boolean.defaulting(.bool(false))),
                .query("limit", "The most nodes to return; `truncated` says when the walk was cut short.",
                       OpenAPISchema.integer(GraphRequest.nodeLimitRange).defaulting(.number(Double(GraphRequest.defaultNodeLimit)))),
            ],
            responses: [.json(200, "The nodes and edges reached.", .ref("LineageGraph")), .invalidInput]),
        OpenAPIOperation(
            .get, "/api/lineage/edges/{id}", id: "getLineageEdge", tag: "Lineage",
            summary: "Get an edge, open or closed, with its column mappings and evidence.",
            parameters: [edgeID],
            responses: [.json(200, "The edge.", .ref("LineageEdge"))]),
        OpenAPIOperation(
            .get, "/api/lineage/audit", id: "listLineageAudit", tag: "Lineage", summary: "Read the lineage audit log.",
            parameters: [
                .query("urn", "Only entries about this URN (as the entity, a source or a target).", .ref("URN")),
                .query("limit", "Entries per page.", OpenAPISchema.integer(Paging.limitRange).defaulting(.number(Double(Paging.defaultLimit)))),
                .query("cursor", "The `next_cursor` of the previous page.", .string()),
            ],
            responses: [.json(200, "One page of entries, newest first.", .ref("AuditEntryPage")), .invalidInput]),
    ]

    private static let edgeID = OpenAPIParameter.id(of: "edge")
}
