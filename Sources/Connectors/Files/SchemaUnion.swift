import CatalogModel

/// The columns of a partitioned data set whose partitions may have been written with different schemas.
///
/// The newest sample's schema leads (its column order, its types); columns only older partitions have are
/// appended; a column some sample lacks becomes nullable. Drift is recorded per sample that differs from the
/// newest: `added` and `removed` say what changed from that partition's schema to the newest one's, and
/// `changed` lists columns whose type did (`from` the partition's type, `to` the newest's).
struct SchemaUnion {
    var columns: [Column]
    /// One `schema_drift` entry per sample whose schema differs from the newest: partition, object, added,
    /// removed, changed; sorted by partition.
    var drift: [JSONValue]
    /// The distinct partitions among the samples, and those whose schema differs from the newest.
    var partitionCount: Int
    var driftedPartitionCount: Int

    init(_ samples: [SchemaSample]) {
        let ordered = samples.sorted { StoredObject.newestFirst($0.object, $1.object) }
        guard let newest = ordered.first else {
            self.init(columns: [], drift: [], partitionCount: 0, driftedPartitionCount: 0)
            return
        }
        var columns = newest.columns
        var positionByName: [String: Int] = [:]
        for (index, column) in columns.enumerated() where positionByName[column.name] == nil {
            positionByName[column.name] = index
        }
        let newestTypes = Self.types(newest.columns)
        var entries: [(partition: String, key: String, value: JSONValue)] = []
        var drifted: Set<String> = []

        for sample in ordered.dropFirst() {
            let types = Self.types(sample.columns)
            for column in sample.columns {
                if let index = positionByName[column.name] {
                    if column.nullable == true { columns[index].nullable = true }
                } else {
                    var added = column
                    added.nullable = true
                    positionByName[column.name] = columns.count
                    columns.append(added)
                }
            }
            for index in columns.indices where types[columns[index].name] == nil {
                columns[index].nullable = true
            }

            let added = newest.columns.map(\.name).filter { types[$0] == nil }
            let removed = sample.columns.map(\.name).filter { newestTypes[$0] == nil }
            let changed: [JSONValue] = sample.columns.compactMap { column in
                guard let to = newestTypes[column.name], let from = types[column.name], from != to else { return nil }
                return .object(["column": .string(column.name), "from": .string(from), "to": .string(to)])
            }
            guard !added.isEmpty || !removed.isEmpty || !changed.isEmpty else { continue }
            drifted.insert(sample.partition)
            entries.append((sample.partition, sample.object.key, .object([
                "partition": .string(sample.partition),
                "object": .string(sample.object.key),
                "added": .array(added.map(JSONValue.string)),
                "removed": .array(removed.map(JSONValue.string)),
                "changed": .array(changed),
            ])))
        }
        entries.sort { ($0.partition, $0.key) < ($1.partition, $1.key) }
        self.init(columns: columns, drift: entries.map(\.value),
                  partitionCount: Set(samples.map(\.partition)).count, driftedPartitionCount: drifted.count)
    }

    private init(columns: [Column], drift: [JSONValue], partitionCount: Int, driftedPartitionCount: Int) {
        self.columns = columns
        self.drift = drift
        self.partitionCount = partitionCount
        self.driftedPartitionCount = driftedPartitionCount
    }

    /// Each column's type by name (the first of a repeated name wins).
    private static func types(_ columns: [Column]) -> [String: String] {
        var types: [String: String] = [:]
        for column in columns where types[column.name] == nil { types[column.name] = column.type ?? "" }
        return types
    }
}
