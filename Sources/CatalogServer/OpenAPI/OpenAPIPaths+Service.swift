extension OpenAPIPaths {
    /// `HealthController` and `OpenAPIController`.
    static let service: [OpenAPIOperation] = [
        OpenAPIOperation(
            .get, "/api/health", id: "getHealth", tag: "Service", summary: "Report that the server is up.",
            responses: [.json(200, "The server is up.", .ref("Health"))]),
        OpenAPIOperation(
            .get, "/api/health/ready", id: "getReadiness", tag: "Service",
            summary: "Report whether the server can take traffic.",
            description: "Ready when the database answers and every migration of this build is applied.",
            responses: [
                .json(200, "Ready.", .ref("Readiness")),
                .json(503, "Not ready; `message` says what to do.", .ref("Readiness")),
            ]),
        OpenAPIOperation(
            .get, "/api/openapi.json", id: "getOpenAPIDocument", tag: "Service",
            summary: "Get this OpenAPI document.",
            responses: [.json(200, "The OpenAPI 3.0 document of the API.", .freeObject)]),
    ]
}
