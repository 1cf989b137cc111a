import CatalogModel

/// A schema object of OpenAPI 3.0 (its dialect of JSON Schema), built from small constructors.
struct OpenAPISchema: Sendable {
    /// The schema as it appears in the document.
    private(set) var json: JSONObject

    init(_ json: JSONObject) {
        self.json = json
    }

    /// A reference to a schema in `components/schemas`.
    static func ref(_ name: String) -> OpenAPISchema {
        OpenAPISchema(["$ref": .string("#/components/schemas/\(name)")])
    }

    static func string(format: String? = nil, minLength: Int? = nil, maxLength: Int? = nil,
                       pattern: String? = nil) -> OpenAPISchema {
        var json: JSONObject = ["type": .string("string")]
        if let format { json["format"] = .string(format) }
        if let minLength { json["minLength"] = .number(Double(minLength)) }
        if let maxLength { json["maxLength"] = .number(Double(maxLength)) }
        if let pattern { json["pattern"] = .string(pattern) }
        return OpenAPISchema(json)
    }

    /// A time as the API writes and reads it: ISO 8601.
    static let dateTime = string(format: "date-time")

    /// A string that must be one of `values`.
    static func enumeration(_ values: [String]) -> OpenAPISchema {
        OpenAPISchema(["type": .string("string"), "enum": .array(values.map(JSONValue.string))])
    }

    /// A string that must be the raw value of one of the cases of `type`, so the document follows the code.
    static func enumeration<T: CaseIterable & RawRepresentable>(of type: T.Type) -> OpenAPISchema where T.RawValue == String {
        enumeration(type.allCases.map(\.rawValue))
    }

    /// A whole number, optionally within `range`.
    static func integer(_ range: ClosedRange<Int>? = nil) -> OpenAPISchema {
        var json: JSONObject = ["type": .string("integer")]
        if let range {
            json["minimum"] = .number(Double(range.lowerBound))
            json["maximum"] = .number(Double(range.upperBound))
        }
        return OpenAPISchema(json)
    }

    /// A database id or any other 64-bit whole number.
    static let int64 = OpenAPISchema(["type": .string("integer"), "format": .string("int64")])

    static func number(_ range: ClosedRange<Double>? = nil) -> OpenAPISchema {
        var json: JSONObject = ["type": .string("number"), "format": .string("double")]
        if let range {
            json["minimum"] = .number(range.lowerBound)
            json["maximum"] = .number(range.upperBound)
        }
        return OpenAPISchema(json)
    }

    static let boolean = OpenAPISchema(["type": .string("boolean")])

    static func array(_ items: OpenAPISchema, minItems: Int? = nil, maxItems: Int? = nil) -> OpenAPISchema {
        var json: JSONObject = ["type": .string("array"), "items": .object(items.json)]
        if let minItems { json["minItems"] = .number(Double(minItems)) }
        if let maxItems { json["maxItems"] = .number(Double(maxItems)) }
        return OpenAPISchema(json)
    }

    /// An object with named properties; `required` ones are always there (in a response) or must be sent (in a request).
    static func object(required: [String: OpenAPISchema] = [:], optional: [String: OpenAPISchema] = [:]) -> OpenAPISchema {
        var properties: JSONObject = [:]
        for (name, schema) in required.merging(optional, uniquingKeysWith: { first, _ in first }) {
            properties[name] = .object(schema.json)
        }
        var json: JSONObject = ["type": .string("object"), "properties": .object(properties)]
        // OpenAPI 3.0 wants a non-empty `required` list or none at all.
        if !required.isEmpty { json["required"] = .array(required.keys.sorted().map(JSONValue.string)) }
        return OpenAPISchema(json)
    }

    /// An object whose keys are free and whose values all follow `values` (counts by name, for example).
    static func map(_ values: OpenAPISchema) -> OpenAPISchema {
        OpenAPISchema(["type": .string("object"), "additionalProperties": .object(values.json)])
    }

    /// A JSON object of any shape: configs and metadata documents.
    static let freeObject = OpenAPISchema(["type": .string("object"), "additionalProperties": .bool(true)])

    /// Any JSON value at all, null included.
    static let anyValue = OpenAPISchema(["nullable": .bool(true)])

    /// Exactly one of the given shapes.
    static func oneOf(_ choices: [OpenAPISchema]) -> OpenAPISchema {
        OpenAPISchema(["oneOf": .array(choices.map { .object($0.json) })])
    }

    /// This schema with a description for people.
    func described(_ text: String) -> OpenAPISchema { adding("description", .string(text)) }

    /// This schema with the value the server assumes when the field or parameter is left out.
    func defaulting(_ value: JSONValue) -> OpenAPISchema { adding("default", value) }

    /// This schema, also allowing null.
    func nullable() -> OpenAPISchema { adding("nullable", .bool(true)) }

    func example(_ value: JSONValue) -> OpenAPISchema { adding("example", value) }

    /// This schema with one more keyword. OpenAPI 3.0 ignores the siblings of a `$ref`, so a reference is
    /// wrapped in `allOf` first.
    func adding(_ keyword: String, _ value: JSONValue) -> OpenAPISchema {
        var json = self.json
        if json["$ref"] != nil { json = ["allOf": .array([.object(json)])] }
        json[keyword] = value
        return OpenAPISchema(json)
    }
}
