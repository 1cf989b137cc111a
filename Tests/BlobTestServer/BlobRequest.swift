import Foundation
import Hummingbird

/// A request to the Blob endpoint, with its path split into account, container and blob name.
struct BlobRequest: Sendable {
    var method: String
    /// The URL path as sent, still percent-encoded: what Shared Key signs.
    var path: String
    /// The decoded query parameters, in the order sent.
    var query: [(name: String, value: String)]
    /// The headers, names as sent.
    var headers: [(name: String, value: String)]
    var account: String
    var container: String?
    var blob: String?
    var body: [UInt8] = []

    /// Splits `/<account>/<container>/<blob name>`; throws 400 InvalidUri when a part cannot be decoded.
    init(method: String, path: String, rawQuery: String?, headers: [(name: String, value: String)]) throws {
        self.method = method
        self.path = path
        self.headers = headers
        self.query = try Self.decodeQuery(rawQuery ?? "")
        let parts = path.dropFirst().split(separator: "/", maxSplits: 2, omittingEmptySubsequences: false)
        guard let account = parts.first.flatMap({ String($0).removingPercentEncoding }), !account.isEmpty else {
            throw BlobError(.badRequest, "InvalidUri", "The requested URI does not represent any resource on the server.", detail: "expected /<account>/...")
        }
        self.account = account
        if parts.count > 1, !parts[1].isEmpty {
            guard let container = String(parts[1]).removingPercentEncoding else { throw Self.undecodable(path) }
            self.container = container
        }
        if parts.count > 2, !parts[2].isEmpty {
            guard let blob = String(parts[2]).removingPercentEncoding else { throw Self.undecodable(path) }
            self.blob = blob
        }
    }

    /// A header's value, case-insensitively; repeated headers joined with commas.
    func header(_ name: String) -> String? {
        let values = headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
        return values.isEmpty ? nil : values.joined(separator: ",")
    }

    /// A query parameter's decoded value; parameter names are matched case-insensitively, as the service does.
    func query(_ name: String) -> String? {
        query.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// The `x-ms-meta-*` headers as metadata pairs, names as the client spelled them.
    func metadata() throws -> [(name: String, value: String)] {
        let prefix = "x-ms-meta-"
        return try headers.compactMap { header in
            guard header.name.lowercased().hasPrefix(prefix) else { return nil }
            let name = String(header.name.dropFirst(prefix.count))
            guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
                  name.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) })
            else {
                throw BlobError(.badRequest, "InvalidMetadata", "The metadata specified is invalid. It has characters that are not permitted.",
                                detail: "metadata name '\(name)' must be a valid C# identifier")
            }
            return (name, header.value)
        }
    }

    var conditions: RequestConditions {
        RequestConditions(header: header)
    }

    private static func decodeQuery(_ raw: String) throws -> [(name: String, value: String)] {
        try raw.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = parts.count > 1 ? String(parts[1]) : ""
            guard let name = String(parts[0]).removingPercentEncoding, let decoded = value.removingPercentEncoding else {
                throw BlobError(.badRequest, "InvalidQueryParameterValue", "Value for one of the query parameters specified in the request URI is invalid.",
                                detail: "cannot percent-decode '\(pair)'")
            }
            return (name, decoded)
        }
    }

    private static func undecodable(_ path: String) -> BlobError {
        BlobError(.badRequest, "InvalidUri", "The requested URI does not represent any resource on the server.", detail: "cannot percent-decode \(path)")
    }
}
