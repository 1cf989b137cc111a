import FileFormats
import Testing

@Suite("JSON and NDJSON schemas")
struct JSONSchemaTests {
    let reader = FileSchemaReader()

    @Test("orders.json: an array of records with nested structs, arrays of structs, int+double and all-null keys")
    func orders() async throws {
        let schema = try await reader.read(FileKind(format: .json), from: FixtureFiles.source("orders.json"))
        #expect(schema.format == .json)
        #expect(schema.columns.map(\.name) == ["order_id", "customer", "lines", "total", "paid", "coupon"])
        #expect(schema.types["order_id"] == "integer")
        #expect(schema.types["customer"] == "struct<name:string,address:struct<city:string,zip:string>>")
        #expect(schema.types["lines"] == "array<struct<sku:string,qty:integer,price:double>>")
        #expect(schema.types["total"] == "double")
        #expect(schema.types["paid"] == "boolean")
        #expect(schema.types["coupon"] == "string")
        #expect(schema.column("coupon")?.nullable == true)
        #expect(schema.column("coupon")?.nullCount == 6)
        #expect(schema.column("order_id")?.nullable == false)
        #expect(schema.column("customer")?.children.map(\.name) == ["name", "address"])
        #expect(schema.rowCount == 6)
        #expect(schema.sampledRows == 6)
    }

    @Test("events.ndjson: keys merged across lines, missing keys nullable, ISO strings as timestamps")
    func events() async throws {
        let schema = try await reader.read(FileKind(format: .ndjson), from: FixtureFiles.source("events.ndjson"))
        #expect(schema.format == .ndjson)
        #expect(schema.columns.map(\.name) == ["event", "ts", "user", "value", "tags"])
        #expect(schema.types["event"] == "string")
        #expect(schema.types["ts"] == "timestamp")
        #expect(schema.types["user"] == "struct<id:integer,plan:string,country:string>")
        #expect(schema.types["value"] == "double")
        #expect(schema.types["tags"] == "array<string>")
        #expect(schema.column("tags")?.nullable == true)
        #expect(schema.column("tags")?.nullCount == 7)
        #expect(schema.column("event")?.nullable == false)
        let user = schema.column("user")
        #expect(user?.children.first { $0.name == "country" }?.nullable == true)
        #expect(user?.children.first { $0.name == "plan" }?.nullable == false)
        #expect(schema.rowCount == 10)
    }

    @Test("Only the complete records of a cut JSON array are read")
    func truncatedArray() async throws {
        var text = "["
        for index in 0..<2000 { text += (index == 0 ? "" : ",") + "{\"id\": \(index), \"name\": \"n\(index)\"}" }
        text += "]"
        let source = RecordingByteSource(Array(text.utf8))
        let schema = try await FileSchemaReader(sampleBytes: 4096).read(FileKind(format: .json), from: source)
        #expect(schema.types == ["id": "integer", "name": "string"])
        #expect(schema.rowCount == nil)
        let sampled = try #require(schema.sampledRows)
        #expect(sampled > 100 && sampled < 200)
        #expect(source.bytesRead == 4096)
    }

    @Test("A record longer than the sample grows the sample")
    func longRecord() async throws {
        let text = "[{\"blob\": \"" + String(repeating: "x", count: 3000) + "\", \"n\": 1}, {\"n\": 2}]"
        let schema = try await FileSchemaReader(sampleBytes: 1024).read(FileKind(format: .json), from: MemoryByteSource(Array(text.utf8)))
        #expect(schema.types == ["blob": "string", "n": "integer"])
        #expect(schema.rowCount == 2)
    }

    @Test("One object, concatenated objects, scalars, and NDJSON with a bad line")
    func shapes() async throws {
        let one = try await reader.read(FileKind(format: .json), from: MemoryByteSource(Array("{\"a\": 1, \"b\": [1, 2.5]}".utf8)))
        #expect(one.types == ["a": "integer", "b": "array<double>"])
        #expect(one.rowCount == 1)
        let scalars = try await reader.read(FileKind(format: .json), from: MemoryByteSource(Array("[1, 2, null]".utf8)))
        #expect(scalars.columns.map(\.name) == ["value"])
        #expect(scalars.column("value")?.nullCount == 1)
        let lines = "{\"a\": 1}\nnot json\n\n{\"a\": \"x\", \"b\": true}\n"
        let ndjson = try await reader.read(FileKind(format: .ndjson), from: MemoryByteSource(Array(lines.utf8)))
        #expect(ndjson.types == ["a": "string", "b": "boolean"])
        #expect(ndjson.warnings.count == 1)
        #expect(ndjson.rowCount == 2)
    }

    @Test("Text that is not JSON is refused with what was wrong")
    func notJSON() async throws {
        do {
            _ = try await reader.read(FileKind(format: .json), from: MemoryByteSource(Array("id,name\n1,x\n".utf8)))
            Issue.record("CSV text was read as JSON")
        } catch let error as FileFormatError {
            #expect(error.message.contains("not a JSON file"))
        }
        do {
            _ = try await reader.read(FileKind(format: .ndjson), from: MemoryByteSource(Array("{oops}\n".utf8)))
            Issue.record("invalid NDJSON was read")
        } catch let error as FileFormatError {
            #expect(error.message.contains("line 1"))
        }
        await #expect(throws: FileFormatError.self) {
            _ = try await reader.read(FileKind(format: .json), from: MemoryByteSource(Array("[{\"a\": 1}, {\"a\": ".utf8)))
        }
    }

    @Test("Nesting deeper than the parser allows is an error, not a stack overflow")
    func deepNesting() async throws {
        let text = String(repeating: "[", count: 100_000)
        await #expect(throws: FileFormatError.self) {
            _ = try await reader.read(FileKind(format: .json), from: MemoryByteSource(Array(("[{\"a\": " + text).utf8)))
        }
    }
}
