import CatalogModel
import CatalogServices
import Hummingbird

/// `/api/lineage/sql`: lineage read out of SQL, stored on request, and the statements that could not be read.
struct SQLLineageController {
    let services: CatalogServices
    let bodyLimit: Int

    func addRoutes(to group: RouterGroup<TorroRequestContext>) {
        group.post { request, context -> EditedResponse<SQLLineageResponse> in
            let body = try await JSONBody.decode(SQLLineageRequest.self, from: request, limit: bodyLimit)
            let response = try await services.sqlLineage.analyze(body, actor: context.actor)
            return EditedResponse(status: response.openedEdges ? .created : .ok, response: response)
        }
        group.get("failures") { request, _ in
            try await services.sqlLineage.failures(try LineageFailureListRequest(parameters: request.parameters))
        }
    }
}

extension SQLLineageResponse: ResponseEncodable {}
