import FileFormats
import Testing

@Suite("Delta tables from their log")
struct DeltaLogTests {
    @Test("delta_sales: three commits by deltalake, partitioned, the last one adding a column")
    func sales() async throws {
        let schema = try await DeltaLog.read(FixtureFiles.deltaLog("delta_sales"))
        #expect(schema.format == .delta)
        #expect(schema.columns.map(\.name) == ["id", "amount", "sold_at", "item", "country", "channel"])
        #expect(schema.columns.map(\.type) == ["integer", "decimal(10,2)", "timestamp", "struct<sku:string,qty:integer>",
                                               "string", "string"])
        #expect(schema.columns.map(\.physicalType) == ["long", "decimal(10,2)", "timestamp", "struct", "string", "string"])
        #expect(schema.columns.allSatisfy { $0.nullable })
        #expect(schema.partitionColumns == ["country"])
        #expect(schema.version == 2)
        #expect(schema.fileCount == 7)
        #expect(schema.rowCount == 8)
        #expect(schema.column("id")?.nullCount == 0)
        #expect(schema.column("channel")?.nullCount == nil)
        #expect(schema.properties["table_name"] == "sales")
        #expect(schema.properties["min_reader_version"] == "1")
        #expect(schema.warnings.isEmpty)
    }

    @Test("delta_checkpointed: early commits cleaned up after a checkpoint; the schema is only in the checkpoint")
    func checkpointed() async throws {
        let schema = try await DeltaLog.read(FixtureFiles.deltaLog("delta_checkpointed"))
        #expect(schema.version == 2)
        #expect(schema.columns.isEmpty)
        #expect(schema.fileCount == nil)
        #expect(schema.rowCount == nil)
        #expect(schema.warnings.count == 1)
        #expect(schema.warnings.first?.contains("checkpoint version 1") == true)
    }

    @Test("A log that begins after a checkpoint still takes a later commit's schema")
    func laterSchema() async throws {
        var files = try FixtureFiles.deltaLog("delta_sales")
        files["00000000000000000000.json"] = nil
        files["00000000000000000010.checkpoint.parquet"] = MemoryByteSource([])
        let schema = try await DeltaLog.read(files)
        #expect(schema.columns.count == 6)
        #expect(schema.version == 10)
        #expect(schema.fileCount == nil)
        #expect(schema.warnings.contains { $0.contains("checkpoint version 10") })
    }

    @Test("Removed files leave the count; a file without stats leaves the row count unknown")
    func removes() async throws {
        let metaData = #"{"metaData":{"id":"t","schemaString":"{\"type\":\"struct\",\"fields\":[{\"name\":\"a\",\"type\":\"long\",\"nullable\":false,\"metadata\":{}},{\"name\":\"m\",\"type\":{\"type\":\"map\",\"keyType\":\"string\",\"valueType\":\"double\",\"valueContainsNull\":true},\"nullable\":true,\"metadata\":{}},{\"name\":\"l\",\"type\":{\"type\":\"array\",\"elementType\":\"date\",\"containsNull\":false},\"nullable\":true,\"metadata\":{}}]}","partitionColumns":[],"configuration":{"delta.appendOnly":"false"}}}"#
        func add(_ path: String, _ records: Int?) -> String {
            let stats = records.map { #","stats":"{\"numRecords\":\#($0)}""# } ?? ""
            return #"{"add":{"path":"\#(path)","size":1,"dataChange":true\#(stats)}}"#
        }
        let commit0 = [metaData, add("a.parquet", 10), add("b.parquet", 20)].joined(separator: "\n") + "\n"
        let commit1 = [#"{"remove":{"path":"a.parquet","dataChange":true}}"#, add("c.parquet", 5)].joined(separator: "\n")
        var files: [String: any ByteSource] = [
            "00000000000000000000.json": MemoryByteSource(Array(commit0.utf8)),
            "00000000000000000001.json": MemoryByteSource(Array(commit1.utf8)),
        ]
        let schema = try await DeltaLog.read(files)
        #expect(schema.fileCount == 2)
        #expect(schema.rowCount == 25)
        #expect(schema.version == 1)
        #expect(schema.types == ["a": "integer", "m": "map<string,double>", "l": "array<date>"])
        #expect(schema.column("a")?.nullable == false)
        #expect(schema.column("l")?.children.first?.nullable == false)
        #expect(schema.properties["delta.appendOnly"] == "false")
        files["00000000000000000002.json"] = MemoryByteSource(Array(add("d.parquet", nil).utf8))
        let unknown = try await DeltaLog.read(files)
        #expect(unknown.fileCount == 3)
        #expect(unknown.rowCount == nil)
        files["00000000000000000004.json"] = MemoryByteSource(Array(add("e.parquet", 1).utf8))
        let gap = try await DeltaLog.read(files)
        #expect(gap.warnings.contains { $0.contains("jumps from version 2 to 4") })
    }

    @Test("A log without commits, or with a broken line, is a clear error")
    func errors() async throws {
        await #expect(throws: FileFormatError.self) {
            _ = try await DeltaLog.read(["README.md": MemoryByteSource([])])
        }
        do {
            _ = try await DeltaLog.read(["00000000000000000000.json": MemoryByteSource(Array("{\"commitInfo\": {}}\n{oops\n".utf8))])
            Issue.record("a broken log was read")
        } catch let error as FileFormatError {
            #expect(error.message.contains("_delta_log/00000000000000000000.json line 2 is not valid JSON"))
        }
    }
}
