/// Faults queued for the next requests: each rule answers `count` requests whose path starts with its prefix.
///
/// ```swift
/// server.faults.inject(.serverBusy(retryAfter: 1), count: 2, pathPrefix: "/devstoreaccount1/lineage/")
/// ```
public final class FaultInjector: Sendable {
    private struct Rule {
        var fault: BlobFault
        var remaining: Int
        var pathPrefix: String?
    }

    private let rules = Locked<[Rule]>([])

    init() {}

    /// Answers the next `count` requests (whose URL path starts with `pathPrefix`, if given) with `fault`.
    /// Rules apply in the order injected; a request takes one answer from the first rule that matches it.
    public func inject(_ fault: BlobFault, count: Int = 1, pathPrefix: String? = nil) {
        guard count > 0 else { return }
        rules.withLock { $0.append(Rule(fault: fault, remaining: count, pathPrefix: pathPrefix)) }
    }

    /// Drops every pending fault.
    public func clear() {
        rules.withLock { $0.removeAll() }
    }

    /// How many faulted answers are still pending.
    public var pending: Int {
        rules.withLock { $0.reduce(0) { $0 + $1.remaining } }
    }

    /// Takes the fault for a request to `path`, if one is pending.
    func take(for path: String) -> BlobFault? {
        rules.withLock { rules in
            guard let index = rules.firstIndex(where: { rule in rule.pathPrefix.map { path.hasPrefix($0) } ?? true }) else { return nil }
            rules[index].remaining -= 1
            let fault = rules[index].fault
            if rules[index].remaining == 0 { rules.remove(at: index) }
            return fault
        }
    }
}
