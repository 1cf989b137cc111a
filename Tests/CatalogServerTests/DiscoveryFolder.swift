import Foundation

/// A folder of data files for discovery tests, removed when the test ends.
struct DiscoveryFolder {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("torro-discovery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    var path: String { root.path }

    /// Writes `text` at `relative`, making folders as needed.
    func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    func delete() {
        try? FileManager.default.removeItem(at: root)
    }

    /// A small lake: a folder data set of two CSVs, a Hive-partitioned NDJSON data set, a lone JSON file,
    /// a file no reader knows, and a marker file.
    func writeLake() throws {
        try write("sales/part-1.csv", "id,amount,day\n1,10.5,2024-01-01\n2,11.25,2024-01-02\n")
        try write("sales/part-2.csv", "id,amount,day\n3,9.75,2024-01-03\n4,,2024-01-04\n")
        try write("sales/_SUCCESS", "")
        try write("events/year=2024/month=01/e.ndjson", "{\"user\": \"a\", \"n\": 1}\n{\"user\": \"b\", \"n\": 2}\n")
        try write("events/year=2024/month=02/e.ndjson", "{\"user\": \"c\", \"n\": 3}\n")
        try write("lone.json", "{\"name\": \"x\", \"tags\": [\"a\"]}")
        try write("docs/readme.txt", "not data")
    }
}
