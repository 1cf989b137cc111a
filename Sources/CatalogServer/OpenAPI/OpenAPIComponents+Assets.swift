import CatalogModel
import CatalogServices

extension OpenAPIComponents {
    /// Assets, their columns, business metadata, review and schema history.
    static let assets: [String: OpenAPISchema] = [
        "AssetType": .enumeration(of: AssetType.self).described("What an asset is."),
        "AssetOrigin": .enumeration(of: AssetOrigin.self).described("How an asset came into the catalog."),
        "Lifecycle": .enumeration(of: Lifecycle.self).described("Whether an asset still exists where it was found."),
        "ReviewStatus": .enumeration(of: ReviewStatus.self).described("Where an asset stands in the steward's review."),
        "Column": .object(
            required: ["name": .string()],
            optional: [
                "type": .string().described("The type as the source system names it.").example(.string("NUMBER(10)")),
                "nullable": .boolean,
                "position": .integer().described("1-based position in the table or file."),
                "description": .string(),
                "tags": .array(.string()),
            ]),
        "Review": .object(
            required: ["status": .ref("ReviewStatus")],
            optional: [
                "reviewed_by": .string().described("The `X-Torro-User` of the reviewer."),
                "reviewed_at": .dateTime,
                "comment": .string(),
            ]),
        "BusinessMetadata": .object(optional: [
            "description": .string(),
            "owners": .array(.string()).defaulting(.array([])),
            "tags": .array(.string()).defaulting(.array([])),
            "classification": .string().example(.string("confidential")),
            "custom_properties": OpenAPISchema.freeObject.defaulting(.object([:])),
        ]).described("What people add to an asset; responses always hold `owners`, `tags` and `custom_properties`."),
        "Asset": .object(
            required: [
                "id": .int64,
                "urn": .ref("URN"),
                "name": .string(),
                "type": .ref("AssetType"),
                "platform": .string().example(.string("oracle")),
                "origin": .ref("AssetOrigin"),
                "lifecycle": .ref("Lifecycle"),
                "review": .ref("Review"),
                "technical": OpenAPISchema.freeObject.described("Technical metadata from the source system."),
                "operational": OpenAPISchema.freeObject.described("Operational metadata: sizes, row counts, run times."),
                "business": .ref("BusinessMetadata"),
                "columns": .array(.ref("Column")),
                "schema_fingerprint": .string().described("A hash of the column set; it changes when the schema does."),
                "discovered_at": .dateTime,
                "last_seen_at": .dateTime,
                "updated_at": .dateTime,
            ],
            optional: [
                "catalog": .string().described("The database or service, or the storage account."),
                "schema": .string().described("The schema, or the container."),
                "connection_id": .int64.described("The connection that discovered the asset."),
            ]).described("A data asset: a table, view, procedure, file, folder, ..."),
        "AssetInput": .object(
            required: ["urn": .ref("URN")],
            optional: [
                "name": .string().described("Defaults to the last segment of the URN."),
                "type": .ref("AssetType").defaulting(.string(AssetType.dataset.rawValue)),
                "platform": .string().described("Defaults to the platform named in the URN, else `unknown`."),
                "catalog": .string(),
                "schema": .string(),
                "connection_id": .int64,
                "origin": .ref("AssetOrigin").defaulting(.string(AssetOrigin.manual.rawValue)),
                "technical": OpenAPISchema.freeObject.defaulting(.object([:])),
                "operational": OpenAPISchema.freeObject.defaulting(.object([:])),
                "columns": .array(.ref("Column")).defaulting(.array([])),
                "business": OpenAPISchema.ref("BusinessMetadata")
                    .described("Applied only when the asset is new, so the edits people made are kept."),
            ]).described("An asset as a tool pushes it; the URN is its identity."),
        "BulkAssets": .oneOf([
            .object(required: ["assets": bulkList]),
            bulkList,
        ]).described("`{\"assets\": [...]}` or a bare array of assets."),
        "UpsertSummary": .object(required: [
            "created": .integer(),
            "updated": .integer(),
            "unchanged": .integer(),
            "schema_changed": .integer().described("Assets whose column set changed; each gets a new version and goes back to review."),
        ]),
        "AssetPatch": OpenAPISchema.object(optional: [
            "description": OpenAPISchema.string().nullable().described("Null clears it."),
            "owners": .array(.string()),
            "tags": .array(.string(minLength: 1, maxLength: 100)),
            "classification": OpenAPISchema.string().nullable().described("Null clears it."),
            "custom_properties": OpenAPISchema.freeObject.described("Replaces the custom properties."),
        ]).adding("minProperties", .number(1))
            .described("A change of business metadata: only the fields sent change."),
        "ReviewRequest": .object(
            required: [
                "decision": .enumeration(["approve", "reject", "approved", "rejected"])
                    .described("Case does not matter."),
            ],
            optional: ["comment": .string()]),
        "ColumnChanges": .object(required: [
            "added": .array(.string()),
            "removed": .array(.string()),
            "changed": .array(.string()).described("Columns whose type, nullability or position changed."),
        ]),
        "AssetVersion": .object(
            required: [
                "version": .integer(),
                "schema_fingerprint": .string(),
                "columns": .array(.ref("Column")),
                "changes": .ref("ColumnChanges"),
                "created_at": .dateTime,
            ],
            optional: ["discovery_run_id": .int64]),
        "AssetVersionList": .object(required: [
            "versions": OpenAPISchema.array(.ref("AssetVersion")).described("Newest first."),
        ]),
        "AssetFacets": .object(required: [
            "type": .map(.integer()),
            "platform": .map(.integer()),
            "catalog": .map(.integer()),
            "review_status": .map(.integer()),
        ]).described("How many matching assets have each value of each field."),
        "AssetPage": page(of: "Asset"),
    ]

    private static let bulkList = OpenAPISchema.array(.ref("AssetInput"), minItems: 1, maxItems: AssetService.maxBulkAssets)
}
