import CatalogModel
import FileFormats

extension DatasetAssembler {
    /// Files in one folder are one data set where they share a schema (names, types and order; see `SchemaShape`).
    ///
    /// When the sampled files disagree, they are grouped by schema and the largest group (ties: the one
    /// holding the newest file, as that is what is written now) is the data set; the sampled files of other
    /// schemas become file assets with their own columns, named in a warning; files that were not sampled
    /// stay in the data set, since nothing says they differ. When no two sampled files agree, the folder is a
    /// folder of different files (an export of several tables): every file becomes a file asset, and a warning
    /// says how many of them were not read.
    func addFolderDataset(_ dataset: PlannedDataset, schemas: [ObjectKey: FileSchema],
                          failures: [ObjectKey: String], to output: inout AssemblyOutput) {
        let (read, failed) = readSamples(dataset, schemas: schemas, failures: failures)
        var groups: [String: [ReadSample]] = [:]
        for sample in read { groups[SchemaShape.fingerprint(sample.schema.catalogColumns), default: []].append(sample) }
        // `read` is newest first, so each group's first sample is its newest.
        let ranked = groups.values.sorted { lhs, rhs in
            lhs.count != rhs.count ? lhs.count > rhs.count : StoredObject.newestFirst(lhs[0].member.object, rhs[0].member.object)
        }
        guard ranked.count > 1 else {
            warnUnread(failed, sampled: dataset.sampleIndices.count, of: dataset, to: &output)
            addDataset(dataset, members: dataset.members, read: read, to: &output)
            return
        }
        let kind = FileKind(format: dataset.format, gzip: dataset.gzip)
        let place = place(dataset.container, dataset.path)
        guard ranked[0].count >= 2 else {
            let sampled = Set(dataset.sampleIndices)
            for member in dataset.members {
                let key = ObjectKey(container: dataset.container, key: member.object.key)
                addFile(container: dataset.container, object: member.object, kind: kind,
                        schema: schemas[key], failure: failures[key], to: &output)
            }
            let unread = dataset.members.count - sampled.count
            output.warnings.append("\(place): no two of its \(read.count) sampled files share a schema, so its "
                + "\(dataset.members.count) files are catalogued one by one"
                + (unread > 0 ? "; \(unread) of them were not sampled and have no columns yet." : "."))
            return
        }

        let splitOff = ranked.dropFirst().flatMap { $0 }.sorted { $0.member.object.key < $1.member.object.key }
        let leaving = Set(splitOff.map(\.index))
        let members = dataset.members.indices.filter { !leaving.contains($0) }.map { dataset.members[$0] }
        warnUnread(failed, sampled: dataset.sampleIndices.count, of: dataset, to: &output)
        addDataset(dataset, members: members, read: ranked[0], to: &output)
        for sample in splitOff {
            addFile(container: dataset.container, object: sample.member.object, kind: kind,
                    schema: sample.schema, failure: nil, to: &output)
        }
        let names = splitOff.prefix(5).map { StoragePath.name($0.member.object.key) }.joined(separator: ", ")
        let more = splitOff.count > 5 ? " and \(splitOff.count - 5) more" : ""
        output.warnings.append("\(place): \(splitOff.count) of its files have a schema other than the data set's "
            + "and are catalogued as single files: \(names)\(more).")
    }

    /// A folder data set of `members`, its columns those of the newest sample, nullable where any sample's is.
    private func addDataset(_ dataset: PlannedDataset, members: [DatasetMember], read: [ReadSample],
                            to output: inout AssemblyOutput) {
        let columns = SchemaShape.merged(read.map(\.schema.catalogColumns))
        let keys = members.map { ObjectKey(container: dataset.container, key: $0.object.key) }
        add(.dataset, container: dataset.container, path: dataset.path,
            technical: datasetTechnical(dataset, members: members, read: read),
            operational: datasetOperational(members), columns: Self.numbered(columns), objects: keys,
            reads: read.map { ObjectKey(container: dataset.container, key: $0.member.object.key) }, to: &output)
    }
}
