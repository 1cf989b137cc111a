/// Reads the schema of one data file through ranged reads, fetching as few bytes as the format allows.
///
/// - CSV, TSV, JSON, NDJSON: the first `sampleBytes` (inflated, for .gz files), types inferred from up to
///   `sampleRows` rows; when the sample holds no complete row or record it is grown, up to 16 times.
/// - Parquet: the footer at the end of the file (`ParquetSchemaReader`).
/// - Avro: the header at the start (`AvroSchemaReader`).
/// - Delta tables are read from their log with `DeltaLog.read`.
public struct FileSchemaReader: Sendable {
    /// How many bytes of a text file (inflated, for .gz) are sampled, and the first range read of an Avro file.
    public var sampleBytes: Int
    /// How many rows or records of a text file the types are inferred from.
    public var sampleRows: Int

    /// A reader sampling `sampleBytes` and `sampleRows` (at least 16 bytes and 1 row).
    public init(sampleBytes: Int = 64 * 1024, sampleRows: Int = 1000) {
        self.sampleBytes = max(16, sampleBytes)
        self.sampleRows = max(1, sampleRows)
    }

    /// Reads a CSV/TSV/JSON/NDJSON (plain or gzip)/Parquet/Avro file's schema through ranged reads of `source`.
    public func read(_ kind: FileKind, from source: any ByteSource) async throws -> FileSchema {
        guard source.size >= 0 else { throw FileFormatError("the file reports a negative size (\(source.size))") }
        switch kind.format {
        case .parquet, .avro:
            guard !kind.gzip else {
                throw FileFormatError("a gzip-compressed \(kind.format.rawValue) file cannot be read; only text formats may be .gz")
            }
            if kind.format == .parquet { return try await ParquetSchemaReader().read(from: source) }
            return try await AvroSchemaReader(headBytes: sampleBytes).read(from: source)
        case .delta:
            throw FileFormatError("a Delta table is not one file: read its _delta_log with DeltaLog.read")
        case .csv, .tsv, .json, .ndjson:
            return try await readText(kind, from: source)
        }
    }

    private func readText(_ kind: FileKind, from source: any ByteSource) async throws -> FileSchema {
        let maxLimit = sampleBytes * 16
        var limit = sampleBytes
        while true {
            let sample = try await sampleText(kind, from: source, limit: limit)
            let final = sample.isComplete || limit >= maxLimit
            let schema: FileSchema?
            switch kind.format {
            case .json, .ndjson: schema = try JSONSchemaReader(sampleRows: sampleRows).schema(of: sample, kind: kind, final: final)
            default: schema = try CSVSchemaReader(sampleRows: sampleRows).schema(of: sample, kind: kind, final: final)
            }
            if var schema {
                if limit > sampleBytes { schema.properties["sample_bytes"] = String(limit) }
                return schema
            }
            limit = min(limit * 4, maxLimit)
        }
    }

    private func sampleText(_ kind: FileKind, from source: any ByteSource, limit: Int) async throws -> TextSample {
        if kind.gzip {
            return try await GzipPrefixReader(limit: limit, chunkBytes: sampleBytes).read(from: source)
        }
        let size = source.size
        let end = min(size, Int64(limit))
        let bytes = try await source.read(0..<end)
        return TextSample(bytes: bytes, isComplete: Int64(bytes.count) >= size)
    }
}
