import CatalogModel

/// A path, query or header parameter of an operation, or a reference to one in `components/parameters`.
struct OpenAPIParameter: Sendable {
    enum Location: String, Sendable {
        case path, query, header
    }

    /// The parameter as it appears in the document.
    let json: JSONObject

    init(name: String, in location: Location, description: String, required: Bool, schema: OpenAPISchema) {
        json = [
            "name": .string(name),
            "in": .string(location.rawValue),
            "description": .string(description),
            "required": .bool(required),
            "schema": .object(schema.json),
        ]
    }

    private init(reference name: String) {
        json = ["$ref": .string("#/components/parameters/\(name)")]
    }

    /// A numeric id in the path; one that is not a number names nothing, so it is a 404 like an unknown id.
    static func id(of entity: String) -> OpenAPIParameter {
        OpenAPIParameter(name: "id", in: .path, description: "The id of the \(entity).", required: true, schema: .int64)
    }

    static func query(_ name: String, _ description: String, _ schema: OpenAPISchema,
                      required: Bool = false) -> OpenAPIParameter {
        OpenAPIParameter(name: name, in: .query, description: description, required: required, schema: schema)
    }

    /// The caller named by `X-Torro-User`, recorded in audit rows and reviews.
    static let actor = OpenAPIParameter(reference: "TorroUser")

    /// The shared parameters, for `components/parameters`.
    static let components: JSONObject = [
        "TorroUser": .object(OpenAPIParameter(
            name: "X-Torro-User", in: .header,
            description: "Who is asking, recorded as the actor of audit rows and review decisions (at most 200 characters are kept).",
            required: false, schema: .string()).json),
    ]
}
