import Foundation

/// The bearer tokens the Blob endpoint accepts: fixed ones from the configuration, and those the token endpoint
/// issued, which expire.
final class BearerTokens: Sendable {
    /// What the Blob endpoint makes of a presented token.
    enum Verdict: Equatable {
        case valid(BlobRole)
        case expired
        case unknown
    }

    private struct Grant {
        var role: BlobRole
        var expires: Date?
    }

    private let grants: Locked<[String: Grant]>
    private let issueCount = Locked(0)

    init(fixed: [String: BlobRole]) {
        grants = Locked(fixed.mapValues { Grant(role: $0, expires: nil) })
    }

    /// A new token for `role`, valid for `lifetime` seconds.
    func issue(role: BlobRole, lifetime: Int, now: Date = Date()) -> String {
        issueCount.withLock { $0 += 1 }
        let token = Self.makeToken()
        grants.withLock { $0[token] = Grant(role: role, expires: now.addingTimeInterval(TimeInterval(lifetime))) }
        return token
    }

    func verdict(_ token: String, now: Date = Date()) -> Verdict {
        guard let grant = grants.withLock({ $0[token] }) else { return .unknown }
        if let expires = grant.expires, now >= expires { return .expired }
        return .valid(grant.role)
    }

    /// Accepts `token` from now on with `role`, without expiry.
    func add(_ token: String, role: BlobRole) {
        grants.withLock { $0[token] = Grant(role: role, expires: nil) }
    }

    /// Makes every issued token expired, so a client must fetch a new one.
    func expireIssued() {
        let past = Date(timeIntervalSince1970: 0)
        grants.withLock { grants in
            for (token, grant) in grants where grant.expires != nil { grants[token]?.expires = past }
        }
    }

    /// How many tokens the token endpoint has issued.
    var issued: Int { issueCount.withLock { $0 } }

    /// A JWT-shaped opaque token: clients must not look inside, but logging code that expects three parts is fine.
    private static func makeToken() -> String {
        let part = { (count: Int) in
            Data((0..<count).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        return "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.\(part(48)).\(part(32))"
    }
}
