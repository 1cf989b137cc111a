import CatalogModel
import CatalogServices
import CatalogStore
import Hummingbird

/// `/api/lineage`: process ingestion, manual edges, the graph, edge detail and the audit log.
struct LineageController {
    let services: CatalogServices
    let bodyLimit: Int

    func addRoutes(to group: RouterGroup<TorroRequestContext>) {
        group.post("process") { request, context -> EditedResponse<IngestResult> in
            let payload = try await JSONBody.decode(ProcessPayload.self, from: request, limit: bodyLimit)
            let result = try await services.lineage.ingestProcess(payload, actor: context.actor)
            return EditedResponse(status: result.opened.isEmpty ? .ok : .created, response: result)
        }
        group.post("manual") { request, context -> EditedResponse<LineageEdge> in
            let payload = try await JSONBody.decode(ManualEdgePayload.self, from: request, limit: bodyLimit)
            let (edge, created) = try await services.lineage.addManualEdge(payload, actor: context.actor)
            return EditedResponse(status: created ? .created : .ok, response: edge)
        }
        group.delete("manual/:id") { _, context in
            try await services.lineage.closeManualEdge(id: try context.id(of: "edge"), actor: context.actor)
        }
        group.get("graph") { request, _ in
            try await services.lineage.graph(try GraphRequest(parameters: request.parameters))
        }
        group.get("edges/:id") { _, context in
            try await services.lineage.edge(id: try context.id(of: "edge"))
        }
        group.get("audit") { request, _ in
            let parameters = request.parameters
            let urn = try parameters["urn"].flatMap { $0.isEmpty ? nil : $0 }.map { text throws(CatalogError) in try URN(parsing: text) }
            let limit = try GraphRequest.integer(parameters["limit"], name: "limit", range: Paging.limitRange) ?? Paging.defaultLimit
            return try await services.lineage.audit(urn: urn, limit: limit, cursor: parameters["cursor"])
        }
    }
}

extension IngestResult: ResponseEncodable {}
extension LineageEdge: ResponseEncodable {}
extension LineageGraph: ResponseEncodable {}
