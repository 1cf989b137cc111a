import CatalogModel
import FileFormats

extension DatasetAssembler {
    /// A data set in partition folders: one asset whatever its partitions' schemas, drift recorded (see `SchemaUnion`).
    func addPartitioned(_ dataset: PlannedDataset, schemas: [ObjectKey: FileSchema],
                        failures: [ObjectKey: String], to output: inout AssemblyOutput) {
        let (read, failed) = readSamples(dataset, schemas: schemas, failures: failures)
        warnUnread(failed, sampled: dataset.sampleIndices.count, of: dataset, to: &output)
        let union = SchemaUnion(read.map { sample in
            SchemaSample(object: sample.member.object, partition: partitionPath(sample.member, of: dataset),
                         columns: sample.schema.catalogColumns)
        })

        var technical = datasetTechnical(dataset, members: dataset.members, read: read)
        technical["partition_columns"] = .array(dataset.partitionColumns.map(JSONValue.string))
        technical["partition_count"] = .number(Double(dataset.partitions.filter { !$0.path.isEmpty }.count))
        if !union.drift.isEmpty {
            technical["schema_drift"] = .array(union.drift)
            output.warnings.append("\(place(dataset.container, dataset.path)): the schema differs in "
                + "\(union.driftedPartitionCount) of \(union.partitionCount) sampled partitions from the newest "
                + "one; its columns are their union, nullable where a partition lacks them (see schema_drift).")
        }

        add(.dataset, container: dataset.container, path: dataset.path, technical: technical,
            operational: datasetOperational(dataset.members),
            columns: Self.numbered(union.columns + partitionColumns(of: dataset, besides: union.columns)),
            objects: dataset.memberKeys,
            reads: read.map { ObjectKey(container: dataset.container, key: $0.member.object.key) }, to: &output)
    }

    /// The partition columns the files do not hold themselves: `integer` when every value is a number,
    /// `string` otherwise, nullable when some member has no value for it.
    func partitionColumns(of dataset: PlannedDataset, besides fileColumns: [Column]) -> [Column] {
        let present = Set(fileColumns.map(\.name))
        return dataset.partitionColumns.filter { !present.contains($0) }.map { name in
            let values = dataset.partitions.map { $0.values[name] }
            let numeric = values.allSatisfy { value in
                guard let value else { return true }
                return (1...18).contains(value.utf8.count) && value.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
            }
            return Column(name: name, type: numeric ? "integer" : "string", nullable: values.contains(nil),
                          description: "partition column")
        }
    }

    /// The member's partition path, or "" outside partitions.
    private func partitionPath(_ member: DatasetMember, of dataset: PlannedDataset) -> String {
        member.partition.map { dataset.partitions[$0].path } ?? ""
    }
}
