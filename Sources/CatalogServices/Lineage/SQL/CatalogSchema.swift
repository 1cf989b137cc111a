import SQLLineage

/// The catalog as the lineage engine's schema provider: the columns of a connection's table and view assets,
/// under the table names the SQL uses, so that `*` expands and unqualified columns find their table.
struct CatalogSchema: SchemaProvider {
    private let tables: [TableName: [String]]

    init(_ tables: [TableName: [String]]) {
        self.tables = tables
    }

    var isEmpty: Bool { tables.isEmpty }

    func columns(of table: TableName) -> [String]? {
        tables[table]
    }
}
