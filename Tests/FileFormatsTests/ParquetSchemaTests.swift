import FileFormats
import Testing

@Suite("Parquet schemas from the footer")
struct ParquetSchemaTests {
    let reader = FileSchemaReader()

    /// What make_file_fixtures.py writes into types_<codec>.parquet with pyarrow.
    func expectTypes(_ schema: FileSchema) throws {
        #expect(schema.format == .parquet)
        #expect(schema.columns.map(\.name) == ["id", "quantity", "tiny", "score", "amount", "name", "active", "birthday",
                                               "created", "address", "tags", "attributes"])
        #expect(schema.columns.map(\.type) == ["integer", "integer", "integer", "double", "decimal(10,2)", "string",
                                               "boolean", "date", "timestamp", "struct<city:string,zip:integer>",
                                               "array<string>", "map<string,integer>"])
        #expect(schema.columns.map(\.physicalType) == ["INT64", "INT32", "INT32", "DOUBLE", "FIXED_LEN_BYTE_ARRAY",
                                                       "BYTE_ARRAY", "BOOLEAN", "INT32", "INT64", nil, nil, nil])
        #expect(schema.columns.map(\.nullable) == [false, true, true, true, true, true, false, true, true, true, true, true])
        #expect(schema.column("tiny")?.logicalType == "INT(8,signed)")
        #expect(schema.column("amount")?.logicalType == "DECIMAL(10,2)")
        #expect(schema.column("created")?.logicalType == "TIMESTAMP(MICROS,UTC)")
        #expect(schema.column("name")?.logicalType == "STRING")
        #expect(schema.column("id")?.nullCount == 0)
        #expect(schema.column("quantity")?.nullCount == 5)
        #expect(schema.column("name")?.nullCount == 6)
        let address = try #require(schema.column("address"))
        #expect(address.children.map(\.name) == ["city", "zip"])
        #expect(address.children.map(\.nullCount) == [0, 0])
        let tags = try #require(schema.column("tags"))
        #expect(tags.children.map(\.name) == ["element"])
        #expect(tags.children.first?.nullable == true)
        let attributes = try #require(schema.column("attributes"))
        #expect(attributes.children.map(\.name) == ["key", "value"])
        #expect(attributes.children.map(\.nullable) == [false, true])
        #expect(schema.rowCount == 30)
        #expect(schema.rowGroups == 3)
        #expect(schema.properties["created_by"]?.hasPrefix("parquet-cpp-arrow") == true)
        #expect(schema.warnings.isEmpty)
    }

    @Test("pyarrow files in snappy, gzip, zstd and no compression", arguments: [
        ("types_snappy.parquet", "snappy"), ("types_gzip.parquet", "gzip"),
        ("types_zstd.parquet", "zstd"), ("types_none.parquet", "uncompressed"),
    ])
    func codecs(file: String, codec: String) async throws {
        let schema = try await reader.read(FileKind(format: .parquet), from: FixtureFiles.source(file))
        try expectTypes(schema)
        #expect(schema.compression == codec)
    }

    @Test("Columns with different codecs list them all")
    func mixed() async throws {
        let schema = try await reader.read(FileKind(format: .parquet), from: FixtureFiles.source("mixed_codecs.parquet"))
        #expect(schema.compression == "snappy,zstd")
        #expect(schema.types == ["id": "integer", "name": "string"])
        #expect(schema.rowGroups == 1)
    }

    @Test("Not Parquet, or a footer length past the file, is a clear error")
    func notParquet() async throws {
        do {
            _ = try await reader.read(FileKind(format: .parquet), from: FixtureFiles.source("people.csv"))
            Issue.record("CSV read as Parquet")
        } catch let error as FileFormatError {
            #expect(error.message.hasPrefix("not a Parquet file: the last 4 bytes are not PAR1"))
        }
        var bytes = try FixtureFiles.bytes("types_snappy.parquet")
        bytes[bytes.count - 5] = 0x7F
        do {
            _ = try await reader.read(FileKind(format: .parquet), from: MemoryByteSource(bytes))
            Issue.record("an impossible footer length was accepted")
        } catch let error as FileFormatError {
            #expect(error.message.contains("footer claims"))
        }
    }

    @Test("Unknown footer fields (structs holding lists, maps, bools, doubles) are skipped")
    func unknownFields() async throws {
        var footer = ThriftWriter()
        footer.field(1, .i32) { $0.varint(zigzag: 2) }
        // An unknown field 50 before the schema: a struct holding a list of structs, a map, bools and a double.
        footer.field(50, .structure) { unknown in
            unknown.field(1, .list) { list in
                list.listHeader(count: 2, element: .structure)
                for _ in 0..<2 {
                    list.structElement { element in
                        element.field(1, .binary) { $0.binary("skip me") }
                        element.field(2, .boolTrue)
                    }
                }
            }
            unknown.field(2, .map) { map in
                map.varint(2)
                map.byte(0x85)  // binary keys, i32 values
                for key in ["a", "b"] {
                    map.binary(key)
                    map.varint(zigzag: 7)
                }
            }
            unknown.field(3, .double) { $0.bytes(Array(repeating: 0, count: 8)) }
            unknown.field(4, .list) { list in
                list.listHeader(count: 3, element: .boolTrue)
                list.bytes([1, 2, 1])
            }
        }
        footer.field(2, .list) { list in
            list.listHeader(count: 3, element: .structure)
            list.schemaElement(name: "root", children: 2)
            list.schemaElement(name: "id", type: 2, repetition: 0)
            list.schemaElement(name: "label", type: 6, repetition: 1, converted: 0)
        }
        footer.field(3, .i64) { $0.varint(zigzag: 42) }
        footer.field(4, .list) { $0.listHeader(count: 0, element: .structure) }
        footer.field(99, .binary) { $0.binary("a field from the future") }
        footer.field(6, .binary) { $0.binary("hand-made") }
        footer.stop()
        let file = ThriftWriter.parquetFile(footer: footer.bytes)
        let schema = try await reader.read(FileKind(format: .parquet), from: MemoryByteSource(file))
        #expect(schema.types == ["id": "integer", "label": "string"])
        #expect(schema.column("id")?.nullable == false)
        #expect(schema.rowCount == 42)
        #expect(schema.rowGroups == 0)
        #expect(schema.properties["created_by"] == "hand-made")
    }

    @Test("Legacy two-level lists and unannotated repeated fields become arrays")
    func legacyLists() async throws {
        var footer = ThriftWriter()
        footer.field(2, .list) { list in
            list.listHeader(count: 8, element: .structure)
            list.schemaElement(name: "root", children: 3)
            // optional group points (LIST) { repeated group array { required int32 x; required int32 y; } }
            list.schemaElement(name: "points", repetition: 1, children: 1, converted: 3)
            list.schemaElement(name: "array", repetition: 2, children: 2)
            list.schemaElement(name: "x", type: 1, repetition: 0)
            list.schemaElement(name: "y", type: 1, repetition: 0)
            // optional group codes (LIST) { repeated int32 element; }
            list.schemaElement(name: "codes", repetition: 1, children: 1, converted: 3)
            list.schemaElement(name: "element", type: 1, repetition: 2)
            // repeated binary names (UTF8)
            list.schemaElement(name: "names", type: 6, repetition: 2, converted: 0)
        }
        footer.field(3, .i64) { $0.varint(zigzag: 0) }
        footer.stop()
        let schema = try await reader.read(FileKind(format: .parquet), from: MemoryByteSource(ThriftWriter.parquetFile(footer: footer.bytes)))
        #expect(schema.types == ["points": "array<struct<x:integer,y:integer>>", "codes": "array<integer>",
                                 "names": "array<string>"])
        #expect(schema.column("names")?.nullable == false)
    }
}
