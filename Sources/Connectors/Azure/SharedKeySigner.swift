import Crypto
import Foundation

/// Signs Azure Storage requests with an account key ("Authorize with Shared Key", Blob service, version 2009-09-19 and later).
///
/// The same rules serve the client, which signs what it sends, and the test server, which signs what it received
/// and compares.
public struct SharedKeySigner: Sendable {
    /// The storage account name, as it appears in `SharedKey <account>:<signature>`.
    public let account: String
    /// Kept as bytes because `SymmetricKey` is not `Sendable`.
    private let key: Data

    /// The standard headers whose values enter the string to sign, in their fixed order.
    static let standardHeaders = [
        "content-encoding", "content-language", "content-length", "content-md5", "content-type", "date",
        "if-modified-since", "if-match", "if-none-match", "if-unmodified-since", "range",
    ]

    /// Throws StorageError(.authentication, ...) naming `account_key` when the key is not valid base64.
    public init(account: String, base64Key: String) throws {
        let trimmed = base64Key.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, let bytes = Data(base64Encoded: trimmed) else {
            throw StorageError(
                .authentication,
                "account_key for storage account '\(account)' is not valid base64; copy the key from the storage account's Access keys page"
            )
        }
        self.account = account
        self.key = bytes
    }

    /// The string to sign, per Microsoft's "Authorize with Shared Key" rules for the Blob service (version 2009-09-19 and later).
    ///
    /// `path` is the URL path as sent (still percent-encoded); `query` holds the decoded query parameters.
    public func stringToSign(method: String, path: String, query: [(String, String)], headers: [(String, String)]) -> String {
        var byName: [String: [String]] = [:]
        for (name, value) in headers {
            byName[name.lowercased(), default: []].append(Self.canonicalValue(value))
        }
        var lines = [method.uppercased()]
        for name in Self.standardHeaders {
            var value = byName[name]?.joined(separator: ",") ?? ""
            if name == "content-length", value == "0" { value = "" }
            lines.append(value)
        }
        var result = lines.joined(separator: "\n") + "\n"
        let msNames = byName.keys.filter { $0.hasPrefix("x-ms-") }.sorted(by: SharedKeyHeaderOrder.areInIncreasingOrder)
        for name in msNames {
            result += name + ":" + byName[name, default: []].joined(separator: ",") + "\n"
        }
        result += "/" + account + path
        var parameters: [String: [String]] = [:]
        for (name, value) in query {
            parameters[name.lowercased(), default: []].append(value)
        }
        for name in parameters.keys.sorted() {
            result += "\n" + name + ":" + parameters[name, default: []].sorted().joined(separator: ",")
        }
        return result
    }

    /// "SharedKey <account>:<base64 HMAC-SHA256>".
    public func authorization(method: String, path: String, query: [(String, String)], headers: [(String, String)]) -> String {
        let text = stringToSign(method: method, path: path, query: query, headers: headers)
        return "SharedKey \(account):\(signature(of: text))"
    }

    /// The base64 HMAC-SHA256 of `text` under the account key: the signature of Shared Key headers and of SAS tokens.
    public func signature(of text: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: key))
        return Data(mac).base64EncodedString()
    }

    /// Header values enter the string to sign trimmed, with each run of linear whitespace (spaces, tabs, CRLF)
    /// replaced by one space except inside a quoted string, as Microsoft's rules say.
    private static func canonicalValue(_ value: String) -> String {
        var result = ""
        var quoted = false
        var pendingSpace = false
        for character in value {
            if !quoted, character == " " || character == "\t" || character == "\r" || character == "\n" || character == "\r\n" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            if character == "\"" { quoted.toggle() }
            result.append(character)
        }
        return result
    }
}
