import CatalogModel
import CatalogServices
import CatalogStore
import Hummingbird

/// `/api/assets`: search, facets, detail, bulk upsert, business metadata, review and schema history.
struct AssetController {
    let services: CatalogServices
    let bodyLimit: Int

    func addRoutes(to group: RouterGroup<TorroRequestContext>) {
        group.get { request, _ in
            try await services.assets.list(try AssetListRequest(parameters: request.parameters))
        }
        group.get("facets") { request, _ in
            try await services.assets.facets(try AssetListRequest(parameters: request.parameters))
        }
        group.get("by-urn") { request, _ in
            guard let text = request.parameters["urn"], !text.isEmpty else { throw CatalogError.invalid("urn", "is required") }
            return try await services.assets.get(urn: try URN(parsing: text))
        }
        group.post("bulk") { request, _ in
            let body = try await JSONBody.decode(BulkAssets.self, from: request, limit: bodyLimit)
            return try await services.assets.bulkUpsert(body.assets)
        }
        group.get(":id") { _, context in
            try await services.assets.get(id: try context.id(of: "asset"))
        }
        group.patch(":id") { request, context in
            let id = try context.id(of: "asset")
            let patch = try await JSONBody.decode(AssetPatch.self, from: request, limit: bodyLimit)
            return try await services.assets.patch(id: id, patch)
        }
        group.post(":id/review") { request, context in
            let id = try context.id(of: "asset")
            let body = try await JSONBody.decode(ReviewBody.self, from: request, limit: bodyLimit)
            return try await services.assets.review(id: id, decision: body.decision, comment: body.comment, reviewer: context.actor)
        }
        group.get(":id/versions") { _, context in
            VersionList(versions: try await services.assets.versions(id: try context.id(of: "asset")))
        }
    }
}

/// `POST /api/assets/bulk` takes `{"assets": [...]}` or a bare array.
struct BulkAssets: Decodable {
    let assets: [AssetInput]

    enum CodingKeys: String, CodingKey { case assets }

    init(from decoder: any Decoder) throws {
        if let list = try? decoder.singleValueContainer().decode([AssetInput].self) {
            assets = list
        } else {
            assets = try decoder.container(keyedBy: CodingKeys.self).decode([AssetInput].self, forKey: .assets)
        }
    }
}

struct ReviewBody: Decodable {
    let decision: String
    let comment: String?
}

struct VersionList: ResponseEncodable {
    let versions: [AssetVersion]
}

extension Asset: ResponseEncodable {}
extension Page: ResponseEncodable {}
extension AssetFacets: ResponseEncodable {}
extension UpsertSummary: ResponseEncodable {}
