import CatalogModel
import Foundation
import Testing

/// `torro lineage` as a user runs it: the built binary, SQL on standard input or in files.
@Suite("torro lineage")
struct LineageCommandTests {
    private let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("torro")

    private func run(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String, errors: String) {
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build the torro executable first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["lineage"] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }

    private func strings(_ value: JSONValue?) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.compactMap(\.stringValue)
    }

    @Test("standard input in, one JSON object out: tables, column pairs and diagnostics with their place")
    func json() throws {
        let sql = "INSERT INTO dwh.t (a, b) SELECT s.a, s.b + 1 FROM stg.s s WHERE s.c > 0;\nSELEC nonsense;"
        let result = try run(["--dialect", "oracle", "--format", "json"], input: sql)
        #expect(result.status == 0)
        let object = try #require(JSONReader.parse(result.output)?.objectValue)
        #expect(strings(object["sources"]) == ["STG.S"])
        #expect(strings(object["targets"]) == ["DWH.T"])
        #expect(strings(object["indirect"]) == ["STG.S.C"])
        guard case .array(let pairs)? = object["column_lineage"] else { Issue.record("no column_lineage"); return }
        #expect(pairs.map { strings($0).joined(separator: " -> ") } == ["STG.S.A -> DWH.T.A", "STG.S.B -> DWH.T.B"])
        guard case .array(let diagnostics)? = object["diagnostics"], case .object(let first)? = diagnostics.first else {
            Issue.record("the bad statement has no diagnostic")
            return
        }
        #expect(first["line"] == .number(2))
        #expect(first["severity"] == .string("error"))
    }

    @Test("--batch keeps each line's id and dialect; --schema expands *; a file argument is read")
    func batchSchemaAndFiles() throws {
        let lines = """
        {"id": "a", "sql": "insert into mart.x select * from raw.y", "dialect": "postgres"}
        {"id": 7, "sql": "UPDATE t SET a = s.a FROM s WHERE s.k = t.k", "dialect": "tsql"}
        """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("torro-lineage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schema = folder.appendingPathComponent("schema.json")
        try Data(#"{"raw.y": ["id", "name"], "mart.x": ["id", "name"]}"#.utf8).write(to: schema)
        let result = try run(["--batch", "--schema", schema.path], input: lines)
        #expect(result.status == 0)
        let objects = result.output.split(separator: "\n").compactMap { JSONReader.parse(String($0))?.objectValue }
        #expect(objects.count == 2)
        #expect(objects.first?["id"] == .string("a"))
        #expect(objects.last?["id"] == .number(7))
        guard case .array(let pairs)? = objects.first?["column_lineage"] else { Issue.record("no pairs"); return }
        #expect(pairs.map { strings($0).joined(separator: " -> ") } == ["raw.y.id -> mart.x.id", "raw.y.name -> mart.x.name"])
        #expect(strings(objects.last?["targets"]) == ["t"])

        let script = folder.appendingPathComponent("load.sql")
        try Data("CREATE TABLE tmp AS SELECT a FROM s;\nINSERT INTO t (b) SELECT a FROM tmp;\nDROP TABLE tmp;".utf8).write(to: script)
        let text = try run(["--format", "text", script.path])
        #expect(text.output.contains("S.A -> T.B (identity)"))
        #expect(text.output.contains("intermediate:\n  TMP"))
        #expect(try run(["--format", "dot", script.path]).output.contains("\"S\" -> \"T\" [label=\"A -> B\"]"))
    }

    @Test("unusable arguments exit 64 with a message; SQL that cannot be read still exits 0")
    func exitCodes() throws {
        let dialect = try run(["--dialect", "klingon"], input: "SELECT 1")
        #expect(dialect.status == 64)
        #expect(dialect.errors.contains("unknown dialect 'klingon'"))
        #expect(try run(["/no/such/file.sql"]).status == 64)
        let badSchema = FileManager.default.temporaryDirectory.appendingPathComponent("torro-schema-\(UUID().uuidString).json")
        try Data("[1, 2".utf8).write(to: badSchema)
        defer { try? FileManager.default.removeItem(at: badSchema) }
        #expect(try run(["--schema", badSchema.path], input: "SELECT 1 FROM dual").status == 64)
        #expect(try run([], input: "this is not SQL at all ((((").status == 0)
    }
}
