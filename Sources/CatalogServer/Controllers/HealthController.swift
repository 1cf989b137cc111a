import CatalogServices
import Hummingbird

/// `GET /api/health` and `GET /api/health/ready`.
struct HealthController {
    let services: CatalogServices

    func addRoutes(to group: RouterGroup<TorroRequestContext>) {
        group.get { _, _ in services.health.health() }
        group.get("ready") { _, _ -> EditedResponse<HealthService.Readiness> in
            let readiness = await services.health.readiness()
            return EditedResponse(status: readiness.ready ? .ok : .serviceUnavailable, response: readiness)
        }
    }
}

extension HealthService.Health: ResponseEncodable {}
extension HealthService.Readiness: ResponseEncodable {}
