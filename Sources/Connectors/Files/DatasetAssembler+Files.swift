import CatalogModel
import FileFormats

extension DatasetAssembler {
    /// A file asset: its own schema when it was read, `format` "unknown" and its `extension` when no reader knows it.
    func addFile(container: String, object: StoredObject, kind: FileKind?, schema: FileSchema?, failure: String?,
                 to output: inout AssemblyOutput) {
        let key = ObjectKey(container: container, key: object.key)
        var technical: JSONObject = [
            "path": .string(object.key),
            "size_bytes": .number(Double(object.size)),
            "format": .string(kind?.format.rawValue ?? "unknown"),
        ]
        if kind == nil, let suffix = Self.fileExtension(object.key) { technical["extension"] = .string(suffix) }
        if let contentType = object.contentType { technical["content_type"] = .string(contentType) }
        if let compression = kind?.gzip == true ? "gzip" : schema?.compression {
            technical["compression"] = .string(compression)
        }
        if let schema { describe(schema, in: &technical) }
        if let failure {
            technical["read_error"] = .string(failure)
            output.warnings.append("Could not read the schema of \(place(container, object.key)): \(failure)")
        }
        var operational = operationalBase(lastModified: object.lastModified)
        if let etag = object.etag { operational["etag"] = .string(etag) }
        add(.file, container: container, path: object.key, technical: technical, operational: operational,
            columns: schema?.catalogColumns ?? [], objects: [key], reads: kind == nil ? [] : [key], to: &output)
    }

    /// What one file's schema says beyond its columns: rows, row groups, sampled rows, format properties, warnings.
    func describe(_ schema: FileSchema, in technical: inout JSONObject) {
        if let rows = schema.rowCount { technical["row_count"] = .number(Double(rows)) }
        if let groups = schema.rowGroups { technical["row_groups"] = .number(Double(groups)) }
        if let sampled = schema.sampledRows { technical["sampled_rows"] = .number(Double(sampled)) }
        if !schema.properties.isEmpty { technical["properties"] = .object(schema.properties.mapValues(JSONValue.string)) }
        if !schema.warnings.isEmpty { technical["read_warnings"] = .array(schema.warnings.map(JSONValue.string)) }
    }

    /// The lower-cased text after the last dot of the file name (`txt`, `gz`), if it has one.
    static func fileExtension(_ key: String) -> String? {
        let name = StoragePath.name(key)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex, name.index(after: dot) != name.endIndex else {
            return nil
        }
        return name[name.index(after: dot)...].lowercased()
    }
}
