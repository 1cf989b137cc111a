import Foundation

/// Runs a program to completion off the concurrency pool and collects its output.
enum Subprocess {
    struct Output: Sendable {
        var status: Int32
        var stdout: Data
        var stderr: Data
        /// Whether it was stopped for running longer than allowed.
        var timedOut: Bool
    }

    /// Runs `executable` with `arguments`, stdin closed; stops it after `timeout`.
    /// Throws when it cannot be started at all.
    static func run(_ executable: String, _ arguments: [String], timeout: Duration) async throws -> Output {
        try await withCheckedThrowingContinuation { continuation in
            // Reading pipes and waiting block threads, so this runs off the cooperative pool, on queues of its own:
            // the global queue has as many threads as cores, and blocked ones would starve the timeout timer.
            DispatchQueue(label: "torro.subprocess.run").async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: executable)
                process.arguments = arguments
                process.standardInput = FileHandle.nullDevice
                let stdout = Pipe(), stderr = Pipe()
                process.standardOutput = stdout
                process.standardError = stderr
                do {
                    try process.run()
                } catch {
                    continuation.resume(throwing: error)
                    return
                }
                let watch = Watch(process)
                DispatchQueue(label: "torro.subprocess.timeout").asyncAfter(deadline: .now() + .milliseconds(Int(timeout.milliseconds))) {
                    watch.stopIfRunning()
                }
                // Drain stderr on another thread so neither pipe can fill up and stall the program.
                let errors = Collected()
                let group = DispatchGroup()
                group.enter()
                DispatchQueue(label: "torro.subprocess.stderr").async {
                    errors.set(stderr.fileHandleForReading.readDataToEndOfFile())
                    group.leave()
                }
                let output = stdout.fileHandleForReading.readDataToEndOfFile()
                group.wait()
                process.waitUntilExit()
                continuation.resume(returning: Output(status: process.terminationStatus, stdout: output,
                                                      stderr: errors.get(), timedOut: watch.fired))
            }
        }
    }

    /// Stops a process that outlives its time; shared with the timer, hence the lock.
    private final class Watch: @unchecked Sendable {
        private let process: Process
        private let lock = NSLock()
        private var didFire = false

        init(_ process: Process) { self.process = process }

        func stopIfRunning() {
            lock.lock()
            defer { lock.unlock() }
            if process.isRunning {
                didFire = true
                // SIGKILL, not `terminate()`'s SIGTERM: a child inherits blocked signals, and some hosts block SIGTERM.
                kill(process.processIdentifier, SIGKILL)
            }
        }

        var fired: Bool {
            lock.lock()
            defer { lock.unlock() }
            return didFire
        }
    }

    /// Data written by one thread and read by another after a `DispatchGroup.wait`.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()

        func set(_ value: Data) {
            lock.lock()
            data = value
            lock.unlock()
        }

        func get() -> Data {
            lock.lock()
            defer { lock.unlock() }
            return data
        }
    }
}
