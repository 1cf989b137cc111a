/// Reads an Avro object container file's schema from its header: the writer's schema (`avro.schema`, JSON) and
/// codec (`avro.codec`). It reads the first `headBytes` of the file and more, up to 64 MiB, only when the header
/// is longer. Data blocks are not decoded; when the head read covers the whole file its blocks are counted for
/// `rowCount`.
struct AvroSchemaReader {
    static let maxHeaderBytes = 64 * 1024 * 1024

    var headBytes: Int

    func read(from source: any ByteSource) async throws -> FileSchema {
        let size = source.size
        var limit = Int64(max(headBytes, 1024))
        while true {
            let end = min(size, limit)
            let bytes = try await source.read(0..<end)
            let header: AvroHeader
            do {
                header = try AvroHeader.decode(bytes)
            } catch is ByteCursor.EndOfData {
                if end < size && limit < Int64(Self.maxHeaderBytes) {
                    limit = min(limit * 4, Int64(Self.maxHeaderBytes))
                    continue
                }
                if end >= size { throw FileFormatError("truncated Avro file: it ends inside its header") }
                throw FileFormatError("the Avro header is longer than \(Self.maxHeaderBytes) bytes")
            }
            let rows = end >= size ? header.rowCount(in: bytes) : nil
            return try schema(header, rowCount: rows)
        }
    }

    private func schema(_ header: AvroHeader, rowCount: Int64?) throws -> FileSchema {
        guard let schemaBytes = header.metadata["avro.schema"] else {
            throw FileFormatError("corrupt Avro file: its header has no avro.schema")
        }
        let node: JSONNode
        do {
            node = try JSONParser.parse(schemaBytes)
        } catch {
            throw FileFormatError("corrupt Avro file: avro.schema is not valid JSON (\(JSONParser.describe(error)))")
        }
        var converter = AvroSchemaConverter()
        let top = try converter.column(node, name: "value", namespace: nil)
        var properties: [String: String] = [:]
        var columns: [FileColumn]
        var warnings = converter.warnings
        if top.type.hasPrefix("struct<"), !top.nullable, node["type"]?.stringValue == "record" {
            columns = top.children
            properties["name"] = node["name"]?.stringValue.map { AvroSchemaConverter.shortName($0) }
            properties["namespace"] = AvroSchemaConverter.namespace(of: node, enclosing: nil)
        } else {
            columns = [top]
            warnings.append("the Avro schema is not a record; the file is read as one column named 'value'")
        }
        for key in header.keys where !key.hasPrefix("avro.") {
            if let value = header.metadata[key], value.count <= 1024 {
                properties["metadata.\(key)"] = ByteText.string(value)
            }
        }
        let codec = header.metadata["avro.codec"].map { ByteText.string($0) } ?? "null"
        return FileSchema(format: .avro, compression: codec, columns: columns, rowCount: rowCount,
                          properties: properties, warnings: warnings)
    }
}
