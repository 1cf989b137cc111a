import Foundation

/// The Azure CLI logged in on the Torro server, asked for a storage token with
/// `az account get-access-token --resource https://storage.azure.com/ --output json`.
public struct AzureCLI: AccessTokenSource {
    /// The `az` program to run; nil looks for `az` on `searchPath`.
    public var executable: String?
    /// The directories searched for `az`, `:`-separated like `PATH`.
    public var searchPath: String
    /// How long `az` may take before it is stopped.
    public var timeout: Duration

    static let resource = "https://storage.azure.com/"
    static let alternatives = "install the Azure CLI and run az login, or give account_key / sas_token / a service principal "
        + "(tenant_id, client_id, client_secret)"

    public init(executable: String? = nil, searchPath: String? = nil, timeout: Duration = .seconds(60)) {
        self.executable = executable
        self.searchPath = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        self.timeout = timeout
    }

    /// Where `az` is, or nil when it is not installed (or not where `executable` says).
    public func locate() -> String? {
        if let executable {
            return FileManager.default.isExecutableFile(atPath: executable) ? executable : nil
        }
        for directory in searchPath.split(separator: ":") where !directory.isEmpty {
            let candidate = directory.hasSuffix("/") ? "\(directory)az" : "\(directory)/az"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public func fetchToken() async throws -> AzureAccessToken {
        guard let path = locate() else {
            let whereLooked = executable.map { "at \($0)" } ?? "on the PATH"
            throw StorageError(.authentication, "The config has no credential, so Torro asked the Azure CLI for a token, "
                + "but the Azure CLI (az) is not installed on the Torro server (not found \(whereLooked)): \(Self.alternatives).")
        }
        let output: Subprocess.Output
        do {
            output = try await Subprocess.run(path, ["account", "get-access-token", "--resource", Self.resource,
                                                     "--output", "json"], timeout: timeout)
        } catch {
            throw StorageError(.authentication, "The Azure CLI at \(path) could not be started (\(error.localizedDescription)): \(Self.alternatives).")
        }
        if output.timedOut {
            throw StorageError(.transient, "az account get-access-token did not finish within \(timeout.milliseconds / 1000) s; "
                + "check that az works for the user that runs Torro, or give account_key / sas_token / a service principal.")
        }
        let said = Self.firstLine(of: output.stderr)
        guard output.status == 0 else {
            let text = said.lowercased()
            if text.contains("az login") || text.contains("not logged in") || text.contains("expired") || text.contains("refresh token") {
                throw StorageError(.authentication, "The Azure CLI on the Torro server is not logged in (az said: \(said)): "
                    + "run az login as the user that runs Torro, or give account_key / sas_token / a service principal.")
            }
            throw StorageError(.authentication, "az account get-access-token failed (exit \(output.status)"
                + (said.isEmpty ? "" : ": \(said)") + "): \(Self.alternatives).")
        }
        guard let object = try? JSONSerialization.jsonObject(with: output.stdout) as? [String: Any],
              let token = object["accessToken"] as? String, !token.isEmpty else {
            throw StorageError(.authentication, "az account get-access-token printed no access token; "
                + "update the Azure CLI, or give account_key / sas_token / a service principal.")
        }
        return AzureAccessToken(token: token, expiresOn: Self.expiry(object) ?? Date().addingTimeInterval(600))
    }

    /// `expires_on` (seconds since 1970, newer CLIs) or `expiresOn` (local time, `2026-11-28 03:23:00.000000`).
    static func expiry(_ object: [String: Any]) -> Date? {
        if let seconds = object["expires_on"] as? NSNumber { return Date(timeIntervalSince1970: seconds.doubleValue) }
        if let text = object["expires_on"] as? String, let seconds = Double(text) { return Date(timeIntervalSince1970: seconds) }
        guard let text = object["expiresOn"] as? String else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = .current
        for format in ["yyyy-MM-dd HH:mm:ss.SSSSSS", "yyyy-MM-dd HH:mm:ss"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    private static func firstLine(of data: Data) -> String {
        let text = String(decoding: data, as: UTF8.self)
        let line = text.split(whereSeparator: \.isNewline).first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var result = line.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        if result.hasPrefix("ERROR: ") { result.removeFirst(7) }
        return String(result.prefix(300))
    }
}
