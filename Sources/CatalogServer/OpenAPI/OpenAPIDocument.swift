import CatalogModel
import CatalogServices
import Foundation

/// The OpenAPI 3.0 document of Torro's REST API, served at `GET /api/openapi.json` and printed by `torro openapi`.
public enum OpenAPIDocument {
    /// The document as JSON text, keys sorted.
    public static let json: String = render(value)

    /// The document as a JSON value.
    static var value: JSONValue {
        .object([
            "openapi": .string("3.0.3"),
            "info": .object([
                "title": .string("Torro"),
                "version": .string(HealthService.version),
                "description": .string("Data discovery and lineage: the catalog of data assets, the connections they are "
                    + "found through, and where data comes from and goes. Errors are `{\"error\": {\"code\", \"message\"}}`; "
                    + "lists page with `limit` and an opaque `cursor`."),
            ]),
            "tags": .array(OpenAPIPaths.tags.map { .object(["name": .string($0.name), "description": .string($0.description)]) }),
            "paths": .object(paths(OpenAPIPaths.operations)),
            "components": .object([
                "schemas": .object(OpenAPIComponents.schemas.mapValues { .object($0.json) }),
                "responses": .object(OpenAPIResponse.components),
                "parameters": .object(OpenAPIParameter.components),
            ]),
        ])
    }

    /// Operations grouped into path items, by path and then method.
    static func paths(_ operations: [OpenAPIOperation]) -> JSONObject {
        var items: [String: JSONObject] = [:]
        for operation in operations {
            precondition(items[operation.path]?[operation.method.rawValue] == nil,
                         "\(operation.method) \(operation.path) is documented twice")
            items[operation.path, default: [:]][operation.method.rawValue] = operation.json
        }
        return items.mapValues(JSONValue.object)
    }

    private static func render(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding fails only on numbers that are not finite, which the document never holds; the compact
        // writer gives the same document then.
        guard let data = try? encoder.encode(value) else { return JSONWriter.text(value) }
        return String(decoding: data, as: UTF8.self)
    }
}
