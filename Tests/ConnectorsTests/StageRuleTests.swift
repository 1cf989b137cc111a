import CatalogModel
import Connectors
import Testing

@Suite("Stage rules")
struct StageRuleTests {
    @Test("a {name} is taken from one folder level, or the rest of the path at the end")
    func names() {
        #expect(StageRule.name(of: "raw/orders", in: "raw/{name}") == "orders")
        #expect(StageRule.name(of: "raw/sales/orders", in: "raw/{name}") == "sales/orders")
        #expect(StageRule.name(of: "lake/raw/orders/v1", in: "lake/raw/{name}/v1") == "orders")
        #expect(StageRule.name(of: "lake/raw/a/b/v1", in: "lake/raw/{name}/v1") == nil)
        #expect(StageRule.name(of: "curated/orders", in: "raw/{name}") == nil)
        #expect(StageRule.name(of: "raw/", in: "raw/{name}") == nil)
        #expect(StageRule.path(named: "orders", in: "curated/{name}") == "curated/orders")
    }

    @Test("rules come from a config, and bad ones are refused with the field named")
    func parsing() throws {
        let config: JSONObject = ["stage_rules": .array([.object(["from": .string("/raw/{name}/"), "to": .string("curated/{name}")])])]
        let rules = try StageRule.rules(in: config)
        #expect(rules.map(\.from) == ["raw/{name}"])
        #expect(rules.first?.confidence ?? 1 < 1)
        for bad: JSONObject in [
            ["stage_rules": .string("raw -> curated")],
            ["stage_rules": .array([.object(["from": .string("raw")])])],
            ["stage_rules": .array([.object(["from": .string("raw/{name}"), "to": .string("curated")])])],
            ["stage_rules": .array([.object(["from": .string("raw/{name}"), "to": .string("c/{name}"), "confidence": .number(1)])])],
        ] {
            #expect {
                try StageRule.rules(in: bad)
            } throws: { error in
                (error as? CatalogError)?.message.contains("stage_rules") == true
            }
        }
    }
}
