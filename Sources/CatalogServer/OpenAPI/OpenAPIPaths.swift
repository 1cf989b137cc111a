/// Every operation of the API, one extension per controller; `OpenAPITests` checks them against the router.
enum OpenAPIPaths {
    static var operations: [OpenAPIOperation] {
        service + connections + discovery + assets + lineage + sqlLineage
    }

    /// The tags that group operations, in the order a reader meets them.
    static let tags: [(name: String, description: String)] = [
        ("Service", "Health, readiness and this document."),
        ("Connections", "Source systems Torro discovers assets in."),
        ("Discovery", "Runs that fill the catalog from a connection: start, follow, cancel."),
        ("Assets", "The catalog: search, detail, bulk upsert, business metadata, review and schema history."),
        ("Lineage", "Where data comes from and where it goes: ingestion, lineage read out of SQL, manual edges, the graph and the audit log."),
    ]
}
