/// A request to the blob service before it is sent: what credentials sign or extend.
public struct AzureRequest: Sendable {
    /// `GET` or `HEAD`.
    public var method: String
    /// The URL path as sent, percent-encoded, starting with `/`.
    public var path: String
    /// Query parameters, not encoded, in the order they are sent.
    public var query: [(String, String)]
    /// Headers as sent.
    public var headers: [(String, String)]

    public init(method: String, path: String, query: [(String, String)] = [], headers: [(String, String)] = []) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
    }

    /// The first value of a header, names compared without case.
    public func header(_ name: String) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }

    /// Sets a header, replacing any value it had.
    public mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { $0.0.caseInsensitiveCompare(name) == .orderedSame }
        headers.append((name, value))
    }

    /// The full URL on `origin` (`scheme://host[:port]`), the query percent-encoded.
    public func url(origin: String) -> String {
        guard !query.isEmpty else { return origin + path }
        let encoded = query.map { "\(AzurePercent.encodeQuery($0.0))=\(AzurePercent.encodeQuery($0.1))" }
        return origin + path + "?" + encoded.joined(separator: "&")
    }
}
