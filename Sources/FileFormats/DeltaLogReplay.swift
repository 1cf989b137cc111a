/// The table state built by replaying Delta log actions in version order: the latest metaData and protocol, and
/// the live data files (added and not removed since) with their record and null counts.
struct DeltaLogReplay {
    /// One live data file's statistics.
    struct LiveFile {
        var numRecords: Int64?
        var nullCounts: [String: Int64]
    }

    private(set) var metadata: JSONNode?
    private(set) var metadataVersion: Int64?
    private(set) var minReaderVersion: Int64?
    private(set) var minWriterVersion: Int64?
    private(set) var files: [String: LiveFile] = [:]

    /// Applies the actions of one commit file, one JSON object a line.
    mutating func apply(commit bytes: [UInt8], version: Int64, fileName: String) throws {
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !JSONParser.isWhitespace($0) }) else { continue }
            let action: JSONNode
            do {
                action = try JSONParser.parse(Array(line))
            } catch {
                throw FileFormatError("corrupt Delta log: _delta_log/\(fileName) line \(lineNumber) is not valid JSON (\(JSONParser.describe(error)))")
            }
            guard let members = action.objectValue else {
                throw FileFormatError("corrupt Delta log: _delta_log/\(fileName) line \(lineNumber) is not a JSON object")
            }
            for (kind, body) in members {
                try apply(kind, body, version: version, at: "_delta_log/\(fileName) line \(lineNumber)")
            }
        }
    }

    private mutating func apply(_ kind: String, _ body: JSONNode, version: Int64, at place: String) throws {
        switch kind {
        case "metaData":
            guard body.objectValue != nil else { throw FileFormatError("corrupt Delta log: the metaData in \(place) is not an object") }
            metadata = body
            metadataVersion = version
        case "protocol":
            minReaderVersion = body["minReaderVersion"]?.integerValue
            minWriterVersion = body["minWriterVersion"]?.integerValue
        case "add":
            guard let path = body["path"]?.stringValue else { throw FileFormatError("corrupt Delta log: an add action in \(place) has no path") }
            files[path] = Self.liveFile(stats: body["stats"]?.stringValue)
        case "remove":
            guard let path = body["path"]?.stringValue else { throw FileFormatError("corrupt Delta log: a remove action in \(place) has no path") }
            files[path] = nil
        default:
            break
        }
    }

    /// Record and top-level null counts from an add action's `stats` JSON string; none when it is missing or bad.
    private static func liveFile(stats: String?) -> LiveFile {
        guard let stats, let node = try? JSONParser.parse(Array(stats.utf8)) else {
            return LiveFile(numRecords: nil, nullCounts: [:])
        }
        var nullCounts: [String: Int64] = [:]
        for (column, count) in node["nullCount"]?.objectValue ?? [] {
            if let count = count.integerValue { nullCounts[column] = count }
        }
        return LiveFile(numRecords: node["numRecords"]?.integerValue, nullCounts: nullCounts)
    }
}
