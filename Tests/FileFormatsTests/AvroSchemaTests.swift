import FileFormats
import Testing

@Suite("Avro schemas from the container header")
struct AvroSchemaTests {
    let reader = FileSchemaReader()

    @Test("fastavro files with null and deflate codecs", arguments: [("users_null.avro", "null"), ("users_deflate.avro", "deflate")])
    func users(file: String, codec: String) async throws {
        let schema = try await reader.read(FileKind(format: .avro), from: FixtureFiles.source(file))
        #expect(schema.format == .avro)
        #expect(schema.compression == codec)
        #expect(schema.columns.map(\.name) == ["id", "name", "email", "address", "tags", "scores", "birthday", "created",
                                               "balance", "status", "previous"])
        #expect(schema.columns.map(\.type) == ["integer", "string", "string", "struct<city:string,zip:integer>",
                                               "array<string>", "map<string,double>", "date", "timestamp",
                                               "decimal(10,2)", "string", "struct<city:string,zip:integer>"])
        #expect(schema.columns.map(\.physicalType) == ["long", "string", "string", "record", "array", "map", "int", "long",
                                                       "bytes", "enum", "record"])
        #expect(schema.columns.map(\.nullable) == [false, false, true, false, false, false, false, false, false, false, true])
        #expect(schema.column("created")?.logicalType == "timestamp-millis")
        #expect(schema.column("birthday")?.logicalType == "date")
        #expect(schema.column("balance")?.logicalType == "decimal")
        #expect(schema.column("address")?.children.map(\.nullable) == [false, true])
        #expect(schema.properties["name"] == "User")
        #expect(schema.properties["namespace"] == "com.torro.test")
        #expect(schema.properties["metadata.written.by"] == "make_file_fixtures")
        #expect(schema.rowCount == 25)
        #expect(schema.warnings.isEmpty)
    }

    @Test("A header longer than the first read is read in more ranges")
    func longHeader() async throws {
        let fields = (0..<300).map { "{\"name\": \"field_\($0)\", \"type\": \"long\"}" }.joined(separator: ",")
        let file = AvroFile.make(schema: "{\"type\": \"record\", \"name\": \"Wide\", \"fields\": [\(fields)]}")
        #expect(file.count > 4096)
        let source = RecordingByteSource(file)
        let schema = try await FileSchemaReader(sampleBytes: 16).read(FileKind(format: .avro), from: source)
        #expect(schema.columns.count == 300)
        #expect(source.rangesRead.map(\.upperBound) == [1024, 4096, Int64(file.count)])
    }

    @Test("Of a large file only the head is read, and rows are then not counted")
    func headOnly() async throws {
        var bytes = try FixtureFiles.bytes("users_null.avro")
        bytes += Array(repeating: 0, count: 2_000_000)
        let source = RecordingByteSource(bytes)
        let schema = try await reader.read(FileKind(format: .avro), from: source)
        #expect(schema.columns.count == 11)
        #expect(schema.rowCount == nil)
        #expect(source.bytesRead == 64 * 1024)
    }

    @Test("Not Avro, or a header cut short, is a clear error")
    func errors() async throws {
        do {
            _ = try await reader.read(FileKind(format: .avro), from: FixtureFiles.source("people.csv"))
            Issue.record("CSV read as Avro")
        } catch let error as FileFormatError {
            #expect(error.message.hasPrefix("not an Avro file"))
        }
        let bytes = try FixtureFiles.bytes("users_null.avro")
        do {
            _ = try await reader.read(FileKind(format: .avro), from: MemoryByteSource(Array(bytes.prefix(300))))
            Issue.record("a cut header was accepted")
        } catch let error as FileFormatError {
            #expect(error.message.contains("truncated Avro file"))
        }
    }

    @Test("Unions of several types widen; a recursive record does not recurse forever")
    func unionsAndRecursion() async throws {
        let schemaJSON = """
        {"type": "record", "name": "Node", "fields": [
          {"name": "n", "type": ["null", "int", "long"]},
          {"name": "x", "type": ["int", "double"]},
          {"name": "s", "type": ["string", "long"]},
          {"name": "u", "type": {"type": "string", "logicalType": "uuid"}},
          {"name": "next", "type": ["null", "Node"]}
        ]}
        """
        let file = AvroFile.make(schema: schemaJSON)
        let schema = try await reader.read(FileKind(format: .avro), from: MemoryByteSource(file))
        #expect(schema.columns.map(\.type) == ["integer", "double", "string", "string", "struct<>"])
        #expect(schema.column("n")?.physicalType == "union<null,int,long>")
        #expect(schema.column("n")?.nullable == true)
        #expect(schema.column("next")?.nullable == true)
        #expect(schema.warnings.count == 1)
        #expect(schema.rowCount == 0)
    }
}
