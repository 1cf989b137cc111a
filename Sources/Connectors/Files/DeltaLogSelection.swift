/// Which files of a `_delta_log/` folder to hand `DeltaLog.read`: every JSON commit still there (it replays
/// them from the earliest, so file and row counts are exact while commit 0 survives), `_last_checkpoint`, and
/// the newest complete checkpoint with its V2 sidecars; older checkpoints, `.crc` files and the like are left out.
enum DeltaLogSelection {
    private enum Entry {
        case lastCheckpoint
        case commit
        /// `part` of `parts` of the checkpoint at `version` (1 of 1 for single-file and V2 checkpoints).
        case checkpoint(version: Int64, parts: Int, v2: Bool)
        case sidecar
    }

    /// The indices (into `objects`, which lie under one `_delta_log/`) of the files to read, in key order.
    static func choose(_ objects: [StoredObject]) -> [Int] {
        let entries = objects.map(entry)
        var partsSeen: [Int64: Int] = [:]
        var partsNeeded: [Int64: Int] = [:]
        var v2Versions: Set<Int64> = []
        for case .checkpoint(let version, let parts, let v2)? in entries {
            partsSeen[version, default: 0] += 1
            partsNeeded[version] = parts
            if v2 { v2Versions.insert(version) }
        }
        let checkpoint = partsSeen.filter { partsNeeded[$0.key] == $0.value }.keys.max()
        let chosen = entries.indices.filter { index in
            switch entries[index] {
            case .lastCheckpoint?, .commit?: return true
            case .checkpoint(let version, _, _)?: return version == checkpoint
            case .sidecar?: return checkpoint.map(v2Versions.contains) ?? false
            case nil: return false
            }
        }
        return chosen.sorted { objects[$0].key < objects[$1].key }
    }

    /// What a log file is, by its name; nil for files a reader does not need (`.crc`, compacted logs, ...).
    private static func entry(_ object: StoredObject) -> Entry? {
        let segments = StoragePath.segments(object.key)
        guard let name = segments.last else { return nil }
        if segments.count >= 2, segments[segments.count - 2] == "_sidecars" { return .sidecar }
        if name == "_last_checkpoint" { return .lastCheckpoint }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let version = Int64(parts[0]) else {
            return nil
        }
        switch parts.count {
        case 2 where parts[1] == "json":
            return .commit
        case 3 where parts[1] == "checkpoint" && parts[2] == "parquet":
            return .checkpoint(version: version, parts: 1, v2: false)
        case 4 where parts[1] == "checkpoint" && (parts[3] == "parquet" || parts[3] == "json"):
            return .checkpoint(version: version, parts: 1, v2: true)
        case 5 where parts[1] == "checkpoint" && parts[4] == "parquet":
            guard let total = Int(parts[3]), Int(parts[2]) != nil else { return nil }
            return .checkpoint(version: version, parts: total, v2: false)
        default:
            return nil
        }
    }
}
