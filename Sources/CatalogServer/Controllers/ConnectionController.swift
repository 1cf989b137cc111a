import CatalogModel
import CatalogServices
import Connectors
import Hummingbird

/// `/api/connections`: create, list, read, replace, delete and test connections.
struct ConnectionController {
    let services: CatalogServices
    let bodyLimit: Int

    func addRoutes(to group: RouterGroup<TorroRequestContext>) {
        group.post { request, _ -> EditedResponse<Connection> in
            let input = try await JSONBody.decode(ConnectionInput.self, from: request, limit: bodyLimit)
            return EditedResponse(status: .created, response: try await services.connections.create(input))
        }
        group.get { _, _ in ConnectionList(connections: try await services.connections.list()) }
        group.post("test-config") { request, _ in
            let input = try await JSONBody.decode(TestConfigInput.self, from: request, limit: bodyLimit)
            return try await services.connections.testConfig(input.connection)
        }
        group.get(":id") { _, context in
            try await services.connections.get(id: try context.id(of: "connection"))
        }
        group.put(":id") { request, context in
            let id = try context.id(of: "connection")
            let input = try await JSONBody.decode(ConnectionInput.self, from: request, limit: bodyLimit)
            return try await services.connections.update(id: id, input)
        }
        group.delete(":id") { _, context -> Response in
            try await services.connections.delete(id: try context.id(of: "connection"))
            return Response(status: .noContent)
        }
        group.post(":id/test") { _, context in
            try await services.connections.test(id: try context.id(of: "connection"))
        }
    }
}

/// The list response, with a count as every list has.
struct ConnectionList: ResponseEncodable {
    let connections: [Connection]
    var total: Int { connections.count }

    enum CodingKeys: String, CodingKey { case connections, total }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(connections, forKey: .connections)
        try container.encode(total, forKey: .total)
    }
}

/// A test-config body: a connection without a name (a name is allowed and ignored).
struct TestConfigInput: Decodable {
    let connection: ConnectionInput

    enum CodingKeys: String, CodingKey {
        case name, config
        case connectorType = "connector_type"
        case connectionType = "connection_type"
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        connection = ConnectionInput(
            name: try c.decodeIfPresent(String.self, forKey: .name) ?? "test",
            connectorType: try c.decode(String.self, forKey: .connectorType),
            connectionType: try c.decodeIfPresent(String.self, forKey: .connectionType),
            config: try c.decode(JSONObject.self, forKey: .config))
    }
}

extension Connection: ResponseEncodable {}
extension ConnectionTestResult: ResponseEncodable {}
