import FileFormats
import Testing

@Suite("CSV and TSV schemas")
struct CSVSchemaTests {
    let reader = FileSchemaReader()

    /// What make_file_fixtures.py writes into people.csv, people_semicolon.csv and people.tsv.
    func expectPeople(_ schema: FileSchema, delimiter: String) {
        #expect(schema.columns.map(\.name) == ["id", "name", "salary", "active", "hired", "updated", "note"])
        #expect(schema.columns.map(\.type) == ["integer", "string", "decimal", "boolean", "date", "timestamp", "string"])
        #expect(schema.properties["delimiter"] == delimiter)
        #expect(schema.properties["header"] == "true")
        #expect(schema.rowCount == 12)
        #expect(schema.sampledRows == 12)
        #expect(schema.column("id")?.nullable == false)
        #expect(schema.column("salary")?.nullable == true)
        #expect(schema.column("salary")?.nullCount == 1)
        #expect(schema.column("note")?.nullCount == 9)
        #expect(schema.warnings.isEmpty)
    }

    @Test("people.csv: header, types, nulls, quoted fields with commas, quotes and a newline")
    func people() async throws {
        let schema = try await reader.read(FileKind(format: .csv), from: FixtureFiles.source("people.csv"))
        #expect(schema.format == .csv)
        #expect(schema.compression == nil)
        expectPeople(schema, delimiter: ",")
    }

    @Test("A semicolon-delimited .csv and a .tsv are detected by their delimiters")
    func delimiters() async throws {
        let semicolon = try await reader.read(FileKind(format: .csv), from: FixtureFiles.source("people_semicolon.csv"))
        expectPeople(semicolon, delimiter: ";")
        let tabs = try await reader.read(FileKind(format: .tsv), from: FixtureFiles.source("people.tsv"))
        #expect(tabs.format == .tsv)
        expectPeople(tabs, delimiter: "\t")
        let pipes = try await reader.read(FileKind(format: .csv), from: FixtureFiles.source("orders_pipe.csv"))
        #expect(pipes.properties["delimiter"] == "|")
        #expect(pipes.columns.map(\.name) == ["order_id", "customer", "total"])
        #expect(pipes.columns.map(\.type) == ["integer", "string", "decimal"])
        #expect(pipes.rowCount == 8)
    }

    @Test("no_header.tsv: the first row holds values, so columns are column_1...")
    func noHeader() async throws {
        let schema = try await reader.read(FileKind(format: .tsv), from: FixtureFiles.source("no_header.tsv"))
        #expect(schema.properties["header"] == "false")
        #expect(schema.columns.map(\.name) == ["column_1", "column_2", "column_3", "column_4"])
        #expect(schema.columns.map(\.type) == ["integer", "string", "decimal", "date"])
        #expect(schema.rowCount == 12)
        #expect(schema.column("column_3")?.nullCount == 1)
    }

    @Test("Header heuristics: typed rows below, equal types, repeated values, a header alone")
    func headers() async throws {
        func header(_ text: String) async throws -> String? {
            let schema = try await reader.read(FileKind(format: .csv), from: MemoryByteSource(Array(text.utf8)))
            return schema.properties["header"]
        }
        #expect(try await header("name,city\nAda,Oslo\nGrace,Lyon\n") == "true")
        #expect(try await header("Ada,Oslo\nGrace,Lyon\nAda,Kyoto\n") == "false")
        #expect(try await header("1,2\n3,4\n") == "false")
        #expect(try await header("a,b,a\n1,2,3\n") == "false")
        #expect(try await header("id,name\n") == "true")
        let indexed = try await reader.read(FileKind(format: .csv), from: MemoryByteSource(Array(",a,b\n0,1,x\n1,2,y\n".utf8)))
        #expect(indexed.columns.map(\.name) == ["column_1", "a", "b"])
    }

    @Test("Types widen integer to decimal to string; booleans, dates and timestamps are recognised")
    func widening() async throws {
        let text = """
        i,d,s,b,flag,day,at,code,e
        1,1,1,true,0,2024-02-29,2024-01-15 08:30:00.123+02:00,007,1e5
        2,2.5,x,F,1,2024-03-01,2024-01-15T08:30Z,010,2.5
        -3,,2.5,t,1,2024-03-02,2024-01-15,011,3
        """
        let schema = try await reader.read(FileKind(format: .csv), from: MemoryByteSource(Array(text.utf8)))
        #expect(schema.columns.map(\.type) == ["integer", "decimal", "string", "boolean", "integer", "date",
                                               "timestamp", "string", "double"])
        #expect(schema.column("d")?.nullable == true)
        #expect(schema.column("i")?.nullable == false)
    }

    @Test("A sample cut mid-line drops the partial line")
    func partialLine() async throws {
        var text = "id,flag\n"
        for index in 0..<200 { text += "\(index),true\n" }
        // 100 bytes end inside the line "12,true": kept, its "tru" would make the flag column a string.
        #expect(String(decoding: Array(text.utf8)[94..<100], as: UTF8.self) == "12,tru")
        let small = FileSchemaReader(sampleBytes: 100, sampleRows: 1000)
        let source = RecordingByteSource(Array(text.utf8))
        let schema = try await small.read(FileKind(format: .csv), from: source)
        #expect(schema.sampledRows == 12)
        #expect(schema.columns.map(\.type) == ["integer", "boolean"])
        #expect(schema.rowCount == nil)
        #expect(source.rangesRead == [0..<100])
    }

    @Test("Quoted fields spanning lines stay one field; doubled quotes unescape")
    func quotes() async throws {
        let text = "a,b\n\"x\ny\",\"say \"\"hi\"\"\"\n\"p,q\",2\n"
        let schema = try await reader.read(FileKind(format: .csv), from: MemoryByteSource(Array(text.utf8)))
        #expect(schema.rowCount == 2)
        #expect(schema.columns.map(\.name) == ["a", "b"])
        #expect(schema.warnings.isEmpty)
    }

    @Test("Binary data named .csv is refused with a clear error")
    func binary() async throws {
        let parquet = try FixtureFiles.source("types_snappy.parquet")
        await #expect(throws: FileFormatError.self) {
            _ = try await reader.read(FileKind(format: .csv), from: parquet)
        }
    }

    @Test("catalogColumns keeps order, types and nullability with positions from 1")
    func catalogColumns() async throws {
        let schema = try await reader.read(FileKind(format: .csv), from: FixtureFiles.source("people.csv"))
        let columns = schema.catalogColumns
        #expect(columns.map(\.position) == Array(1...7))
        #expect(columns[2].name == "salary" && columns[2].type == "decimal" && columns[2].nullable == true)
    }
}
