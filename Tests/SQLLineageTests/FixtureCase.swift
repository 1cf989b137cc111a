import Foundation
import SQLLineage
import SQLSyntax

/// One case of the fixture corpus (see Fixtures/README.md): SQL, inputs, and the expected lineage.
struct FixtureCase: Sendable, CustomStringConvertible {
    static let keys: Set<String> = ["case", "schema", "default_schema", "sources", "targets", "columns", "intermediate", "indirect", "effects", "diagnostics"]

    var file: String
    var name: String
    var dialect: String
    var sql = ""
    var directives: [String: [String]] = [:]

    var description: String { "\(file): \(name)" }

    /// Every case under Fixtures/, read once.
    static let all: [FixtureCase] = {
        let root = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        return files.filter { $0.pathExtension == "sql" }.sorted { $0.path < $1.path }.flatMap(cases)
    }()

    static func cases(in file: URL) -> [FixtureCase] {
        let dialect = file.deletingLastPathComponent().lastPathComponent
        let label = dialect + "/" + file.lastPathComponent
        var cases: [FixtureCase] = []
        for line in (try? String(contentsOf: file, encoding: .utf8))?.components(separatedBy: "\n") ?? [] {
            if line.hasPrefix("-- "), let colon = line.firstIndex(of: ":"), keys.contains(String(line[line.index(line.startIndex, offsetBy: 3)..<colon])) {
                let key = String(line[line.index(line.startIndex, offsetBy: 3)..<colon])
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if key == "case" { cases.append(FixtureCase(file: label, name: value, dialect: dialect)) } else { cases[cases.count - 1].directives[key, default: []].append(value) }
            } else if !cases.isEmpty {
                cases[cases.count - 1].sql += line + "\n"
            }
        }
        return cases
    }

    /// The values of a list directive, split on `separator`.
    func list(_ key: String, separator: Character = ",") -> Set<String> {
        Set((directives[key] ?? []).flatMap { $0.split(separator: separator) }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    var options: LineageOptions {
        var tables: [String: [String]] = [:]
        for entry in list("schema", separator: ";") {
            guard let open = entry.firstIndex(of: "("), entry.hasSuffix(")") else { continue }
            let columns = entry[entry.index(after: open)..<entry.index(before: entry.endIndex)].split(separator: ",")
            tables[entry[..<open].trimmingCharacters(in: .whitespaces)] = columns.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return LineageOptions(dialect: Dialect.all[dialect]!, defaultSchema: directives["default_schema"]?.first,
                              schema: tables.isEmpty ? nil : DictionarySchema(tables))
    }
}
