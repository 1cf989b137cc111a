import Foundation

/// What the figures were measured on: processors, CPU model, memory, kernel and the date.
struct MachineInfo: Sendable {
    let processors: Int
    let cpuModel: String
    let memory: String
    let kernel: String
    let date: String
    /// The 1, 5 and 15 minute load averages when the bench started: other work on the machine skews figures.
    let loadAtStart: String

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
                           date: formatter.string(from: Date()), loadAtStart: loadAverage())
    }

    /// The 1, 5 and 15 minute load averages now.
    static func loadAverage() -> String {
        let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
        return text.split(separator: " ").prefix(3).joined(separator: " ")
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
