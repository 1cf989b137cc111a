import AsyncHTTPClient
import BlobTestServer
import Connectors
import Foundation
import NIOCore
import NIOHTTP1

/// Sends requests to a `BlobTestServer` with AsyncHTTPClient, signed with `SharedKeySigner` as a minimal Azure client
/// would sign them. (Lives in a `BlobServer*Tests.swift` file so it stays with the tests that use it.)
struct SignedBlobClient {
    let server: BlobTestServer
    var account = BlobAccount.devstoreaccount1
    /// The key requests are signed with; a different one than the server's makes them fail authentication.
    var key = BlobAccount.devstoreaccount1.key

    /// What came back: status, headers and body.
    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? { headers.first(name: name) }
        var errorCode: String? { header("x-ms-error-code") }
    }

    static let version = "2026-10-06"

    /// Starts a server, runs `body` with a client for it, and shuts the server down however `body` ends.
    static func withServer<T>(
        principals: [BlobPrincipal] = [], bearerTokens: Set<String> = [], tokenLifetime: Int = 3599,
        _ body: (SignedBlobClient) async throws -> T
    ) async throws -> T {
        let server = try await BlobTestServer.start(accounts: [.devstoreaccount1], bearerTokens: bearerTokens, principals: principals, tokenLifetime: tokenLifetime)
        do {
            let result = try await body(SignedBlobClient(server: server))
            try await server.shutdown()
            return result
        } catch {
            try await server.shutdown()
            throw error
        }
    }

    /// Sends `method` to `/<account><path>` (`path` percent-encoded, starting with `/`), Shared Key signed unless
    /// `authorization` says otherwise (`.none`, a bearer token, or a SAS query).
    func send(
        _ method: HTTPMethod, _ path: String, query: [(String, String)] = [], headers: [(String, String)] = [],
        body: [UInt8] = [], authorization: Authorization = .sharedKey, date: Date = Date()
    ) async throws -> Reply {
        var allHeaders = headers + [("x-ms-version", Self.version), ("x-ms-date", Self.rfc1123(date))]
        if !body.isEmpty { allHeaders.append(("Content-Length", String(body.count))) }
        var allQuery = query
        switch authorization {
        case .sharedKey:
            let signer = try SharedKeySigner(account: account.name, base64Key: key)
            let signed = signer.authorization(method: method.rawValue, path: "/\(account.name)\(path)", query: query, headers: allHeaders)
            allHeaders.append(("Authorization", signed))
        case .bearer(let token):
            allHeaders.append(("Authorization", "Bearer \(token)"))
        case .sas(let fields):
            allQuery += fields
        case .none:
            break
        }
        var request = HTTPClientRequest(url: server.endpoint(account: account.name) + path + Self.queryString(allQuery))
        request.method = method
        for (name, value) in allHeaders where name != "Content-Length" { request.headers.add(name: name, value: value) }
        if !body.isEmpty { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(60))
        let bytes = try await response.body.collect(upTo: 256 * 1024 * 1024)
        return Reply(status: Int(response.status.code), headers: response.headers, body: Array(bytes.readableBytesView))
    }

    /// How a request is authorized.
    enum Authorization {
        case sharedKey
        case bearer(String)
        case sas([(String, String)])
        case none
    }

    /// A service SAS for a container (`blob` nil) or one blob, signed as Microsoft documents for version 2020-12-06 on.
    func serviceSAS(container: String, blob: String? = nil, permissions: String, start: Date? = nil, expiry: Date) throws -> [(String, String)] {
        let signer = try SharedKeySigner(account: account.name, base64Key: key)
        let resource = "/blob/\(account.name)/\(container)" + (blob.map { "/\($0)" } ?? "")
        let st = start.map(Self.iso8601) ?? "", se = Self.iso8601(expiry), sr = blob == nil ? "c" : "b", sv = "2025-11-05"
        let lines = [permissions, st, se, resource, "", "", "", sv, sr, "", "", "", "", "", "", ""]
        var fields = [("sv", sv), ("se", se), ("sr", sr), ("sp", permissions)]
        if start != nil { fields.insert(("st", st), at: 0) }
        fields.append(("sig", signer.signature(of: lines.joined(separator: "\n"))))
        return fields
    }

    /// Every `<tag>…</tag>` text in an XML body, in order.
    static func values(of tag: String, in xml: String) -> [String] {
        var found: [String] = []
        var rest = xml[...]
        while let open = rest.range(of: "<\(tag)>"), let close = rest[open.upperBound...].range(of: "</\(tag)>") {
            found.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// How many times `text` occurs in `bytes`, found with `memchr` and `memcmp` so it stays fast in a debug build.
    static func occurrences(of text: String, in bytes: [UInt8]) -> Int {
        let needle = Array(text.utf8)
        guard let first = needle.first else { return 0 }
        return bytes.withUnsafeBufferPointer { haystack in
            guard let base = haystack.baseAddress else { return 0 }
            var count = 0, offset = 0
            while offset < haystack.count, let hit = memchr(base + offset, Int32(first), haystack.count - offset) {
                let position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                if position + needle.count <= haystack.count, memcmp(base + position, needle, needle.count) == 0 { count += 1 }
                offset = position + 1
            }
            return count
        }
    }

    /// The text of the last `<tag>…</tag>` in a body; `NextMarker` sits at the end, so this reads only the tail.
    static func lastValue(of tag: String, in bytes: [UInt8]) -> String? {
        values(of: tag, in: String(decoding: bytes.suffix(2048), as: UTF8.self)).last
    }

    static func queryString(_ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return "" }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return "?" + query.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
        }.joined(separator: "&")
    }

    static func rfc1123(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }

    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
