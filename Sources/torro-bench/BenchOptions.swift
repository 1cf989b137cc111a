/// The command line of `torro-bench store`, parsed by hand (the bench depends on the store only).
struct BenchOptions: Sendable {
    /// A database engine the bench can run on.
    enum Engine: String, Sendable, CaseIterable {
        case sqlite, postgres
    }

    var engines: [Engine] = Engine.allCases
    var assets = 100_000
    var datasets = 100_000
    var edges = 1_000_000
    var queries = 200
    var seed: UInt64 = 20_240_601

    static let usage = """
        usage: torro-bench store [--engine sqlite|postgres|both] [--assets N] [--datasets N] [--edges N]
                                 [--queries N] [--seed N]

        Measures bulk asset upsert, full-text search and depth-5 lineage traversal on a fresh database per engine.
        PostgreSQL is reached through TORRO_TEST_POSTGRES_URL (scripts/bench.sh starts a throwaway server).
        """

    /// Parses the arguments after the program name; the first must be the `store` suite.
    static func parse(_ arguments: [String]) throws(UsageError) -> BenchOptions {
        guard let suite = arguments.first else { throw UsageError("name a suite: store") }
        if suite == "--help" || suite == "-h" { throw UsageError(nil) }
        guard suite == "store" else { throw UsageError("unknown suite '\(suite)': the only suite is store") }
        var options = BenchOptions()
        var rest = arguments.dropFirst()
        while let flag = rest.popFirst() {
            if flag == "--help" || flag == "-h" { throw UsageError(nil) }
            guard let value = rest.popFirst() else { throw UsageError("\(flag) needs a value") }
            switch flag {
            case "--engine":
                if value == "both" {
                    options.engines = Engine.allCases
                } else if let engine = Engine(rawValue: value) {
                    options.engines = [engine]
                } else {
                    throw UsageError("--engine must be sqlite, postgres or both")
                }
            case "--assets": options.assets = try count(value, flag, minimum: 1)
            case "--datasets": options.datasets = try count(value, flag, minimum: 100)
            case "--edges": options.edges = try count(value, flag, minimum: 1)
            case "--queries": options.queries = try count(value, flag, minimum: 1)
            case "--seed": options.seed = UInt64(try count(value, flag, minimum: 0))
            default: throw UsageError("unknown option \(flag)")
            }
        }
        return options
    }

    private static func count(_ text: String, _ flag: String, minimum: Int) throws(UsageError) -> Int {
        guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= minimum else {
            throw UsageError("\(flag) must be a whole number of at least \(minimum)")
        }
        return value
    }
}

/// A mistake on the command line; a nil message asks for the usage text alone.
struct UsageError: Error {
    let message: String?

    init(_ message: String?) {
        self.message = message
    }
}
