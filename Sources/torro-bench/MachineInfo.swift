import Foundation

/// What the figures were measured on: processors, CPU model, memory, kernel and the date.
struct MachineInfo: Sendable {
    let processors: Int
    let cpuModel: String
    let memory: String
    let kernel: String
    let date: String

    static func current() -> MachineInfo {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kernel = (try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8)) ?? "unknown"
        var memory = "unknown"
        if let kilobytes = field("MemTotal", in: meminfo)?.split(separator: " ").first.flatMap({ Double($0) }) {
            memory = String(format: "%.1f GiB", kilobytes / 1_048_576)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return MachineInfo(processors: ProcessInfo.processInfo.activeProcessorCount,
                           cpuModel: field("model name", in: cpuinfo) ?? "unknown", memory: memory,
                           kernel: "Linux " + kernel.trimmingCharacters(in: .whitespacesAndNewlines),
                           date: formatter.string(from: Date()))
    }

    /// The value of the first `name: value` line.
    private static func field(_ name: String, in text: String) -> String? {
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
