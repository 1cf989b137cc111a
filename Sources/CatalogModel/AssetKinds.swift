/// What an asset is: a table, a view, a file, a folder, ...
public enum AssetType: String, Sendable, Codable, CaseIterable {
    case table, view, materializedView = "materialized_view", procedure, function, package, trigger
    case synonym, schema, container, folder, file, dataset
}

/// How an asset came into the catalog.
public enum AssetOrigin: String, Sendable, Codable, CaseIterable {
    case discovered, lineage, manual
}

/// Whether an asset still exists where it was found.
public enum Lifecycle: String, Sendable, Codable, CaseIterable {
    case active, removed
}

/// Where an asset stands in the steward's review of what discovery found.
public enum ReviewStatus: String, Sendable, Codable, CaseIterable {
    case pending, approved, rejected
}
