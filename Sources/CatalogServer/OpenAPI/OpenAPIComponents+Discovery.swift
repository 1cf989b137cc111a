import CatalogModel

extension OpenAPIComponents {
    /// Discovery runs and their live progress.
    static let discovery: [String: OpenAPISchema] = [
        "DiscoveryProgress": .object(required: [
            "phase": OpenAPISchema.string().described("What the run is doing: queued, starting, listing, reading, writing, then how it ended."),
            "objects_listed": .integer(),
            "objects_read": OpenAPISchema.integer().described("Objects whose schema was read in this run."),
            "objects_unchanged": OpenAPISchema.integer().described("Sampled objects whose ETag, size and modification time had not changed: not read again."),
            "assets_new": .integer(),
            "assets_changed": .integer(),
            "assets_unchanged": .integer(),
            "assets_removed": OpenAPISchema.integer().described("Set only by a successful run over the whole connection."),
            "bytes_read": .int64,
            "warnings": .integer(),
        ]),
        "DiscoveryRun": .object(
            required: [
                "id": .int64,
                "connection_id": .int64,
                "trigger": .enumeration(of: DiscoveryTrigger.self),
                "status": .enumeration(of: DiscoveryStatus.self),
                "progress": .ref("DiscoveryProgress"),
                "warnings": OpenAPISchema.array(.string()).described("Objects that could not be read, schema drift, ...; the first 500."),
                "cancel_requested": .boolean,
                "queued_at": .dateTime,
            ],
            optional: [
                "error": OpenAPISchema.string().described("Why the run failed or was cancelled, in words a user can act on."),
                "worker": OpenAPISchema.string().described("The host and process that ran it."),
                "started_at": .dateTime,
                "finished_at": .dateTime,
                "heartbeat_at": OpenAPISchema.dateTime.described("The last time the running worker saved progress."),
                "elapsed_seconds": OpenAPISchema.number().described("From start to finish, or to now while it runs."),
            ]).described("One run of a connection's discovery."),
        "DiscoveryRunPage": page(of: "DiscoveryRun"),
    ]
}
