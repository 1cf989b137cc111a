import CatalogModel

/// One operation of the API: a method on a path, what it takes and what it answers.
struct OpenAPIOperation: Sendable {
    enum Method: String, Sendable {
        case get, post, put, patch, delete
    }

    let method: Method
    /// The path in OpenAPI form, `/api/assets/{id}`.
    let path: String
    let operationID: String
    let tag: String
    let summary: String
    var description: String?
    var parameters: [OpenAPIParameter]
    var body: OpenAPISchema?
    var responses: [OpenAPIResponse]

    init(_ method: Method, _ path: String, id operationID: String, tag: String, summary: String,
         description: String? = nil, parameters: [OpenAPIParameter] = [], body: OpenAPISchema? = nil,
         responses: [OpenAPIResponse]) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.tag = tag
        self.summary = summary
        self.description = description
        self.parameters = parameters
        self.body = body
        self.responses = responses
    }

    /// The errors every operation of this shape can answer, besides the ones it names: any operation a 500,
    /// one with a JSON body 400, 413 and 422 (from `JSONBody`), one with an id in its path a 404.
    var implicitErrors: [OpenAPIResponse] {
        var errors = [OpenAPIResponse.internalError]
        if body != nil { errors += [.badRequest, .payloadTooLarge, .invalidInput] }
        if path.contains("{") { errors.append(.notFound) }
        return errors
    }

    /// The operation object, as it appears under its path and method.
    var json: JSONValue {
        var responsesByStatus: JSONObject = [:]
        for response in implicitErrors + responses {
            responsesByStatus[String(response.status)] = .object(response.json)
        }
        var json: JSONObject = [
            "operationId": .string(operationID),
            "summary": .string(summary),
            "tags": .array([.string(tag)]),
            "responses": .object(responsesByStatus),
        ]
        if let description { json["description"] = .string(description) }
        if !parameters.isEmpty { json["parameters"] = .array(parameters.map { .object($0.json) }) }
        if let body {
            json["requestBody"] = .object([
                "required": .bool(true),
                "content": .object(["application/json": .object(["schema": .object(body.json)])]),
            ])
        }
        return .object(json)
    }
}
