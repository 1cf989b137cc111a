import CatalogModel
import SQLKit

extension SQLAssetStore {
    public func assets(connectionID: Int64, named names: Set<String>) async throws -> [Asset] {
        var result: [Asset] = []
        for chunk in names.sorted().chunked(into: database.engine.maxBinds - 1) {
            result += try await database.sql.raw("""
                SELECT \(unsafeRaw: AssetRow.columns) FROM assets
                WHERE connection_id = \(bind: connectionID) AND name IN (\(binds: Array(chunk))) ORDER BY id
                """).all().map(AssetRow.decode)
        }
        return result.sorted { $0.id < $1.id }
    }
}
