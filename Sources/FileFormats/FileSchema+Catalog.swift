import CatalogModel

extension FileSchema {
    /// The columns as the catalog stores them, positions from 1, nested types rendered in `type`
    /// (e.g. "struct<city:string,zip:integer>", "array<string>").
    public var catalogColumns: [Column] {
        columns.enumerated().map { index, column in
            Column(name: column.name, type: column.type, nullable: column.nullable, position: index + 1)
        }
    }
}
