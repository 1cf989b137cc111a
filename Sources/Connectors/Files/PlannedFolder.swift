/// A container or folder to show as a browsable asset.
public struct PlannedFolder: Sendable, Hashable {
    public var container: String
    /// The folder's path in the container; "" is the container itself (for local files, the root folder).
    public var path: String
    /// Every listed object below it, hidden ones excepted.
    public var stats: ObjectStats

    public init(container: String, path: String, stats: ObjectStats) {
        self.container = container
        self.path = path
        self.stats = stats
    }

    /// Whether this is the container itself rather than a folder in it.
    public var isContainer: Bool { path.isEmpty }
}
