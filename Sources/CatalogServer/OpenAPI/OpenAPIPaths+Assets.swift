import CatalogModel

extension OpenAPIPaths {
    /// `AssetController`.
    static let assets: [OpenAPIOperation] = [
        OpenAPIOperation(
            .get, "/api/assets", id: "listAssets", tag: "Assets", summary: "Search and list assets.",
            description: "Full-text search with `q`, filters that combine with AND, and cursor paging.",
            parameters: assetFilters + [
                .query("sort", "The order; `relevance` needs `q`. Defaults to `relevance` with `q`, else `name`.",
                       .enumeration(of: AssetQuery.Sort.self)),
                .query("limit", "Assets per page.", OpenAPISchema.integer(Paging.limitRange).defaulting(.number(Double(Paging.defaultLimit)))),
                .query("cursor", "The `next_cursor` of the previous page.", .string()),
            ],
            responses: [.json(200, "One page of matching assets.", .ref("AssetPage")), .invalidInput]),
        OpenAPIOperation(
            .get, "/api/assets/facets", id: "getAssetFacets", tag: "Assets",
            summary: "Count matching assets per type, platform, catalog and review status.",
            parameters: assetFilters,
            responses: [.json(200, "The counts.", .ref("AssetFacets")), .invalidInput]),
        OpenAPIOperation(
            .get, "/api/assets/by-urn", id: "getAssetByURN", tag: "Assets", summary: "Get an asset by its URN.",
            parameters: [.query("urn", "The asset's URN.", .ref("URN"), required: true)],
            responses: [.json(200, "The asset.", .ref("Asset")), .notFound, .invalidInput]),
        OpenAPIOperation(
            .post, "/api/assets/bulk", id: "bulkUpsertAssets", tag: "Assets", summary: "Create or update assets by URN.",
            description: "For tools that push what they know. An existing asset keeps its business metadata; "
                + "a changed column set records a new version and sends the asset back to review.",
            body: .ref("BulkAssets"),
            responses: [.json(200, "What the upsert did.", .ref("UpsertSummary"))]),
        OpenAPIOperation(
            .get, "/api/assets/{id}", id: "getAsset", tag: "Assets", summary: "Get an asset.",
            parameters: [assetID],
            responses: [.json(200, "The asset.", .ref("Asset"))]),
        OpenAPIOperation(
            .patch, "/api/assets/{id}", id: "updateAssetBusinessMetadata", tag: "Assets",
            summary: "Change an asset's business metadata.",
            parameters: [assetID], body: .ref("AssetPatch"),
            responses: [.json(200, "The asset after the change.", .ref("Asset"))]),
        OpenAPIOperation(
            .post, "/api/assets/{id}/review", id: "reviewAsset", tag: "Assets", summary: "Approve or reject an asset.",
            parameters: [assetID, .actor], body: .ref("ReviewRequest"),
            responses: [.json(200, "The asset with the decision recorded.", .ref("Asset"))]),
        OpenAPIOperation(
            .get, "/api/assets/{id}/versions", id: "listAssetVersions", tag: "Assets",
            summary: "Get an asset's schema history.",
            parameters: [assetID],
            responses: [.json(200, "Every version, newest first.", .ref("AssetVersionList"))]),
    ]

    private static let assetID = OpenAPIParameter.id(of: "asset")

    /// The filters that `AssetListRequest` reads, shared by the list and the facets.
    private static let assetFilters: [OpenAPIParameter] = [
        .query("q", "Words to search for in names, URNs, business metadata and columns.", .string()),
        .query("type", "Only assets of this type.", .ref("AssetType")),
        .query("platform", "Only assets on this platform (`oracle`, `postgres`, `azure`, `file`, ...).", .string()),
        .query("catalog", "Only assets in this catalog: database, service or storage account.", .string()),
        .query("schema", "Only assets in this schema or container.", .string()),
        .query("connection_id", "Only assets discovered through this connection.", .int64),
        .query("review_status", "Only assets in this review state.", .ref("ReviewStatus")),
        .query("lifecycle", "Only active or only removed assets; both when left out.", .ref("Lifecycle")),
        .query("tag", "Only assets with this tag.", .string()),
    ]
}
