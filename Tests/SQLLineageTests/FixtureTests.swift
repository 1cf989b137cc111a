import SQLLineage
import Testing

@Suite struct FixtureTests {
    @Test(arguments: FixtureCase.all)
    func lineageMatchesTheFixture(_ fixture: FixtureCase) {
        let result = LineageAnalyzer.analyze(fixture.sql, options: fixture.options)
        #expect(Set(result.sources.map(\.description)) == fixture.list("sources"), "sources")
        #expect(Set(result.targets.map(\.description)) == fixture.list("targets"), "targets")
        #expect(Set(result.intermediate.map(\.description)) == fixture.list("intermediate"), "intermediate")
        #expect(Set(result.columns.map { "\($0.source) -> \($0.target)" }) == fixture.list("columns"), "columns")
        if fixture.directives["indirect"] != nil {
            #expect(Set(result.indirect.map(\.description)) == fixture.list("indirect"), "indirect")
        }
        if fixture.directives["effects"] != nil {
            #expect(Set(result.effects.map(\.description)) == fixture.list("effects"), "effects")
        }
        if let expected = fixture.directives["diagnostics"]?.first {
            #expect(result.diagnostics.contains { $0.severity == .error } == (expected == "some"), "diagnostics")
        }
    }

    @Test func theCorpusIsLargeAndEveryCaseHasSQL() {
        #expect(FixtureCase.all.count >= 400)
        #expect(FixtureCase.all.allSatisfy { !$0.sql.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
    }
}
