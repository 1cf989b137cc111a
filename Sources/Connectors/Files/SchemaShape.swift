import CatalogModel

/// Whether two files have the same columns: names, types and order. Nullability is left out: text readers
/// infer it from the rows they sampled, so two files of one table can disagree on it.
enum SchemaShape {
    /// A fingerprint of `columns` without their nullability.
    static func fingerprint(_ columns: [Column]) -> String {
        SchemaFingerprint.of(columns.map { Column(name: $0.name, type: $0.type, position: $0.position) })
    }

    /// Columns of files that share a shape, nullable where any of them is.
    static func merged(_ schemas: [[Column]]) -> [Column] {
        guard var columns = schemas.first else { return [] }
        for other in schemas.dropFirst() where other.count == columns.count {
            for index in columns.indices {
                if let nullable = other[index].nullable {
                    columns[index].nullable = (columns[index].nullable ?? false) || nullable
                }
            }
        }
        return columns
    }
}
