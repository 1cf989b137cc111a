/// Reads a Parquet file's schema from its footer alone.
///
/// A Parquet file ends with its FileMetaData, the footer's length (4 bytes, little-endian) and `PAR1`. The reader
/// fetches the file's last `tailBytes` in one range, which holds the whole footer of most files, and a second
/// range only for a longer footer; the data pages are never read.
struct ParquetSchemaReader {
    static let codecNames = ["uncompressed", "snappy", "gzip", "lzo", "brotli", "lz4", "zstd", "lz4_raw"]

    /// How much of the end of the file the first read fetches.
    var tailBytes = 8 * 1024

    func read(from source: any ByteSource) async throws -> FileSchema {
        let size = source.size
        guard size >= 12 else {
            throw FileFormatError("not a Parquet file: it is \(size) bytes long, shorter than the 12 bytes of an empty one")
        }
        let tailStart = max(0, size - Int64(max(tailBytes, 8)))
        let tail = try await source.read(tailStart..<size)
        guard tail.count == Int(size - tailStart) else {
            throw FileFormatError("could not read the end of the Parquet file: got \(tail.count) bytes")
        }
        let magic = Array(tail.suffix(4))
        if magic == Array("PARE".utf8) {
            throw FileFormatError("the Parquet file has an encrypted footer, which this reader cannot decode")
        }
        guard magic == Array("PAR1".utf8) else {
            throw FileFormatError("not a Parquet file: the last 4 bytes are not PAR1 but \(ByteText.preview(magic))")
        }
        var lengthCursor = ByteCursor(Array(tail.suffix(8).prefix(4)))
        let footerLength = Int64(try lengthCursor.uint32LE())
        guard footerLength > 0, footerLength <= size - 12 else {
            throw FileFormatError("corrupt Parquet file: its footer claims \(footerLength) bytes in a file of \(size) bytes")
        }
        let footerStart = size - 8 - footerLength
        let footer: [UInt8]
        if footerStart >= tailStart {
            let from = Int(footerStart - tailStart)
            footer = Array(tail[from..<(tail.count - 8)])
        } else {
            footer = try await source.read(footerStart..<(size - 8))
            guard footer.count == Int(footerLength) else {
                throw FileFormatError("could not read the Parquet footer: got \(footer.count) of \(footerLength) bytes")
            }
        }
        return try schema(ParquetMetadata.decode(footer), footerLength: footerLength)
    }

    private func schema(_ metadata: ParquetMetadata, footerLength: Int64) throws -> FileSchema {
        let root = try ParquetSchemaNode.tree(metadata.schema)
        var columns = root.children.map(ParquetColumnConverter.column)
        let nullCounts = Self.nullCounts(metadata.rowGroups)
        for index in columns.indices {
            Self.applyNullCounts(nullCounts, to: &columns[index], path: [])
        }
        var codecs: [String] = []
        for chunk in metadata.rowGroups.lazy.flatMap(\.columns) {
            guard let codec = chunk.codec else { continue }
            let name = codec >= 0 && Int(codec) < Self.codecNames.count ? Self.codecNames[Int(codec)] : "codec_\(codec)"
            if !codecs.contains(name) { codecs.append(name) }
        }
        var properties = ["footer_bytes": String(footerLength)]
        properties["created_by"] = metadata.createdBy
        properties["format_version"] = metadata.version.map(String.init)
        var warnings: [String] = []
        if root.children.isEmpty { warnings.append("the Parquet schema has no columns") }
        if metadata.numRows == nil { warnings.append("the Parquet footer does not give a row count") }
        return FileSchema(format: .parquet, compression: codecs.isEmpty ? nil : codecs.joined(separator: ","),
                          columns: columns, rowCount: metadata.numRows, rowGroups: metadata.rowGroups.count,
                          properties: properties, warnings: warnings)
    }

    /// Null counts per leaf column path, summed over row groups; a path missing a count in any row group has none.
    private static func nullCounts(_ groups: [ParquetRowGroup]) -> [[String]: Int] {
        guard !groups.isEmpty else { return [:] }
        var sums: [[String]: Int] = [:]
        var seen: [[String]: Int] = [:]
        for group in groups {
            for chunk in group.columns {
                seen[chunk.path, default: 0] += 1
                guard let count = chunk.nullCount, count >= 0, let value = Int(exactly: count) else { continue }
                sums[chunk.path, default: 0] &+= value
            }
        }
        return sums.filter { path, _ in seen[path] == groups.count }
    }

    /// Sets `nullCount` on leaves and on the fields of structs (not inside arrays or maps, whose nulls count
    /// elements rather than rows).
    private static func applyNullCounts(_ counts: [[String]: Int], to column: inout FileColumn, path: [String]) {
        let path = path + [column.name]
        if column.children.isEmpty {
            column.nullCount = counts[path]
        } else if column.type.hasPrefix("struct<") {
            for index in column.children.indices {
                applyNullCounts(counts, to: &column.children[index], path: path)
            }
        }
    }
}
