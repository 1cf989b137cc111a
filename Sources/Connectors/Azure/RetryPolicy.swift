/// When to try a request again: exponential backoff with full jitter, honouring the server's `Retry-After`.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first one included.
    public var maxAttempts: Int
    /// The backoff before the second attempt, before jitter; it doubles each time.
    public var baseDelay: Duration
    /// The longest backoff, before jitter.
    public var maxDelay: Duration
    /// The longest wait a server's `Retry-After` may ask for.
    public var maxRetryAfter: Duration
    /// How long one attempt (connect, send, read the whole body) may take.
    public var attemptTimeout: Duration

    public init(maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(10),
                maxRetryAfter: Duration = .seconds(60), attemptTimeout: Duration = .seconds(120)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
        self.attemptTimeout = attemptTimeout
    }

    /// Five attempts, 200 ms doubling up to 10 s.
    public static let standard = RetryPolicy()

    /// Statuses that mean "busy or briefly broken, try again": throttling and server-side faults.
    public static func isRetryable(status: Int) -> Bool {
        [408, 429, 500, 502, 503, 504].contains(status)
    }

    /// How long to wait after failed attempt number `attempt` (1-based).
    ///
    /// A server's `retryAfter` wins (up to `maxRetryAfter`); otherwise a uniformly random wait between zero and
    /// `baseDelay * 2^(attempt-1)`, capped at `maxDelay`, so many clients throttled together do not return together.
    /// `unitRandom` is a number in 0...1, injectable for tests.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration? = nil,
                      unitRandom: Double = Double.random(in: 0...1)) -> Duration {
        if let retryAfter {
            return min(max(retryAfter, .zero), maxRetryAfter)
        }
        let exponent = min(max(attempt - 1, 0), 30)
        let ceiling = min(baseDelay * (1 << exponent), maxDelay)
        return ceiling * min(max(unitRandom, 0), 1)
    }
}
