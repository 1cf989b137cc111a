import Hummingbird

/// `GET /api/openapi.json`: the OpenAPI 3 document of the whole API.
struct OpenAPIController {
    func addRoutes(to group: RouterGroup<TorroRequestContext>) {
        group.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"],
                     body: .init(byteBuffer: .init(string: OpenAPIDocument.json)))
        }
    }
}
