import FileFormats
import Testing

@Suite("Gzip-compressed text")
struct GzipTests {
    let reader = FileSchemaReader()

    @Test("people.csv.gz and events.ndjson.gz read like their plain versions, compression gzip")
    func fixtures() async throws {
        let csv = try await reader.read(FileKind(format: .csv, gzip: true), from: FixtureFiles.source("people.csv.gz"))
        let plainCSV = try await reader.read(FileKind(format: .csv), from: FixtureFiles.source("people.csv"))
        #expect(csv.compression == "gzip")
        #expect(csv.columns == plainCSV.columns)
        #expect(csv.rowCount == 12)
        let ndjson = try await reader.read(FileKind(format: .ndjson, gzip: true), from: FixtureFiles.source("events.ndjson.gz"))
        let plain = try await reader.read(FileKind(format: .ndjson), from: FixtureFiles.source("events.ndjson"))
        #expect(ndjson.columns == plain.columns)
        #expect(ndjson.rowCount == 10)
        #expect(ndjson.warnings.isEmpty)
    }

    @Test("A truncated .gz still yields the rows it holds, with a warning")
    func truncated() async throws {
        let bytes = try FixtureFiles.bytes("people.csv.gz")
        let cut = MemoryByteSource(Array(bytes.prefix(bytes.count * 2 / 3)))
        let schema = try await reader.read(FileKind(format: .csv, gzip: true), from: cut)
        #expect(schema.columns.map(\.name) == ["id", "name", "salary", "active", "hired", "updated", "note"])
        #expect(schema.rowCount == nil)
        #expect(schema.warnings.contains { $0.contains("truncated") })
    }

    @Test("Of a multi-MB .gz only a prefix about the sample's size is read")
    func prefixOnly() async throws {
        var text = "id,label,amount\n"
        var index = 0
        while text.utf8.count < 3_000_000 {
            text += "\(index),label \(index),\(index).25\n"
            index += 1
        }
        let gzip = StoredGzip.make(Array(text.utf8))
        let source = RecordingByteSource(gzip)
        let schema = try await reader.read(FileKind(format: .csv, gzip: true), from: source)
        #expect(schema.columns.map(\.type) == ["integer", "string", "decimal"])
        #expect(schema.rowCount == nil)
        #expect(source.bytesRead <= 2 + 2 * 64 * 1024)
        #expect(gzip.count > 3_000_000)
    }

    @Test("Two gzip members in one file are read across")
    func members() async throws {
        let first = StoredGzip.make(Array("a,b\n1,x\n".utf8))
        let second = StoredGzip.make(Array("2,y\n3,z\n".utf8))
        let schema = try await reader.read(FileKind(format: .csv, gzip: true), from: MemoryByteSource(first + second))
        #expect(schema.rowCount == 3)
        #expect(schema.types == ["a": "integer", "b": "string"])
    }

    @Test("A .gz that is not gzip is refused")
    func notGzip() async throws {
        do {
            _ = try await reader.read(FileKind(format: .csv, gzip: true), from: FixtureFiles.source("people.csv"))
            Issue.record("plain text was read as gzip")
        } catch let error as FileFormatError {
            #expect(error.message.contains("not a gzip file"))
        }
    }
}
