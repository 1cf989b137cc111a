import CatalogModel
import CatalogServices
import Hummingbird

/// `/api/connections/{id}/discover` and `/api/discovery/runs`: start, follow and cancel discovery runs.
struct DiscoveryController {
    let services: CatalogServices

    func addRoutes(to api: RouterGroup<TorroRequestContext>) {
        api.post("connections/:id/discover") { _, context -> EditedResponse<DiscoveryRunView> in
            let run = try await services.discovery.start(connectionID: try context.id(of: "connection"), trigger: .api)
            return EditedResponse(status: .accepted, response: DiscoveryRunView(run: run))
        }
        let runs = api.group("discovery/runs")
        runs.get { request, _ in
            let page = try await services.discovery.runs(try DiscoveryRunListRequest(parameters: request.parameters))
            return Page(items: page.items.map(DiscoveryRunView.init), total: page.total, nextCursor: page.nextCursor)
        }
        runs.get(":id") { _, context in
            DiscoveryRunView(run: try await services.discovery.run(id: try context.id(of: "discovery run")))
        }
        runs.post(":id/cancel") { _, context in
            DiscoveryRunView(run: try await services.discovery.cancel(id: try context.id(of: "discovery run")))
        }
    }
}

/// A run as the API shows it: the stored run and the seconds it has taken so far.
struct DiscoveryRunView: ResponseEncodable, Codable {
    let run: DiscoveryRun

    init(run: DiscoveryRun) {
        self.run = run
    }

    init(from decoder: any Decoder) throws {
        run = try DiscoveryRun(from: decoder)
    }

    enum CodingKeys: String, CodingKey {
        case elapsedSeconds = "elapsed_seconds"
    }

    func encode(to encoder: any Encoder) throws {
        try run.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(run.elapsedSeconds(), forKey: .elapsedSeconds)
    }
}
