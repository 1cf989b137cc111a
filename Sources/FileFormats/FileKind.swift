/// What a file holds and whether it is gzip-compressed, usually guessed from its name.
public struct FileKind: Sendable, Hashable, Codable {
    /// The format of the (inflated) content.
    public var format: FileFormat
    /// Whether the file is gzip-compressed (.gz); only text formats may be.
    public var gzip: Bool

    /// A kind given outright rather than guessed.
    public init(format: FileFormat, gzip: Bool = false) {
        self.format = format
        self.gzip = gzip
    }

    /// From a file name: .csv .tsv .json .ndjson .jsonl .parquet .avro, with optional .gz (csv/tsv/json/ndjson only).
    /// Nil for anything else (.txt included: its content could be anything).
    public static func guess(path: String) -> FileKind? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        var parts = name.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        var gzip = false
        if parts.last == "gz" {
            gzip = true
            parts.removeLast()
            guard parts.count >= 2 else { return nil }
        }
        let format: FileFormat
        switch parts.last {
        case "csv": format = .csv
        case "tsv": format = .tsv
        case "json": format = .json
        case "ndjson", "jsonl": format = .ndjson
        case "parquet" where !gzip: format = .parquet
        case "avro" where !gzip: format = .avro
        default: return nil
        }
        guard parts.dropLast().contains(where: { !$0.isEmpty }) else { return nil }
        return FileKind(format: format, gzip: gzip)
    }
}
