/// Reads a Delta table's schema and size from its transaction log.
///
/// The JSON commits are replayed in version order (`DeltaLogReplay`): the latest `metaData.schemaString` gives
/// the columns and `partitionColumns`, live files are the `add`ed paths not `remove`d since, and the row count
/// is the sum of `numRecords` in their `add.stats` when every live file has one.
///
/// Checkpoints are not decoded: their actions sit in Parquet data pages, and this target reads Parquet footers
/// only. So when the log's early commits were cleaned up after a checkpoint, the files (and so the file and row
/// counts) from before it are unknown, and unless a later commit changed the schema, the schema is too; the
/// result then carries a warning saying so.
public enum DeltaLog {
    /// The largest commit or `_last_checkpoint` file read.
    static let maxFileBytes: Int64 = 256 * 1024 * 1024

    /// A Delta table's schema from its `_delta_log` files, keyed by file name inside _delta_log
    /// ("00000000000000000000.json", "_last_checkpoint", "...checkpoint.parquet").
    public static func read(_ files: [String: any ByteSource]) async throws -> FileSchema {
        var commits: [(version: Int64, name: String, source: any ByteSource)] = []
        var checkpointVersion: Int64?
        for (name, source) in files {
            switch DeltaLogFileName(name) {
            case .commit(let version): commits.append((version, name, source))
            case .checkpoint(let version): checkpointVersion = max(checkpointVersion ?? version, version)
            case .lastCheckpoint:
                if let version = try await lastCheckpointVersion(source) {
                    checkpointVersion = max(checkpointVersion ?? version, version)
                }
            case .other: break
            }
        }
        commits.sort { $0.version < $1.version }
        guard !commits.isEmpty || checkpointVersion != nil else {
            throw FileFormatError("not a Delta table: _delta_log has no commit files (00000000000000000000.json, ...)")
        }
        var warnings: [String] = []
        let startsAtZero = commits.first?.version == 0
        var replay = DeltaLogReplay()
        var previous: Int64?
        for commit in commits {
            if let previous, commit.version != previous + 1 {
                warnings.append("the Delta log jumps from version \(previous) to \(commit.version); the commits between are missing")
            }
            previous = commit.version
            let bytes = try await readWhole(commit.source, name: commit.name)
            let name = commit.name.split(separator: "/").last.map(String.init) ?? commit.name
            try replay.apply(commit: bytes, version: commit.version, fileName: name)
        }
        let version = max(commits.last?.version ?? -1, checkpointVersion ?? -1)
        var schema = FileSchema(format: .delta, version: version)
        if !startsAtZero {
            let since = checkpointVersion.map { "checkpoint version \($0)" } ?? "a checkpoint"
            if replay.metadata == nil {
                warnings.append("the schema is in \(since): the earlier commits were cleaned up and no later commit changes the schema; this reader does not decode checkpoint Parquet data, so the columns are unknown")
            } else {
                warnings.append("the log begins after \(since), which this reader does not decode: file and row counts are unknown")
            }
        }
        if let metadata = replay.metadata {
            try describe(metadata, into: &schema, warnings: &warnings)
        } else if startsAtZero {
            warnings.append("the Delta log has no metaData action, so the table has no schema yet")
        }
        if startsAtZero {
            schema.fileCount = replay.files.count
            schema.rowCount = rowCount(replay.files)
            for index in schema.columns.indices {
                schema.columns[index].nullCount = nullCount(schema.columns[index].name, replay.files)
            }
        }
        schema.properties["min_reader_version"] = replay.minReaderVersion.map(String.init)
        schema.properties["min_writer_version"] = replay.minWriterVersion.map(String.init)
        schema.warnings = warnings
        return schema
    }

    private static func describe(_ metadata: JSONNode, into schema: inout FileSchema, warnings: inout [String]) throws {
        guard let schemaString = metadata["schemaString"]?.stringValue else {
            throw FileFormatError("corrupt Delta log: the metaData action has no schemaString")
        }
        let sparkSchema: JSONNode
        do {
            sparkSchema = try JSONParser.parse(Array(schemaString.utf8))
        } catch {
            throw FileFormatError("corrupt Delta log: metaData.schemaString is not valid JSON (\(JSONParser.describe(error)))")
        }
        var converter = SparkSchemaConverter()
        schema.columns = try converter.columns(sparkSchema)
        warnings += converter.warnings
        schema.partitionColumns = (metadata["partitionColumns"]?.arrayValue ?? []).compactMap(\.stringValue)
        schema.properties["table_id"] = metadata["id"]?.stringValue
        schema.properties["table_name"] = metadata["name"]?.stringValue
        schema.properties["description"] = metadata["description"]?.stringValue
        schema.properties["provider"] = metadata["format"]?["provider"]?.stringValue
        for (key, value) in metadata["configuration"]?.objectValue ?? [] {
            if let value = value.stringValue { schema.properties[key] = value }
        }
        let missing = schema.partitionColumns.filter { name in !schema.columns.contains { $0.name == name } }
        if !missing.isEmpty {
            warnings.append("partition columns \(missing.joined(separator: ", ")) are not in the schema")
        }
    }

    private static func rowCount(_ files: [String: DeltaLogReplay.LiveFile]) -> Int64? {
        var total: Int64 = 0
        for file in files.values {
            guard let records = file.numRecords, records >= 0 else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(records)
            guard !overflow else { return nil }
            total = sum
        }
        return total
    }

    /// A top-level column's nulls over the live files, when every one of them counts it.
    private static func nullCount(_ column: String, _ files: [String: DeltaLogReplay.LiveFile]) -> Int? {
        guard !files.isEmpty else { return nil }
        var total = 0
        for file in files.values {
            guard let count = file.nullCounts[column], count >= 0, let value = Int(exactly: count) else { return nil }
            let (sum, overflow) = total.addingReportingOverflow(value)
            guard !overflow else { return nil }
            total = sum
        }
        return total
    }

    private static func lastCheckpointVersion(_ source: any ByteSource) async throws -> Int64? {
        let bytes = try await readWhole(source, name: "_last_checkpoint")
        guard let node = try? JSONParser.parse(bytes), let version = node["version"]?.integerValue, version >= 0 else {
            return nil
        }
        return version
    }

    private static func readWhole(_ source: any ByteSource, name: String) async throws -> [UInt8] {
        let size = source.size
        guard size >= 0 else { throw FileFormatError("the Delta log file \(name) reports a negative size") }
        guard size <= maxFileBytes else {
            throw FileFormatError("the Delta log file \(name) is \(size) bytes, more than the \(maxFileBytes) this reader reads")
        }
        return try await source.read(0..<size)
    }
}
