import ArgumentParser
import CatalogModel
import Foundation
import SQLLineage
import SQLSyntax

/// `torro lineage`: table and column lineage of SQL files or standard input, without a server.
struct Lineage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage", abstract: "Print the table and column lineage of SQL scripts.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, text, dot }

    @Option(help: "SQL dialect: \(Dialect.all.keys.sorted().joined(separator: ", ")).")
    var dialect = "oracle"

    @Option(help: "Schema for unqualified table names.")
    var defaultSchema: String?

    @Option(help: "JSON file {\"schema.table\": [\"col\", ...]} used to expand * and place unqualified columns.")
    var schema: String?

    @Option(help: "Output format.")
    var format: Format = .json

    @Flag(help: "Read JSON lines {\"id\", \"sql\", \"dialect\"} and write one result per line.")
    var batch = false

    @Argument(help: "SQL files; standard input when none.")
    var files: [String] = []

    func validate() throws {
        guard Dialect.all[dialect] != nil else { throw ValidationError("unknown dialect '\(dialect)'") }
        for file in files where !FileManager.default.isReadableFile(atPath: file) {
            throw ValidationError("cannot read '\(file)'")
        }
    }

    func run() throws {
        let provider = try loadSchema()
        var options = LineageOptions(dialect: Dialect.all[dialect]!, defaultSchema: defaultSchema, schema: provider)
        if batch {
            try runBatch(&options)
            return
        }
        let sql = try files.isEmpty ? readStandardInput() : files.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined(separator: "\n")
        let result = LineageAnalyzer.analyze(sql, options: options)
        switch format {
        case .json: print(JSONWriter.text(result.jsonValue))
        case .text: print(result.text)
        case .dot: print(result.dot)
        }
    }

    private func runBatch(_ options: inout LineageOptions) throws {
        let input = try files.isEmpty ? readStandardInput() : files.map { try String(contentsOfFile: $0, encoding: .utf8) }.joined(separator: "\n")
        var output = ""
        for line in input.split(separator: "\n", omittingEmptySubsequences: true) {
            guard case .object(let request)? = JSONReader.parse(String(line)), case .string(let sql)? = request["sql"] else {
                output += JSONWriter.text(.object(["error": .string("each line must be a JSON object with a \"sql\" string")])) + "\n"
                continue
            }
            var lineOptions = options
            if case .string(let name)? = request["dialect"], let dialect = Dialect.all[name] { lineOptions.dialect = dialect }
            guard case .object(var object) = LineageAnalyzer.analyze(sql, options: lineOptions).jsonValue else { continue }
            object["id"] = request["id"] ?? .null
            output += JSONWriter.text(.object(object)) + "\n"
            if output.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(output.utf8))
                output = ""
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    private func loadSchema() throws -> DictionarySchema? {
        guard let schema else { return nil }
        guard let text = try? String(contentsOfFile: schema, encoding: .utf8), case .object(let tables)? = JSONReader.parse(text) else {
            throw ValidationError("--schema must name a readable JSON file {\"schema.table\": [\"column\", ...]}")
        }
        var columns: [String: [String]] = [:]
        for (table, value) in tables {
            guard case .array(let names) = value else { throw ValidationError("--schema: \(table) must map to a list of column names") }
            columns[table] = names.compactMap(\.stringValue)
        }
        return DictionarySchema(columns)
    }

    private func readStandardInput() throws -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
    }
}
