import CatalogModel
import FileFormats

extension DatasetAssembler {
    /// A sampled member and the schema read from it.
    struct ReadSample {
        var index: Int
        var member: DatasetMember
        var schema: FileSchema
    }

    /// The samples of `dataset` that were read, newest first, and the reasons the others were not.
    func readSamples(_ dataset: PlannedDataset, schemas: [ObjectKey: FileSchema],
                     failures: [ObjectKey: String]) -> (read: [ReadSample], failed: [(key: String, reason: String)]) {
        var read: [ReadSample] = []
        var failed: [(key: String, reason: String)] = []
        for index in dataset.sampleIndices {
            let member = dataset.members[index]
            let key = ObjectKey(container: dataset.container, key: member.object.key)
            if let schema = schemas[key] {
                read.append(ReadSample(index: index, member: member, schema: schema))
            } else if let reason = failures[key] {
                failed.append((member.object.key, reason))
            }
        }
        read.sort { StoredObject.newestFirst($0.member.object, $1.member.object) }
        return (read, failed)
    }

    /// One warning for the samples of a data set that could not be read (the first three named).
    func warnUnread(_ failed: [(key: String, reason: String)], sampled: Int, of dataset: PlannedDataset,
                    to output: inout AssemblyOutput) {
        guard !failed.isEmpty else { return }
        let named = failed.prefix(3).map { "\(StoragePath.name($0.key)): \($0.reason)" }.joined(separator: "; ")
        let more = failed.count > 3 ? "; and \(failed.count - 3) more" : ""
        let outcome = failed.count == sampled ? " It is catalogued without columns." : ""
        output.warnings.append("Could not read \(failed.count) of \(sampled) sampled files of "
            + "\(place(dataset.container, dataset.path)) (\(named)\(more)).\(outcome)")
    }

    /// What every folder or partitioned data set says about itself: where, what format, how big, how many rows.
    func datasetTechnical(_ dataset: PlannedDataset, members: [DatasetMember], read: [ReadSample]) -> JSONObject {
        var technical: JSONObject = [
            "path": .string(dataset.path),
            "layout": .string(dataset.layout.rawValue),
            "format": .string(dataset.format.rawValue),
            "size_bytes": .number(Double(members.reduce(Int64(0)) { $0 + $1.object.size })),
            "file_count": .number(Double(members.count)),
            "sampled_files": .number(Double(read.count)),
        ]
        let newest = read.first?.schema
        if let compression = dataset.gzip ? "gzip" : newest?.compression {
            technical["compression"] = .string(compression)
        }
        let rowCounts = read.compactMap(\.schema.rowCount)
        if read.count == members.count, rowCounts.count == members.count {
            technical["row_count"] = .number(Double(rowCounts.reduce(0, +)))
            let groups = read.compactMap(\.schema.rowGroups)
            if groups.count == members.count { technical["row_groups"] = .number(Double(groups.reduce(0, +))) }
        } else if !rowCounts.isEmpty {
            technical["row_count_sampled"] = .number(Double(rowCounts.reduce(0, +)))
        }
        if let properties = newest?.properties, !properties.isEmpty {
            technical["properties"] = .object(properties.mapValues(JSONValue.string))
        }
        var warnings: [String] = []
        for sample in read {
            for warning in sample.schema.warnings where !warnings.contains(warning) && warnings.count < 10 {
                warnings.append(warning)
            }
        }
        if !warnings.isEmpty { technical["read_warnings"] = .array(warnings.map(JSONValue.string)) }
        return technical
    }

    /// `last_modified` (the newest member) and `object_count`.
    func datasetOperational(_ members: [DatasetMember]) -> JSONObject {
        let stats = ObjectStats.of(members.lazy.map(\.object))
        var operational = operationalBase(lastModified: stats.lastModified)
        operational["object_count"] = .number(Double(stats.objectCount))
        return operational
    }

    /// `columns` numbered from 1.
    static func numbered(_ columns: [Column]) -> [Column] {
        columns.enumerated().map { index, column in
            var column = column
            column.position = index + 1
            return column
        }
    }
}
