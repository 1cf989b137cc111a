extension OpenAPIPaths {
    /// `ConnectionController`.
    static let connections: [OpenAPIOperation] = [
        OpenAPIOperation(
            .post, "/api/connections", id: "createConnection", tag: "Connections", summary: "Create a connection.",
            description: "The connector checks the config; secret fields are encrypted at rest and never returned.",
            body: .ref("ConnectionInput"),
            responses: [.json(201, "The connection, secrets masked.", .ref("Connection")), .conflict]),
        OpenAPIOperation(
            .get, "/api/connections", id: "listConnections", tag: "Connections", summary: "List the connections.",
            responses: [.json(200, "Every connection, secrets masked.", .ref("ConnectionList"))]),
        OpenAPIOperation(
            .post, "/api/connections/test-config", id: "testConnectionConfig", tag: "Connections",
            summary: "Test a connection config without saving it.",
            body: .ref("ConnectionTestInput"),
            responses: [.json(200, "What the test found; a failed test is still a 200.", .ref("ConnectionTestResult"))]),
        OpenAPIOperation(
            .get, "/api/connections/{id}", id: "getConnection", tag: "Connections", summary: "Get a connection.",
            parameters: [connectionID],
            responses: [.json(200, "The connection, secrets masked.", .ref("Connection"))]),
        OpenAPIOperation(
            .put, "/api/connections/{id}", id: "replaceConnection", tag: "Connections", summary: "Replace a connection.",
            parameters: [connectionID], body: .ref("ConnectionInput"),
            responses: [.json(200, "The connection, secrets masked.", .ref("Connection")), .conflict, .unavailable]),
        OpenAPIOperation(
            .delete, "/api/connections/{id}", id: "deleteConnection", tag: "Connections", summary: "Delete a connection.",
            description: "Its assets stay in the catalog, no longer linked to a connection; its discovery runs are deleted.",
            parameters: [connectionID],
            responses: [.empty(204, "Deleted.")]),
        OpenAPIOperation(
            .post, "/api/connections/{id}/test", id: "testConnection", tag: "Connections", summary: "Test a saved connection.",
            parameters: [connectionID],
            responses: [.json(200, "What the test found; a failed test is still a 200.", .ref("ConnectionTestResult")), .unavailable]),
    ]

    private static let connectionID = OpenAPIParameter.id(of: "connection")
}
