import Foundation

/// Keeps one access token until shortly before it expires; concurrent callers share one refresh.
public actor AccessTokenCache {
    private let source: any AccessTokenSource
    private let refreshMargin: TimeInterval
    private let now: @Sendable () -> Date
    private var cached: AzureAccessToken?
    private var refreshing: Task<AzureAccessToken, any Error>?

    /// `refreshMargin`: a token this close to expiry is replaced (5 minutes, as the Azure SDKs do).
    public init(source: any AccessTokenSource, refreshMargin: TimeInterval = 300,
                now: @escaping @Sendable () -> Date = { Date() }) {
        self.source = source
        self.refreshMargin = refreshMargin
        self.now = now
    }

    /// A token that is good for at least `refreshMargin`, fetched only when the cached one is not.
    public func token() async throws -> AzureAccessToken {
        if let cached, cached.expiresOn.timeIntervalSince(now()) > refreshMargin {
            return cached
        }
        if let refreshing {
            return try await refreshing.value
        }
        let source = self.source
        let task = Task { try await source.fetchToken() }
        refreshing = task
        defer { refreshing = nil }
        let token = try await task.value
        cached = token
        return token
    }

    /// Forgets the cached token (Azure refused it: revoked, or the clock is off), so the next call fetches one.
    public func invalidate() {
        cached = nil
    }
}
