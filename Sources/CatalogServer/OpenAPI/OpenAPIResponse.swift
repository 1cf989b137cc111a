import CatalogModel

/// One response of an operation: a status with a JSON body, an empty one, or a shared error response.
struct OpenAPIResponse: Sendable {
    /// The HTTP status code, the key of the response in the operation's `responses`.
    let status: Int
    /// The response as it appears in the document.
    let json: JSONObject

    /// A JSON body that follows `schema`.
    static func json(_ status: Int, _ description: String, _ schema: OpenAPISchema) -> OpenAPIResponse {
        OpenAPIResponse(status: status, json: [
            "description": .string(description),
            "content": .object(["application/json": .object(["schema": .object(schema.json)])]),
        ])
    }

    /// No body at all.
    static func empty(_ status: Int, _ description: String) -> OpenAPIResponse {
        OpenAPIResponse(status: status, json: ["description": .string(description)])
    }

    static let badRequest = error(.badRequest)
    static let notFound = error(.notFound)
    static let conflict = error(.conflict)
    static let payloadTooLarge = error(.payloadTooLarge)
    static let invalidInput = error(.invalidInput)
    static let internalError = error(.internalError)
    static let unavailable = error(.unavailable)

    /// What each error code means to a client, in the order of its status.
    private static let errors: [(code: CatalogError.Code, meaning: String)] = [
        (.badRequest, "The request body is empty or is not valid JSON."),
        (.notFound, "Nothing has this id or URN."),
        (.conflict, "The request conflicts with the current state."),
        (.payloadTooLarge, "The request body is larger than the server accepts."),
        (.invalidInput, "A field or parameter is missing, has the wrong type or is out of range; the message names it."),
        (.internalError, "Something went wrong inside Torro; the server log has the details."),
        (.unavailable, "Something Torro depends on (the database, the secret key) cannot be used."),
    ]

    /// The shared error responses, for `components/responses`: `{"error": {"code", "message"}}`.
    static let components: JSONObject = {
        var result: JSONObject = [:]
        for (code, meaning) in errors {
            result[componentName(code)] = .object([
                "description": .string(meaning),
                "content": .object(["application/json": .object([
                    "schema": .object(OpenAPISchema.ref("Error").json),
                    "example": .object(["error": .object(["code": .string(code.name), "message": .string(meaning)])]),
                ])]),
            ])
        }
        return result
    }()

    /// A reference to a shared error response; the status comes from the mapping the error middleware uses.
    private static func error(_ code: CatalogError.Code) -> OpenAPIResponse {
        OpenAPIResponse(status: code.httpStatus.code, json: ["$ref": .string("#/components/responses/\(componentName(code))")])
    }

    /// `not_found` becomes `NotFound`.
    private static func componentName(_ code: CatalogError.Code) -> String {
        code.name.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
