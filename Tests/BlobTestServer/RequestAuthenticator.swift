import Connectors
import Foundation

/// Decides whether a request may run: Shared Key, SAS or bearer token, each checked the way Azure checks it.
struct RequestAuthenticator: Sendable {
    let signers: [String: SharedKeySigner]
    let tokens: BearerTokens
    /// The tenant named in bearer challenges (`WWW-Authenticate`).
    let tenant: String

    /// How far `x-ms-date` may be from the server's clock; Azure allows 15 minutes.
    static let allowedClockSkew: TimeInterval = 15 * 60

    /// Throws the error Azure would return; on success returns response-header overrides a SAS asked for.
    func authorize(_ request: BlobRequest, _ operation: BlobOperation, now: Date) throws -> [(String, String)] {
        guard let signer = signers[request.account] else {
            throw BlobError(.badRequest, "InvalidUri", "The requested URI does not represent any resource on the server.",
                            detail: "no storage account '\(request.account)' on this server")
        }
        if let authorization = request.header("Authorization") {
            let (scheme, credential) = Self.split(authorization)
            switch scheme {
            case "SharedKey":
                try checkSharedKey(request, credential: credential, signer: signer, now: now)
                return []
            case "Bearer":
                try checkBearer(credential, operation: operation, now: now)
                return []
            default:
                throw BlobError.authenticationFailed("The authorization scheme '\(scheme)' is not supported; use SharedKey, a SAS or a Bearer token.")
            }
        }
        if let sas = SASToken(request) {
            try sas.authorize(request, operation: operation, signer: signer, now: now)
            return operation == .getBlob || operation == .getBlobProperties ? sas.responseOverrides : []
        }
        throw BlobError(.unauthorized, "NoAuthenticationInformation",
                        "Server failed to authenticate the request. Please refer to the information in the www-authenticate header.",
                        headers: [challenge])
    }

    private func checkSharedKey(_ request: BlobRequest, credential: String, signer: SharedKeySigner, now: Date) throws {
        let parts = credential.split(separator: ":", maxSplits: 1)
        guard parts.count == 2, parts[0] == request.account else {
            throw BlobError.authenticationFailed("The Authorization header must be 'SharedKey \(request.account):<signature>'.")
        }
        guard let dateText = request.header("x-ms-date") ?? request.header("Date") else {
            throw BlobError.authenticationFailed("Request date header not specified (x-ms-date or Date).")
        }
        guard let date = HTTPDate.parse(dateText), abs(date.timeIntervalSince(now)) <= Self.allowedClockSkew else {
            throw BlobError.authenticationFailed("Request date header too old or invalid: '\(dateText)'")
        }
        let headers = request.headers.map { ($0.name, $0.value) }
        let query = request.query.map { ($0.name, $0.value) }
        let stringToSign = signer.stringToSign(method: request.method, path: request.path, query: query, headers: headers)
        guard signer.signature(of: stringToSign) == parts[1] else {
            throw BlobError.authenticationFailed(
                "The MAC signature found in the HTTP request '\(parts[1])' is not the same as any computed signature. Server used following string to sign: '\(stringToSign)'."
            )
        }
    }

    private func checkBearer(_ token: String, operation: BlobOperation, now: Date) throws {
        switch tokens.verdict(token, now: now) {
        case .unknown:
            throw invalidAuthenticationInfo("Signature validation failed: the token was not issued by this server's token endpoint and is not configured.")
        case .expired:
            throw invalidAuthenticationInfo("Lifetime validation failed. The token is expired.")
        case .valid(let role):
            guard role.allows(operation) else { throw BlobError.permissionMismatch() }
        }
    }

    private func invalidAuthenticationInfo(_ detail: String) -> BlobError {
        BlobError(.unauthorized, "InvalidAuthenticationInfo",
                  "Server failed to authenticate the request. Please refer to the information in the www-authenticate header.",
                  detail: detail, headers: [challenge])
    }

    private var challenge: (String, String) {
        ("WWW-Authenticate", "Bearer authorization_uri=https://login.microsoftonline.com/\(tenant)/oauth2/authorize resource_id=https://storage.azure.com")
    }

    private static func split(_ authorization: String) -> (scheme: String, credential: String) {
        let parts = authorization.split(separator: " ", maxSplits: 1)
        return (String(parts.first ?? ""), parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : "")
    }
}
