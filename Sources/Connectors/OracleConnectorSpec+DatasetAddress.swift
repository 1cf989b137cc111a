import CatalogModel

extension OracleConnectorSpec {
    /// `oracle`, `host:port` and the service (or SID) in upper case, from `jdbc_url` or `host`/`port`/`service_name`/`sid`;
    /// unqualified names live in the user's schema. A bare TNS alias stands for both the host and the service.
    public func datasetAddress(for config: JSONObject) -> DatasetAddress? {
        let reader = ConfigReader(config)
        var host: String?, port: Int?, service: String?
        if let url = reader.text("jdbc_url"), let parsed = Self.parseJDBC(url) {
            (host, port, service) = parsed
        } else {
            host = reader.text("host")
            port = reader.number("port") ?? 1521
            service = reader.text("service_name") ?? reader.text("sid")
        }
        guard let host, !host.isEmpty else { return nil }
        let authority = host.lowercased() + (port.map { ":\($0)" } ?? "")
        return DatasetAddress(platform: "oracle", authority: authority, catalog: (service ?? host).uppercased(),
                              dialect: "oracle", defaultSchema: reader.text("username").map(Self.folded))
    }

    /// Host, port and service of `jdbc:oracle:thin:@//host:port/service`, `@host:port:SID`,
    /// `@(DESCRIPTION=...(HOST=h)(PORT=p)...(SERVICE_NAME=s))` or `@alias` (no port; 1521 for the other forms).
    static func parseJDBC(_ url: String) -> (host: String, port: Int?, service: String?)? {
        let prefix = "jdbc:oracle:thin:@"
        guard url.lowercased().hasPrefix(prefix) else { return nil }
        var rest = Substring(url.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)[...]
        if rest.hasPrefix("(") {
            guard let host = descriptorValue("HOST", in: rest) else { return nil }
            let service = descriptorValue("SERVICE_NAME", in: rest) ?? descriptorValue("SID", in: rest)
            return (host, descriptorValue("PORT", in: rest).flatMap { Int($0) } ?? 1521, service)
        }
        if rest.hasPrefix("//") { rest = rest.dropFirst(2) }
        if let query = rest.firstIndex(of: "?") { rest = rest[..<query] }
        var service: String?
        if let slash = rest.firstIndex(of: "/") {
            service = String(rest[rest.index(after: slash)...].prefix { $0 != ":" && $0 != "/" })
            rest = rest[..<slash]
        }
        let fields = rest.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard let host = fields.first, !host.isEmpty else { return nil }
        if fields.count == 1 && service == nil { return (host, nil, host) }
        if fields.count >= 3, service == nil { service = fields[2] }
        let port = fields.count >= 2 ? Int(fields[1]) : nil
        return (host, port ?? 1521, service.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// The value of `(KEY=value)` in a TNS descriptor, the key compared without regard to case.
    private static func descriptorValue(_ key: String, in descriptor: Substring) -> String? {
        let upper = descriptor.uppercased()
        guard let range = upper.range(of: "(\(key)=") ?? upper.range(of: "(\(key) =") else { return nil }
        let offset = upper.distance(from: upper.startIndex, to: range.upperBound)
        let value = descriptor.dropFirst(offset).prefix { $0 != ")" }.trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// An Oracle name as Oracle stores it: unquoted names in upper case, quoted ones as written.
    static func folded(_ name: String) -> String {
        name.hasPrefix("\"") && name.hasSuffix("\"") && name.count > 1 ? String(name.dropFirst().dropLast()) : name.uppercased()
    }
}
