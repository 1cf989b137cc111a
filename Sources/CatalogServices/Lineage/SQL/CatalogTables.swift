import CatalogModel
import CatalogStore
import Connectors
import SQLLineage

/// Names the tables of SQL that runs on a connection by catalog URNs, and knows their columns.
///
/// A table is the connection's table, view or dataset asset with that schema and name (compared exactly:
/// names arrive folded the way the dialect folds them, and assets carry the names the database stores); an
/// unqualified name is the asset of that name when one schema has it. With no such asset the table gets the
/// URN discovery would give it (`DatasetAddress`), in the connection's default schema when the SQL names none.
/// Tables behind a database link keep the link in their name: the link is only meaningful in this database.
struct CatalogTables: Sendable {
    /// What the catalog says about one table.
    struct Entry: Sendable {
        var urn: URN
        /// The columns in order, or nil when the catalog does not know them.
        var columns: [String]?
    }

    /// Asset types that hold data a statement can read or write.
    static let datasetTypes: Set<AssetType> = [.table, .view, .materializedView, .synonym, .dataset]

    let connectionID: Int64
    let address: DatasetAddress
    let assets: any AssetStore

    func resolve(_ tables: Set<TableName>) async throws -> [TableName: Entry] {
        let local = tables.filter { $0.link == nil }
        let candidates = try await assets.assets(connectionID: connectionID, named: Set(local.map(\.name)))
            .filter { Self.datasetTypes.contains($0.type) }
        let byName = Dictionary(grouping: candidates, by: \.name)
        var result: [TableName: Entry] = [:]
        for table in tables {
            result[table] = try entry(for: table, among: byName[table.name] ?? [])
        }
        return result
    }

    private func entry(for table: TableName, among assets: [Asset]) throws(CatalogError) -> Entry {
        let parts = table.parts
        let schema = parts.count >= 2 ? parts[parts.count - 2] : nil
        let catalog = parts.count >= 3 ? parts[parts.count - 3] : nil
        if let link = table.link {
            return Entry(urn: try address.urn(catalog: catalog, schema: schema ?? "", name: "\(table.name)@\(link)"), columns: nil)
        }
        let matches = assets.filter { asset in
            (schema == nil || asset.schema == schema) && (catalog == nil || asset.catalog == nil || asset.catalog == catalog)
        }
        if let asset = Self.best(matches, schema: schema, defaultSchema: address.defaultSchema) {
            let ordered = asset.columns.enumerated().sorted { ($0.element.position ?? $0.offset, $0.offset) < ($1.element.position ?? $1.offset, $1.offset) }
            return Entry(urn: asset.urn, columns: ordered.isEmpty ? nil : ordered.map(\.element.name))
        }
        return Entry(urn: try address.urn(catalog: catalog, schema: schema, name: table.name), columns: nil)
    }

    /// The asset a name means: for an unqualified name only when one schema has it (or the default schema does);
    /// among several assets of that schema (one removed, one active) the active one, then the oldest.
    private static func best(_ matches: [Asset], schema: String?, defaultSchema: String?) -> Asset? {
        var candidates = matches
        if schema == nil {
            let schemas = Set(matches.map(\.schema))
            if schemas.count > 1 {
                guard let defaultSchema, schemas.contains(defaultSchema) else { return nil }
                candidates = matches.filter { $0.schema == defaultSchema }
            }
        }
        return candidates.min { ($0.lifecycle == .active ? 0 : 1, $0.id) < ($1.lifecycle == .active ? 0 : 1, $1.id) }
    }
}
