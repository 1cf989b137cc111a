import CatalogModel
import Foundation
import SQLLineage
import SQLSyntax

// sql-bench STATEMENTS.jsonl [--reps N]: times Torro's lineage engine on JSON lines {"sql", "dialect"}, one call per
// line as the peers in scripts/bench_sql_peers.py are called, and prints one JSON object with the best of N runs.
let arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("usage: sql-bench STATEMENTS.jsonl [--reps N]\n".utf8))
    exit(64)
}
let reps = arguments.firstIndex(of: "--reps").flatMap { Int(arguments[$0 + 1]) } ?? 5
/// `--parse-only` times the lexer and parser alone, to see what the lineage steps cost on top.
let parseOnly = arguments.contains("--parse-only")
var work: [(String, LineageOptions)] = []
var bytes = 0
for line in text.split(separator: "\n") {
    guard case .object(let object)? = JSONReader.parse(String(line)), case .string(let sql)? = object["sql"] else { continue }
    let dialect = object["dialect"]?.stringValue.flatMap { Dialect.all[$0] } ?? .ansi
    work.append((sql, LineageOptions(dialect: dialect, defaultSchema: object["default_schema"]?.stringValue)))
    bytes += sql.utf8.count
}

func runAll(_ work: [(String, LineageOptions)]) -> (seconds: Double, errors: Int) {
    var errors = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for (sql, options) in work {
        if parseOnly {
            if !Parser.parse(sql, dialect: options.dialect).diagnostics.isEmpty { errors += 1 }
            continue
        }
        let result = LineageAnalyzer.analyze(sql, options: options)
        if result.diagnostics.contains(where: { $0.severity == .error }) { errors += 1 }
    }
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, errors)
}

_ = runAll(work) // warm-up
var best = Double.infinity
var errors = 0
for _ in 0..<reps {
    let run = runAll(work)
    best = min(best, run.seconds)
    errors = run.errors
}
let result: JSONValue = .object([
    "statements": .number(Double(work.count)), "errors": .number(Double(errors)), "bytes": .number(Double(bytes)),
    "seconds": .number(best), "statements_per_second": .number(Double(work.count) / best),
    "mb_per_second": .number(Double(bytes) / 1_000_000 / best),
])
print(JSONWriter.text(result))
