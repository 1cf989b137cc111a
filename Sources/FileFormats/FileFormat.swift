/// The data file formats whose schema `FileSchemaReader` and `DeltaLog` can read.
public enum FileFormat: String, Sendable, Codable, CaseIterable {
    case csv, tsv, json, ndjson, parquet, avro, delta
}
