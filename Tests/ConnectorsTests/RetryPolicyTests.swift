import Foundation
import Testing
@testable import Connectors

@Suite("Retry policy")
struct RetryPolicyTests {
    let policy = RetryPolicy(maxAttempts: 5, baseDelay: .milliseconds(200), maxDelay: .seconds(10))

    @Test("backoff doubles per attempt, is capped, and full jitter scales it from zero")
    func backoff() {
        #expect(policy.delay(afterAttempt: 1, unitRandom: 1) == .milliseconds(200))
        #expect(policy.delay(afterAttempt: 2, unitRandom: 1) == .milliseconds(400))
        #expect(policy.delay(afterAttempt: 4, unitRandom: 1) == .milliseconds(1600))
        #expect(policy.delay(afterAttempt: 20, unitRandom: 1) == .seconds(10))
        #expect(policy.delay(afterAttempt: 3, unitRandom: 0) == .zero)
        #expect(policy.delay(afterAttempt: 3, unitRandom: 0.5) == .milliseconds(400))
        for attempt in 1...8 {
            let delay = policy.delay(afterAttempt: attempt)
            #expect(delay >= .zero && delay <= .seconds(10))
        }
    }

    @Test("a server's Retry-After wins over backoff, up to the limit")
    func retryAfterWins() {
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(3), unitRandom: 0) == .seconds(3))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(3600)) == .seconds(60))
    }

    @Test("throttling and server faults are retryable; client errors are not")
    func retryableStatuses() {
        for status in [429, 500, 502, 503, 504] { #expect(RetryPolicy.isRetryable(status: status)) }
        for status in [400, 401, 403, 404, 409, 416] { #expect(!RetryPolicy.isRetryable(status: status)) }
    }

    @Test("Retry-After in seconds or as an HTTP date, and Azure's millisecond headers first")
    func retryAfterHeaders() throws {
        #expect(RetryAfter.parse([("Retry-After", "2")]) == .seconds(2))
        #expect(RetryAfter.parse([("retry-after", "0.5")]) == .milliseconds(500))
        #expect(RetryAfter.parse([("x-ms-retry-after-ms", "250"), ("Retry-After", "9")]) == .milliseconds(250))
        #expect(RetryAfter.parse([("retry-after-ms", "40")]) == .milliseconds(40))
        let now = try #require(HTTPDate.parse("Sat, 28 Nov 2026 02:23:00 GMT"))
        #expect(RetryAfter.parse([("Retry-After", "Sat, 28 Nov 2026 02:23:07 GMT")], now: now) == .seconds(7))
        #expect(RetryAfter.parse([("Retry-After", "Sat, 28 Nov 2026 02:22:00 GMT")], now: now) == .zero)
        #expect(RetryAfter.parse([("Retry-After", "soon")]) == nil)
        #expect(RetryAfter.parse([]) == nil)
    }
}
