import CatalogModel
import Foundation

/// Files in a folder on the server's own disk.
public struct LocalFilesConnectorSpec: ObjectStorageConnector {
    public let type = "local_files"
    public let displayName = "Local files"
    public let secretFields: Set<String> = []

    public init() {}

    public func validate(_ config: JSONObject) throws(CatalogError) {
        let reader = ConfigReader(config)
        _ = try reader.requiredString("path")
        _ = try reader.optionalList("include")
        _ = try reader.optionalList("exclude")
        _ = try reader.optionalBool("follow_links")
        _ = try StageRule.rules(in: config)
    }

    public func location(for config: JSONObject) throws -> StorageLocation {
        try validate(config)
        let reader = ConfigReader(config)
        let store = LocalFileStore(root: try reader.requiredString("path"), followLinks: try reader.optionalBool("follow_links") ?? false)
        return StorageLocation(store: store, naming: .localFiles(root: store.root), include: try reader.optionalList("include") ?? [],
                               exclude: try reader.optionalList("exclude") ?? [], stageRules: try StageRule.rules(in: config))
    }

    /// Checks that the path is a readable folder and counts what is directly in it.
    public func test(_ config: JSONObject) async -> ConnectionTestResult {
        let path = config["path"]?.stringValue ?? ""
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ConnectionTestResult(status: "failed", success: false,
                                        message: "The path \(path) does not exist on the Torro server.")
        }
        guard isDirectory.boolValue else {
            return ConnectionTestResult(status: "failed", success: false,
                                        message: "The path \(path) is a file; give the folder that holds the files.")
        }
        guard FileManager.default.isReadableFile(atPath: path),
              let entries = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return ConnectionTestResult(status: "failed", success: false,
                                        message: "The folder \(path) exists but the Torro server may not read it; check its permissions.")
        }
        return ConnectionTestResult(status: "ok", success: true,
                                    message: "The folder \(path) is readable and holds \(entries.count) entries.",
                                    details: ["entries": .number(Double(entries.count))])
    }
}
