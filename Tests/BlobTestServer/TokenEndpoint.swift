import Foundation
import Hummingbird

/// A stand-in for Microsoft Entra ID's client-credentials token endpoint, `POST /<tenant>/oauth2/v2.0/token`.
///
/// Answers like Entra: `{"token_type":"Bearer","expires_in":N,"access_token":...}` for a known principal, and
/// otherwise a JSON error with `error` and an `error_description` that starts with the AADSTS code.
struct TokenEndpoint: Sendable {
    let principals: [BlobPrincipal]
    let tokens: BearerTokens
    /// Seconds an issued token lives.
    let lifetime: Int

    static let storageScope = "https://storage.azure.com/.default"

    /// Whether `path` is a token endpoint path, and for which tenant.
    static func tenant(inPath path: String) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 4, parts[1] == "oauth2", parts[2] == "v2.0", parts[3] == "token" else { return nil }
        return String(parts[0])
    }

    func respond(tenant: String, form body: [UInt8]) throws -> (status: HTTPResponse.Status, json: [UInt8]) {
        let form = Self.decodeForm(body)
        guard principals.contains(where: { $0.tenant == tenant }) else {
            return try error(.badRequest, "invalid_request", 90002, "Tenant '\(tenant)' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.")
        }
        guard form["grant_type"] == "client_credentials" else {
            return try error(.badRequest, "unsupported_grant_type", 70003, "The app requested an unsupported grant type '\(form["grant_type"] ?? "")'.")
        }
        guard let clientID = form["client_id"] else {
            return try error(.badRequest, "invalid_request", 900144, "The request body must contain the following parameter: 'client_id'.")
        }
        guard let principal = principals.first(where: { $0.tenant == tenant && $0.clientID == clientID }) else {
            return try error(.badRequest, "unauthorized_client", 700016, "Application with identifier '\(clientID)' was not found in the directory '\(tenant)'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.")
        }
        guard let secret = form["client_secret"] else {
            return try error(.unauthorized, "invalid_client", 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.")
        }
        guard secret == principal.clientSecret else {
            return try error(.unauthorized, "invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '\(clientID)'.")
        }
        guard form["scope"] == Self.storageScope else {
            return try error(.badRequest, "invalid_scope", 1002012, "The provided value for scope \(form["scope"] ?? "") is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).")
        }
        let token = tokens.issue(role: principal.role, lifetime: lifetime)
        return (.ok, try Self.json(["token_type": "Bearer", "expires_in": lifetime, "ext_expires_in": lifetime, "access_token": token]))
    }

    private func error(_ status: HTTPResponse.Status, _ code: String, _ number: Int, _ text: String) throws -> (status: HTTPResponse.Status, json: [UInt8]) {
        let trace = UUID().uuidString.lowercased(), correlation = UUID().uuidString.lowercased()
        let time = UTCDate.iso8601(Date()).replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: "")
        let description = "AADSTS\(number): \(text) Trace ID: \(trace) Correlation ID: \(correlation) Timestamp: \(time)"
        return (status, try Self.json([
            "error": code, "error_description": description, "error_codes": [number], "timestamp": time + "Z",
            "trace_id": trace, "correlation_id": correlation, "error_uri": "https://login.microsoftonline.com/error?code=\(number)",
        ]))
    }

    private static func json(_ object: [String: Any]) throws -> [UInt8] {
        Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    /// Reads `application/x-www-form-urlencoded`: `+` is a space, then percent-decoding.
    private static func decodeForm(_ body: [UInt8]) -> [String: String] {
        var form: [String: String] = [:]
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                let spaced = text.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            form[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return form
    }
}
