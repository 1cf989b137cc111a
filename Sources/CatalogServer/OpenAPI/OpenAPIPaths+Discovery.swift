import CatalogModel

extension OpenAPIPaths {
    /// `DiscoveryController`.
    static let discovery: [OpenAPIOperation] = [
        OpenAPIOperation(
            .post, "/api/connections/{id}/discover", id: "startDiscovery", tag: "Discovery",
            summary: "Start discovering a connection's assets.",
            description: "Queues a run and starts it in the background; follow it with `GET /api/discovery/runs/{id}`. "
                + "A connection has at most one queued or running run: a second start is a 409 naming it.",
            parameters: [.id(of: "connection")],
            responses: [.json(202, "The queued run.", .ref("DiscoveryRun")), .notFound, .conflict]),
        OpenAPIOperation(
            .get, "/api/discovery/runs", id: "listDiscoveryRuns", tag: "Discovery", summary: "List discovery runs, newest first.",
            parameters: [
                .query("connection_id", "Only runs of this connection.", .int64),
                .query("status", "Only runs in this state.", .enumeration(of: DiscoveryStatus.self)),
                .query("limit", "Runs per page.", OpenAPISchema.integer(Paging.limitRange).defaulting(.number(Double(Paging.defaultLimit)))),
                .query("cursor", "The `next_cursor` of the previous page.", .string()),
            ],
            responses: [.json(200, "One page of runs.", .ref("DiscoveryRunPage")), .invalidInput]),
        OpenAPIOperation(
            .get, "/api/discovery/runs/{id}", id: "getDiscoveryRun", tag: "Discovery",
            summary: "Get a run with its live progress.",
            parameters: [.id(of: "discovery run")],
            responses: [.json(200, "The run; progress is at most half a second old while it runs.", .ref("DiscoveryRun")), .notFound]),
        OpenAPIOperation(
            .post, "/api/discovery/runs/{id}/cancel", id: "cancelDiscoveryRun", tag: "Discovery", summary: "Cancel a run.",
            description: "A queued run is cancelled at once; a running one stops at its next safe point and removes nothing.",
            parameters: [.id(of: "discovery run")],
            responses: [.json(200, "The run, cancelled or with `cancel_requested`.", .ref("DiscoveryRun")), .notFound, .conflict]),
    ]
}
