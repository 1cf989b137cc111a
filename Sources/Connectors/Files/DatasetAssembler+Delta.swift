import CatalogModel
import FileFormats

extension DatasetAssembler {
    /// A Delta table, described by its log: columns, partition columns, version, live files and rows.
    /// `file_count` is the log's live files (left out when the log no longer reaches back to commit 0);
    /// `object_count` the listed data files, which include files removed from the table but not yet vacuumed.
    func addDelta(_ dataset: PlannedDataset, schemas: [ObjectKey: FileSchema], failures: [ObjectKey: String],
                  to output: inout AssemblyOutput) {
        guard let logKey = dataset.deltaLogKey else { return }
        let schema = schemas[logKey]
        var technical: JSONObject = [
            "path": .string(dataset.path),
            "layout": .string(dataset.layout.rawValue),
            "format": .string(FileFormat.delta.rawValue),
            "size_bytes": .number(Double(dataset.members.reduce(Int64(0)) { $0 + $1.object.size })),
        ]
        if let files = schema?.fileCount { technical["file_count"] = .number(Double(files)) }
        let partitionColumns = schema?.partitionColumns ?? dataset.partitionColumns
        technical["partition_columns"] = .array(partitionColumns.map(JSONValue.string))
        if !partitionColumns.isEmpty {
            technical["partition_count"] = .number(Double(dataset.partitions.filter { !$0.path.isEmpty }.count))
        }
        if let schema {
            describe(schema, in: &technical)
            if let version = schema.version { technical["delta_version"] = .number(Double(version)) }
            if let compression = schema.compression { technical["compression"] = .string(compression) }
        }
        if let failure = failures[logKey] {
            technical["read_error"] = .string(failure)
            output.warnings.append("Could not read the Delta log of \(place(dataset.container, dataset.path)): "
                + "\(failure). The table is catalogued without columns.")
        }
        add(.dataset, container: dataset.container, path: dataset.path, technical: technical,
            operational: datasetOperational(dataset.members), columns: schema?.catalogColumns ?? [],
            objects: dataset.memberKeys, reads: schema == nil ? [] : dataset.deltaLogFiles, to: &output)
    }
}
