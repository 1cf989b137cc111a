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

/// `--large MB`: one script of the statements repeated to MB megabytes, parsed and analysed once; prints the time and
/// the process's peak resident memory, to see that both grow in proportion to the script.
if let flag = arguments.firstIndex(of: "--large"), let megabytes = Int(arguments[flag + 1]) {
    let oracle = work.filter { $0.1.dialect.name == "oracle" && Parser.parse($0.0, dialect: .oracle).diagnostics.isEmpty }
    let unit = oracle.map(\.0).joined(separator: "\n/\n")
    let script = Array(repeating: unit, count: megabytes * 1_000_000 / max(1, unit.utf8.count) + 1).joined(separator: "\n/\n")
    let start = DispatchTime.now().uptimeNanoseconds
    let parsed = Parser.parse(script, dialect: .oracle)
    let parsedAt = DispatchTime.now().uptimeNanoseconds
    let result = LineageAnalyzer.analyze(parsed, options: LineageOptions(dialect: .oracle))
    let end = DispatchTime.now().uptimeNanoseconds
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }.map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) } ?? "?"
    print(JSONWriter.text(.object([
        "bytes": .number(Double(script.utf8.count)), "statements": .number(Double(result.statements.count)),
        "parse_seconds": .number(Double(parsedAt - start) / 1e9), "lineage_seconds": .number(Double(end - parsedAt) / 1e9),
        "peak_resident": .string(peak),
    ])))
    exit(0)
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
