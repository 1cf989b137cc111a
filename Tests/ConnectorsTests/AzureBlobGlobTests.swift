import Testing
@testable import Connectors

@Suite("Blob globs and filters")
struct AzureBlobGlobTests {
    @Test("a pattern without '/' matches the file name at any depth")
    func nameOnlyPatterns() {
        let glob = Glob("*.csv")
        #expect(glob.matches("a.csv"))
        #expect(glob.matches("raw/2026/sales.csv"))
        #expect(!glob.matches("raw/sales.csv.gz"))
        #expect(!glob.matches("raw.csv/readme.txt"))
        #expect(Glob("_SUCCESS").matches("out/part/_SUCCESS"))
    }

    @Test("'*' and '?' stay inside one path segment")
    func singleSegmentWildcards() {
        #expect(Glob("raw/*.csv").matches("raw/a.csv"))
        #expect(!Glob("raw/*.csv").matches("raw/sub/a.csv"))
        #expect(Glob("raw/part-?.parquet").matches("raw/part-1.parquet"))
        #expect(!Glob("raw/part-?.parquet").matches("raw/part-10.parquet"))
        #expect(!Glob("raw?a.csv").matches("raw/a.csv"))
    }

    @Test("'**' crosses segments and '**/' may match no folder")
    func globstar() {
        let glob = Glob("raw/**/*.parquet")
        #expect(glob.matches("raw/a.parquet"))
        #expect(glob.matches("raw/2026/11/a.parquet"))
        #expect(!glob.matches("curated/a.parquet"))
        #expect(Glob("**/tmp/**").matches("a/b/tmp/x.csv"))
        #expect(Glob("**/tmp/**").matches("tmp/x.csv"))
        #expect(!Glob("**/tmp/**").matches("a/tmpx/x.csv"))
        #expect(Glob("logs/**").matches("logs/a/b/c"))
        #expect(Glob("raw/**.json").matches("raw/a/b.json"))
    }

    @Test("many stars do not blow up")
    func manyStars() {
        let glob = Glob("raw/" + String(repeating: "*a", count: 30) + "/x")
        #expect(!glob.matches("raw/" + String(repeating: "a", count: 200) + "b/x"))
    }

    @Test("literal characters, including non-ASCII, must match exactly")
    func literals() {
        #expect(Glob("données/*.csv").matches("données/été.csv"))
        #expect(Glob("d?nnées/x").matches("dônnées/x"))
        #expect(!Glob("Raw/*.csv").matches("raw/a.csv"))
    }

    @Test("include and exclude: a blob must match an include and no exclude")
    func filter() {
        let filter = BlobFilter(include: [Glob("*.csv"), Glob("*.parquet")], exclude: [Glob("**/tmp/**")])
        #expect(filter.matches("raw/a.csv"))
        #expect(filter.matches("raw/b.parquet"))
        #expect(!filter.matches("raw/c.json"))
        #expect(!filter.matches("raw/tmp/a.csv"))
        #expect(BlobFilter().matches("anything/at/all"))
    }

    @Test("listing prefixes: nested ones are dropped and the caller's prefix narrows the rest")
    func listingPrefixes() {
        let filter = BlobFilter(prefixes: ["sales/", "hr/", "sales/2026/"])
        #expect(filter.listingPrefixes(within: "") == ["hr/", "sales/"])
        #expect(filter.listingPrefixes(within: "sales/2026/11/") == ["sales/2026/11/"])
        #expect(filter.listingPrefixes(within: "s") == ["sales/"])
        #expect(filter.listingPrefixes(within: "finance/") == [])
        #expect(BlobFilter().listingPrefixes(within: "x/") == ["x/"])
    }
}
