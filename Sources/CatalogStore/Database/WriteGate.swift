/// Lets one write transaction at a time into an engine with a single writer (SQLite).
///
/// SQLite's own busy wait blocks a thread of the small thread pool that also runs the COMMIT of the
/// transaction it waits for; queueing writers here, before they take a connection, avoids that stall.
actor WriteGate {
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty {
            busy = false
        } else {
            waiting.removeFirst().resume()
        }
    }
}
