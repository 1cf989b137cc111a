import AsyncHTTPClient
import Foundation
import Logging
import NIOCore

/// Gets storage tokens for a service principal from Entra ID (OAuth 2.0 client credentials).
public struct EntraTokenSource: AccessTokenSource {
    /// Who signs in.
    public let principal: AzureServicePrincipal
    let http: AzureHTTP

    static let scope = "https://storage.azure.com/.default"

    public init(principal: AzureServicePrincipal, httpClient: HTTPClient = AzureBlobClient.sharedHTTPClient,
                retry: RetryPolicy = .standard, logger: Logger = Logger(label: "torro.azure")) {
        self.principal = principal
        self.http = AzureHTTP(client: httpClient, retry: retry, logger: logger)
    }

    init(principal: AzureServicePrincipal, http: AzureHTTP) {
        self.principal = principal
        self.http = http
    }

    /// `<authority_host>/<tenant_id>/oauth2/v2.0/token`.
    var tokenURL: String {
        "\(principal.authorityHost)/\(AzurePercent.encodeQuery(principal.tenantID))/oauth2/v2.0/token"
    }

    private var who: String {
        "service principal '\(principal.clientID)' of tenant '\(principal.tenantID)'"
    }

    public func fetchToken() async throws -> AzureAccessToken {
        let form = [("grant_type", "client_credentials"), ("client_id", principal.clientID),
                    ("client_secret", principal.clientSecret), ("scope", Self.scope)]
            .map { "\($0.0)=\(AzurePercent.encodeQuery($0.1))" }.joined(separator: "&")
        let url = tokenURL
        let host = URLComponents(string: principal.authorityHost)?.host ?? principal.authorityHost
        let started = Date()
        let response: AzureHTTP.Response
        do {
            response = try await http.send(host: host, maxBodyBytes: 1 << 20) {
                var request = HTTPClientRequest(url: url)
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                request.headers.add(name: "Accept", value: "application/json")
                request.body = .bytes(ByteBuffer(string: form))
                return request
            }
        } catch let failure as AzureHTTP.NetworkFailure {
            throw StorageError(failure.transient ? .transient : .other,
                               "Could not get a token for \(who) from Entra ID: \(failure); check authority_host (\(principal.authorityHost)) and that the Torro server can reach it.")
        }
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        guard response.status == 200 else {
            throw refusal(status: response.status, body: object, attempts: response.attempts)
        }
        guard let token = object?["access_token"] as? String, !token.isEmpty else {
            throw StorageError(.other, "Entra ID answered the token request for \(who) without an access token; check authority_host (\(principal.authorityHost)).")
        }
        let lifetime: Double
        if let number = object?["expires_in"] as? NSNumber {
            lifetime = number.doubleValue
        } else if let text = object?["expires_in"] as? String, let number = Double(text) {
            lifetime = number
        } else {
            lifetime = 3600
        }
        return AzureAccessToken(token: token, expiresOn: started.addingTimeInterval(lifetime))
    }

    /// Entra's error JSON (`error`, `error_description`, `error_codes`) as a message that names the field to fix.
    private func refusal(status: Int, body: [String: Any]?, attempts: Int) -> StorageError {
        guard let body, body["error"] != nil else {
            if RetryPolicy.isRetryable(status: status) {
                return StorageError(.transient, "Entra ID kept answering HTTP \(status) to the token request for \(who) after \(attempts) attempts; try again later.", status: status)
            }
            return StorageError(.authentication, "Entra ID at \(principal.authorityHost) answered HTTP \(status) to the token request for \(who); check authority_host and tenant_id.", status: status)
        }
        let description = (body["error_description"] as? String) ?? ""
        // The description runs on with "Trace ID: ... Correlation ID: ... Timestamp: ..."; the first part explains.
        var firstLine = description.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        if let trace = firstLine.range(of: " Trace ID:") { firstLine = String(firstLine[..<trace.lowerBound]) }
        let code = (body["error_codes"] as? [NSNumber])?.first.map { "AADSTS\($0.intValue)" }
            ?? firstLine.split(separator: ":").first.map(String.init).flatMap { $0.hasPrefix("AADSTS") ? $0 : nil }
            ?? (body["error"] as? String) ?? "error"
        let subject = "Entra ID refused to sign in \(who) (\(code))"
        let advice: String
        switch code {
        case "AADSTS7000215":
            advice = "the client secret is wrong: check client_secret, and give the secret's Value, not its Secret ID"
        case "AADSTS7000222":
            advice = "the client secret has expired: create a new secret for the app registration and update client_secret"
        case "AADSTS700016":
            advice = "no application with client_id '\(principal.clientID)' exists in tenant '\(principal.tenantID)': check client_id and tenant_id"
        case "AADSTS90002", "AADSTS90023", "AADSTS900023":
            advice = "tenant '\(principal.tenantID)' was not found: check tenant_id (the directory's GUID or domain)"
        case "AADSTS7000112", "AADSTS700025":
            advice = "the application is disabled or may not use client secrets: check the app registration of client_id"
        default:
            advice = "check tenant_id, client_id and client_secret" + (firstLine.isEmpty ? "" : " (Entra ID said: \(firstLine))")
        }
        let kind: StorageError.Kind = RetryPolicy.isRetryable(status: status) ? .transient : .authentication
        return StorageError(kind, "\(subject): \(advice).", status: status)
    }
}
