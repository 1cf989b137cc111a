/// What a file in `_delta_log` is, from its name.
enum DeltaLogFileName: Equatable {
    /// `00000000000000000007.json`
    case commit(Int64)
    /// `00000000000000000010.checkpoint.parquet`, multi-part and v2 checkpoints too.
    case checkpoint(Int64)
    /// `_last_checkpoint`
    case lastCheckpoint
    case other

    init(_ name: String) {
        let name = name.split(separator: "/").last.map(String.init) ?? name
        if name == "_last_checkpoint" {
            self = .lastCheckpoint
            return
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].count == 20, parts[0].allSatisfy(\.isASCII), parts[0].allSatisfy(\.isNumber),
              let version = Int64(parts[0]) else {
            self = .other
            return
        }
        if parts.count == 2, parts[1] == "json" {
            self = .commit(version)
        } else if parts.count >= 3, parts[1] == "checkpoint", parts.last == "parquet" || parts.last == "json" {
            self = .checkpoint(version)
        } else {
            self = .other
        }
    }
}
