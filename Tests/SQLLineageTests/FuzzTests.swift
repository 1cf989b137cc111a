import SQLLineage
import SQLSyntax
import Testing

/// Random truncations and mutations of the fixture corpus: the engine must never crash, and what it reports must
/// stay consistent (every pair's tables listed, every diagnostic placed inside the text).
@Suite struct FuzzTests {
    /// SplitMix64: a small seeded generator, so a failure can be replayed from its seed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = ["(", ")", "'", "\"", ";", "/*", "*/", "--", "BEGIN", "END;", "END IF;", "$$", "q'[", "/\n", "SELECT",
                            "FROM", ",", "CASE", "WHEN", "INTO", "@", ":NEW.", "`", "[", "]", "UNION ALL", "(+)", "WITH x AS (", "\n"]

    static func mutate(_ text: String, _ random: inout Generator) -> String {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return text }
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let at = Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0: bytes = Array(bytes[..<at]) // truncate
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            case 2: bytes.insert(contentsOf: Array(fragments.randomElement(using: &random)!.utf8), at: at)
            case 3: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + Int.random(in: 1...80, using: &random))], at: at)
            default: if at < bytes.count { bytes[at] = UInt8.random(in: 0x20...0x7E, using: &random) }
            }
            if bytes.isEmpty { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: 0..<8)
    func mutatedFixturesNeverCrashAndStayConsistent(_ seed: Int) {
        var random = Generator(state: UInt64(seed) &* 7919)
        let corpus = FixtureCase.all
        for _ in 0..<250 {
            let fixture = corpus.randomElement(using: &random)!
            let text = Self.mutate(fixture.sql, &random)
            let result = LineageAnalyzer.analyze(text, options: fixture.options)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            let tables = Set(result.sources + result.intermediate)
            for pair in result.columns {
                #expect(tables.contains(pair.source.table), "seed \(seed), \(fixture): \(pair.source) read but not a source")
                #expect(result.targets.contains(pair.target.table), "seed \(seed), \(fixture): \(pair.target) written but not a target")
            }
            for diagnostic in result.diagnostics {
                #expect((1...lines + 1).contains(diagnostic.range.line), "seed \(seed), \(fixture): diagnostic at line \(diagnostic.range.line)")
            }
        }
    }
}
