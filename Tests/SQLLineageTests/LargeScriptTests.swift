import Foundation
import SQLLineage
import SQLSyntax
import Testing

@Suite struct LargeScriptTests {
    /// The Oracle fixtures, repeated until the script is at least `megabytes` MB.
    static func script(megabytes: Int) -> (text: String, copies: Int, statementsPerCopy: Int) {
        let clean = FixtureCase.all.filter { $0.dialect == "oracle" && Parser.parse($0.sql, dialect: .oracle).diagnostics.isEmpty }
        let sql = clean.map(\.sql).joined(separator: "\n/\n")
        let perCopy = Parser.parse(sql, dialect: .oracle).statements.count
        let copies = megabytes * 1_000_000 / sql.utf8.count + 1
        return (Array(repeating: sql, count: copies).joined(separator: "\n/\n"), copies, perCopy)
    }

    /// Time and memory at this size are measured in release builds by `sql-bench --large` (BENCHMARKS.md).
    @Test("a 10 MB script parses whole: every copy of the corpus yields the same statements")
    func tenMegabytes() async {
        let (size, statements, expected) = await Self.offPool {
            let (text, copies, perCopy) = Self.script(megabytes: 10)
            return (text.utf8.count, Parser.parse(text, dialect: .oracle).statements.count, copies * perCopy)
        }
        #expect(size >= 10_000_000)
        #expect(statements == expected)
    }

    /// Runs a minute of CPU work on a thread of its own, not on the concurrency pool: on two cores, holding a pool
    /// thread that long starves the suite's tests that serve HTTP, and their requests time out.
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { done in
            let thread = Thread { done.resume(returning: work()) }
            thread.stackSize = 64 << 20
            thread.start()
        }
    }
}
