import Foundation
import CatalogModel

/// Reads typed fields out of a connection config, naming `config.<field>` in every error.
public struct ConfigReader: Sendable {
    public let config: JSONObject

    public init(_ config: JSONObject) {
        self.config = config
    }

    /// Whether the field is present with a non-empty value.
    public func has(_ key: String) -> Bool {
        switch config[key] {
        case nil, .null?: return false
        case .string(let text)?: return !text.trimmingCharacters(in: .whitespaces).isEmpty
        default: return true
        }
    }

    /// The text of a string field, or nil when it is absent, empty or not a string (for configs already validated).
    public func text(_ key: String) -> String? {
        guard case .string(let text)? = config[key], !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }

    /// The value of a whole-number field given as a number or a numeric string, or nil (for configs already validated).
    public func number(_ key: String) -> Int? {
        switch config[key] {
        case .number(let number)?: number.rounded() == number && abs(number) < 1e15 ? Int(number) : nil
        case .string(let text)?: Int(text.trimmingCharacters(in: .whitespaces))
        default: nil
        }
    }

    /// A string field that must be present and non-empty.
    public func requiredString(_ key: String) throws(CatalogError) -> String {
        guard has(key) else { throw CatalogError.invalid("config.\(key)", "is required") }
        return try optionalString(key) ?? ""
    }

    /// A string field that may be absent.
    public func optionalString(_ key: String) throws(CatalogError) -> String? {
        switch config[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw CatalogError.invalid("config.\(key)", "must be a string")
        }
    }

    /// An integer field in a range, given as a number or a numeric string.
    public func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(CatalogError) -> Int? {
        let value: Int?
        switch config[key] {
        case nil, .null?: return nil
        case .number(let number)?: value = number.rounded() == number && abs(number) < 1e15 ? Int(number) : nil
        case .string(let text)?: value = Int(text.trimmingCharacters(in: .whitespaces))
        default: value = nil
        }
        guard let value else { throw CatalogError.invalid("config.\(key)", "must be a whole number") }
        guard range.contains(value) else {
            throw CatalogError.invalid("config.\(key)", "must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return value
    }

    /// A string field whose value must be one of `allowed`.
    public func optionalChoice(_ key: String, _ allowed: [String]) throws(CatalogError) -> String? {
        guard let value = try optionalString(key) else { return nil }
        guard allowed.contains(value.lowercased()) else {
            throw CatalogError.invalid("config.\(key)", "must be one of \(allowed.joined(separator: ", "))")
        }
        return value.lowercased()
    }

    /// A list given as a JSON array of strings or a comma-separated string.
    public func optionalList(_ key: String) throws(CatalogError) -> [String]? {
        switch config[key] {
        case nil, .null?: return nil
        case .string(let text)?:
            return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        case .array(let items)?:
            var result: [String] = []
            for item in items {
                guard case .string(let text) = item else {
                    throw CatalogError.invalid("config.\(key)", "must be a list of strings")
                }
                result.append(text)
            }
            return result
        default: throw CatalogError.invalid("config.\(key)", "must be a list of strings or a comma-separated string")
        }
    }

    /// A boolean field, given as a boolean or "true"/"false".
    public func optionalBool(_ key: String) throws(CatalogError) -> Bool? {
        switch config[key] {
        case nil, .null?: return nil
        case .bool(let flag)?: return flag
        case .string(let text)? where ["true", "false"].contains(text.lowercased()): return text.lowercased() == "true"
        default: throw CatalogError.invalid("config.\(key)", "must be true or false")
        }
    }
}
