import CatalogModel

/// What assembling collects, kept apart by kind so the result lists folders, then data sets, then files.
struct AssemblyOutput {
    var folders: [AssetInput] = []
    var datasets: [AssetInput] = []
    var files: [AssetInput] = []
    var warnings: [String] = []
    var summaries: [DatasetSummary] = []

    var result: FileDiscoveryResult {
        FileDiscoveryResult(assets: folders + datasets + files, warnings: warnings, datasets: summaries)
    }

    mutating func append(_ asset: AssetInput) {
        switch asset.type {
        case .container, .folder: folders.append(asset)
        case .file: files.append(asset)
        default: datasets.append(asset)
        }
    }
}
