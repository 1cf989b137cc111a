import CatalogModel

/// How assets found in object storage are named: the URN base of the connection and the platform.
///
/// `base` is the dataset URN prefix up to the container: `urn:dataset:azure:myaccount/` for Azure (containers
/// follow it), `urn:dataset:file:/var/data/exports/` for local files (whose one container is ""). Containers and
/// folders swap the `dataset` kind for `container` / `folder`, so a folder and a data set at one path differ.
public struct StorageNaming: Sendable, Hashable {
    /// `azure`, `file`: the platform field of every URN and the assets' platform.
    public var platform: String
    /// `urn:dataset:<platform>:<authority>/`, ending in `/` (added when missing).
    public var base: String

    public init(platform: String, base: String) {
        self.platform = platform
        self.base = base.hasSuffix("/") ? base : base + "/"
    }

    /// Azure Blob Storage: `urn:dataset:azure:<account>/<container>/<path>`.
    public static func azure(account: String) -> StorageNaming {
        StorageNaming(platform: "azure", base: "urn:dataset:azure:\(account)/")
    }

    /// A folder on disk: `urn:dataset:file:/abs/root/<path>`; its container is "".
    public static func localFiles(root: String) -> StorageNaming {
        let trimmed = root.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
        return StorageNaming(platform: "file", base: "urn:dataset:file:/\(trimmed)")
    }

    /// The name of what `base` ends in: the root folder for local files, the account for Azure.
    public var rootName: String {
        let body = base.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false).last ?? ""
        return body.split(separator: "/").last.map(String.init) ?? ""
    }

    /// The catalog of assets in `container`: the container, or the root folder's name for local files.
    public func catalog(container: String) -> String {
        container.isEmpty ? rootName : container
    }

    /// `urn:dataset:...` of a data set or file at `path` in `container`.
    public func datasetURN(container: String, path: String) throws(CatalogError) -> URN {
        try URN(parsing: address(kind: "dataset", container: container, path: path))
    }

    /// `urn:folder:...` of the folder at `path` in `container`.
    public func folderURN(container: String, path: String) throws(CatalogError) -> URN {
        try URN(parsing: address(kind: "folder", container: container, path: path))
    }

    /// `urn:container:...` of `container` (for local files, the root folder).
    public func containerURN(container: String) throws(CatalogError) -> URN {
        try URN(parsing: address(kind: "container", container: container, path: ""))
    }

    /// `container/path` without empty segments, as warnings and `technical.path` show it.
    public func display(container: String, path: String) -> String {
        StoragePath.join([container, path])
    }

    /// The base with its kind replaced, then the container and path joined without empty segments, so
    /// neither an empty container nor an empty path leaves a `//` or a trailing `/`.
    private func address(kind: String, container: String, path: String) -> String {
        var prefix = base
        if prefix.hasPrefix("urn:dataset:") {
            prefix = "urn:\(kind):" + prefix.dropFirst("urn:dataset:".count)
        }
        let tail = StoragePath.join([container, path])
        if tail.isEmpty {
            // The root itself: drop the separator, unless that would leave the URN ending in `:`.
            let trimmed = String(prefix.dropLast())
            return trimmed.hasSuffix(":") ? prefix : trimmed
        }
        return prefix + tail
    }
}
