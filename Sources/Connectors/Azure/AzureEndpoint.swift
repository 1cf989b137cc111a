import Foundation

/// The blob service URL of an account: `https://<account>.blob.core.windows.net`, or a path-style URL
/// such as `http://127.0.0.1:10000/devstoreaccount1` (the storage emulators, other clouds' proxies).
public struct AzureEndpoint: Sendable, Hashable, CustomStringConvertible {
    /// `scheme://host[:port]`.
    public let origin: String
    /// The path before container names, without a trailing `/`: empty, or `/devstoreaccount1` for path-style URLs.
    public let basePath: String
    /// The host name, for messages.
    public let host: String

    /// Parses an http or https URL; nil for anything else.
    public init?(_ text: String) {
        guard let components = URLComponents(string: text.trimmingCharacters(in: .whitespaces)),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty,
              components.query == nil, components.fragment == nil else { return nil }
        let hostPart = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        origin = "\(scheme)://\(hostPart)" + (components.port.map { ":\($0)" } ?? "")
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        basePath = path
        self.host = host
    }

    /// The default public-cloud endpoint of an account.
    public static func publicCloud(account: String) -> AzureEndpoint? {
        AzureEndpoint("https://\(account).blob.core.windows.net")
    }

    /// The account an endpoint names: the first path segment of a path-style URL, else the first label of the host.
    public var impliedAccount: String? {
        if let segment = basePath.split(separator: "/").first { return String(segment) }
        let label = host.split(separator: ".").first.map(String.init)
        return label.flatMap { $0.allSatisfy { $0.isLetter || $0.isNumber } ? $0 : nil }
    }

    public var description: String { origin + basePath }
}
