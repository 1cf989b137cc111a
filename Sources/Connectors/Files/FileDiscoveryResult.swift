import CatalogModel

/// What storage discovery found: the assets to upsert, what the run should report, and what each asset is made of.
public struct FileDiscoveryResult: Sendable, Hashable {
    /// Containers and folders first (parents before children), then data sets, then single files.
    public var assets: [AssetInput]
    /// For the run's log: schemas that could not be read, drift, files left out of a data set.
    public var warnings: [String]
    /// One per data set and file asset.
    public var datasets: [DatasetSummary]

    public init(assets: [AssetInput] = [], warnings: [String] = [], datasets: [DatasetSummary] = []) {
        self.assets = assets
        self.warnings = warnings
        self.datasets = datasets
    }
}
