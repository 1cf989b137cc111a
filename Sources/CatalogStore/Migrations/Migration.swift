/// One numbered, append-only schema change; its statements may differ per engine.
protocol Migration: Sendable {
    /// The number that orders migrations; never reused.
    var version: Int { get }
    /// A short name, shown by `torro migrate`.
    var name: String { get }
    /// The statements to run, in order, in one transaction.
    func statements(for engine: SQLEngine) -> [String]
}

/// Every migration Torro knows, in order.
let allMigrations: [any Migration] = [
    M0001_CreateCatalog(),
    M0002_CreateLineage(),
    M0003_AddAssetSearch(),
    M0004_AddLineageFailures(),
    M0005_AddDiscoveryState(),
]
