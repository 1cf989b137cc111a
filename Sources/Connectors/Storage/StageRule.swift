import CatalogModel

/// A folder-stage lineage rule, as the system Torro replaces had them: data sets under `from` feed the data set under
/// `to` with the same `{name}` (`{"from": "raw/{name}", "to": "curated/{name}"}`).
public struct StageRule: Sendable, Hashable {
    public let from: String
    public let to: String
    /// How sure an edge from this rule is; below 1, since a naming convention is not proof.
    public let confidence: Double

    public static let defaultConfidence = 0.7

    /// Parses one rule; both paths need exactly one `{name}`.
    public init(from: String, to: String, confidence: Double = StageRule.defaultConfidence) throws(CatalogError) {
        for (field, path) in [("from", from), ("to", to)] where path.components(separatedBy: "{name}").count != 2 {
            throw CatalogError.invalid("config.stage_rules.\(field)", "'\(path)' must hold {name} exactly once, e.g. raw/{name}")
        }
        guard confidence > 0, confidence < 1 else {
            throw CatalogError.invalid("config.stage_rules.confidence", "must be above 0 and below 1 (a rule is a guess, not proof)")
        }
        self.from = Self.trimmed(from)
        self.to = Self.trimmed(to)
        self.confidence = confidence
    }

    /// The rules of a config's `stage_rules` list.
    public static func rules(in config: JSONObject) throws(CatalogError) -> [StageRule] {
        guard let value = config["stage_rules"], value != .null else { return [] }
        guard case .array(let items) = value else {
            throw CatalogError.invalid("config.stage_rules", "must be a list of {\"from\": \"raw/{name}\", \"to\": \"curated/{name}\"}")
        }
        var rules: [StageRule] = []
        for item in items {
            guard case .object(let rule) = item, let from = rule["from"]?.stringValue, let to = rule["to"]?.stringValue else {
                throw CatalogError.invalid("config.stage_rules", "each rule needs text fields from and to, e.g. {\"from\": \"raw/{name}\", \"to\": \"curated/{name}\"}")
            }
            var confidence = defaultConfidence
            if let given = rule["confidence"] {
                guard case .number(let number) = given else { throw CatalogError.invalid("config.stage_rules.confidence", "must be a number") }
                confidence = number
            }
            rules.append(try StageRule(from: from, to: to, confidence: confidence))
        }
        return rules
    }

    /// The `{name}` a path takes in `pattern`, or nil when it does not match. `{name}` matches one or more
    /// characters without `/` unless the pattern ends with it, where it takes the rest of the path.
    public static func name(of path: String, in pattern: String) -> String? {
        let parts = pattern.components(separatedBy: "{name}")
        let path = trimmed(path)
        guard parts.count == 2, path.hasPrefix(parts[0]), path.hasSuffix(parts[1]),
              path.count > parts[0].count + parts[1].count else { return nil }
        let name = String(path.dropFirst(parts[0].count).dropLast(parts[1].count))
        guard parts[1].isEmpty || !name.contains("/") else { return nil }
        return name
    }

    /// The path `name` takes in `pattern`.
    public static func path(named name: String, in pattern: String) -> String {
        pattern.replacingOccurrences(of: "{name}", with: name)
    }

    private static func trimmed(_ path: String) -> String {
        var text = Substring(path)
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }
}
