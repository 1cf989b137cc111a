import FileFormats
import Foundation

/// The files written by scripts/make_file_fixtures.py.
enum FixtureFiles {
    static var root: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw FileFormatError("the Fixtures folder is missing from the test bundle")
            }
            return url
        }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(path)))
    }

    static func source(_ path: String) throws -> MemoryByteSource {
        MemoryByteSource(try bytes(path))
    }

    /// Every fixture file, by path relative to Fixtures.
    static func all() throws -> [String] {
        let root = try root.standardizedFileURL
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var paths: [String] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            paths.append(String(url.standardizedFileURL.path.dropFirst(root.path.count + 1)))
        }
        return paths.sorted()
    }

    /// The `_delta_log` files of a fixture table, keyed by name, as `DeltaLog.read` takes them.
    static func deltaLog(_ table: String) throws -> [String: any ByteSource] {
        let folder = try root.appendingPathComponent(table).appendingPathComponent("_delta_log")
        var files: [String: any ByteSource] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = MemoryByteSource(Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
        return files
    }
}
