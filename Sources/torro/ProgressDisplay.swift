import CatalogModel
import Foundation

/// Shows a discovery run's progress: one rewritten line with a bar in a terminal, plain lines otherwise.
struct ProgressDisplay: Sendable {
    let terminal: Bool
    let started = Date()

    func show(_ progress: DiscoveryProgress) {
        let elapsed = Date().timeIntervalSince(started)
        if terminal {
            let done = progress.objectsRead + progress.objectsUnchanged
            let bar = Self.bar(fraction: progress.objectsListed == 0 ? 0 : Double(done) / Double(max(done, progress.objectsListed)))
            write("\r\u{1B}[2K\(bar) \(progress.phase): \(summary(progress)) \(Self.seconds(elapsed))")
        } else {
            write("\(progress.phase): \(summary(progress)) elapsed=\(Self.seconds(elapsed))\n")
        }
    }

    func finish(_ run: DiscoveryRun) {
        if terminal { write("\r\u{1B}[2K") }
        let progress = run.progress
        var text = "discovery run \(run.id) \(run.status.rawValue) in \(Self.seconds(run.elapsedSeconds() ?? 0)): "
        text += "\(progress.objectsListed) objects listed, \(progress.objectsRead) read, \(progress.objectsUnchanged) unchanged; "
        text += "assets \(progress.assetsNew) new, \(progress.assetsChanged) changed, \(progress.assetsUnchanged) unchanged, "
        text += "\(progress.assetsRemoved) removed; \(Self.bytes(progress.bytesRead)) read, \(progress.warnings) warnings\n"
        write(text)
        for warning in run.warnings.prefix(20) { write("  warning: \(warning)\n") }
        if run.warnings.count > 20 { write("  ... \(run.warnings.count - 20) more warnings: GET /api/discovery/runs/\(run.id)\n") }
        if let error = run.error { write("  error: \(error)\n") }
    }

    private func summary(_ progress: DiscoveryProgress) -> String {
        "listed=\(progress.objectsListed) read=\(progress.objectsRead) unchanged=\(progress.objectsUnchanged) "
            + "new=\(progress.assetsNew) changed=\(progress.assetsChanged) bytes=\(Self.bytes(progress.bytesRead)) warnings=\(progress.warnings)"
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func bar(fraction: Double, width: Int = 24) -> String {
        let filled = Int((min(1, max(0, fraction)) * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }

    static func seconds(_ value: Double) -> String { String(format: "%.1fs", value) }

    static func bytes(_ count: Int64) -> String {
        count >= 1 << 20 ? String(format: "%.1f MiB", Double(count) / 1_048_576)
            : count >= 1 << 10 ? String(format: "%.1f KiB", Double(count) / 1024) : "\(count) B"
    }
}
