import FileFormats
import Testing

@Suite("Ranged reads fetch only what the schema needs")
struct RangedReadTests {
    @Test("A Parquet schema comes from footer ranges only, even in a file of several MB")
    func parquetFooterOnly() async throws {
        let fixture = try FixtureFiles.bytes("types_zstd.parquet")
        // Grow the file to 4 MB by inserting bytes after the leading magic: the footer at the end is untouched,
        // so a reader that only reads the footer sees the same schema.
        let large = Array(fixture.prefix(4)) + Array(repeating: 0x5A, count: 4_000_000) + Array(fixture.dropFirst(4))
        let source = RecordingByteSource(large)
        let schema = try await FileSchemaReader().read(FileKind(format: .parquet), from: source)
        #expect(schema.columns.count == 12)
        #expect(schema.rowCount == 30)
        #expect(source.bytesRead <= 8 * 1024)
        #expect(source.rangesRead.allSatisfy { $0.lowerBound >= Int64(large.count) - 8 * 1024 })
        let footerBytes = try #require(schema.properties["footer_bytes"].flatMap { Int64($0) })
        #expect(footerBytes + 8 <= source.bytesRead)
    }

    @Test("A footer longer than the first tail read costs one more range, and no more")
    func longFooter() async throws {
        var footer = ThriftWriter()
        footer.field(2, .list) { list in
            list.listHeader(count: 1201, element: .structure)
            list.schemaElement(name: "root", children: 1200)
            for index in 0..<1200 { list.schemaElement(name: "column_with_a_long_name_\(index)", type: 2, repetition: 1) }
        }
        footer.field(3, .i64) { $0.varint(zigzag: 7) }
        footer.stop()
        let data = Array(repeating: UInt8(0), count: 1_000_000)
        let file = Array("PAR1".utf8) + data + ThriftWriter.parquetFile(footer: footer.bytes).dropFirst(4)
        let source = RecordingByteSource(file)
        let schema = try await FileSchemaReader().read(FileKind(format: .parquet), from: source)
        #expect(schema.columns.count == 1200)
        #expect(schema.rowCount == 7)
        let size = Int64(file.count)
        let footerStart = size - 8 - Int64(footer.bytes.count)
        #expect(footer.bytes.count > 8 * 1024)
        #expect(source.rangesRead == [(size - 8 * 1024)..<size, footerStart..<(size - 8)])
    }

    @Test("A CSV of several MB is read in one range of sampleBytes")
    func csvPrefixOnly() async throws {
        var text = "id,name,score,when\n"
        var row = 0
        while text.utf8.count < 4_000_000 {
            text += "\(row),name \(row),\(row % 97).5,2024-01-\(10 + row % 18)\n"
            row += 1
        }
        let source = RecordingByteSource(Array(text.utf8))
        let schema = try await FileSchemaReader().read(FileKind(format: .csv), from: source)
        #expect(schema.columns.map(\.type) == ["integer", "string", "decimal", "date"])
        #expect(source.rangesRead == [0..<65_536])
        #expect(schema.sampledRows == 1000)
        #expect(schema.rowCount == nil)
    }

    @Test("An NDJSON file is read only as far as its sample")
    func ndjsonPrefixOnly() async throws {
        let line = "{\"id\": 1, \"tags\": [\"a\"], \"nested\": {\"x\": 1.5}}\n"
        let source = RecordingByteSource(Array(String(repeating: line, count: 50_000).utf8))
        let schema = try await FileSchemaReader(sampleBytes: 32 * 1024).read(FileKind(format: .ndjson), from: source)
        #expect(schema.types == ["id": "integer", "tags": "array<string>", "nested": "struct<x:double>"])
        #expect(source.bytesRead == 32 * 1024)
    }
}
