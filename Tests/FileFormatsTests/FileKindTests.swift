import FileFormats
import Testing

@Suite("File kinds from names")
struct FileKindTests {
    @Test("Extensions name the format; .gz only wraps text formats")
    func guesses() {
        #expect(FileKind.guess(path: "raw/sales/2024/orders.csv") == FileKind(format: .csv))
        #expect(FileKind.guess(path: "a.TSV") == FileKind(format: .tsv))
        #expect(FileKind.guess(path: "events.jsonl") == FileKind(format: .ndjson))
        #expect(FileKind.guess(path: "events.ndjson.gz") == FileKind(format: .ndjson, gzip: true))
        #expect(FileKind.guess(path: "x/people.csv.gz") == FileKind(format: .csv, gzip: true))
        #expect(FileKind.guess(path: "data.json") == FileKind(format: .json))
        #expect(FileKind.guess(path: "part-00000-1.snappy.parquet") == FileKind(format: .parquet))
        #expect(FileKind.guess(path: "users.avro") == FileKind(format: .avro))
        for none in ["notes.txt", "table.parquet.gz", "x.avro.gz", "archive.gz", ".csv", "csv", "folder/", "a.csv.zip"] {
            #expect(FileKind.guess(path: none) == nil, "\(none)")
        }
    }
}
