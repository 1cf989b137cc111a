import Foundation
import Testing

@testable import Connectors

/// Requests captured from Microsoft's azure-storage-blob SDK, signed again: our signature must equal the SDK's.
@Suite struct SharedKeyVectorTests {
    /// One captured request: method, path with query, and every header, Authorization included.
    struct Vector: Decodable {
        var method: String
        var path: String
        var headers: [String: String]
    }

    static let accountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

    /// The vectors of `../shared/azure-sharedkey-vectors.jsonl` (beside the package root), copied into the repository
    /// as `Tests/Fixtures/azure-sharedkey-vectors.jsonl` so that a clone runs them anywhere; when the shared file is
    /// there too, its vectors are signed as well, so newly captured ones are checked without a copy.
    static func vectors() throws -> [Vector] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let copy = root.appendingPathComponent("Tests/Fixtures/azure-sharedkey-vectors.jsonl")
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/azure-sharedkey-vectors.jsonl")
        var lines = Set<Substring>()
        var vectors: [Vector] = []
        for file in [copy, shared] where file == copy || FileManager.default.fileExists(atPath: file.path) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") where lines.insert(line).inserted {
                vectors.append(try JSONDecoder().decode(Vector.self, from: Data(line.utf8)))
            }
        }
        return vectors
    }

    /// Splits `/a/b?x=1&y=%2F` into the path as sent and the decoded query parameters.
    static func split(_ target: String) -> (path: String, query: [(String, String)]) {
        let parts = target.split(separator: "?", maxSplits: 1)
        let query = parts.count > 1 ? parts[1].split(separator: "&").map { pair -> (String, String) in
            let nameValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let value = nameValue.count > 1 ? String(nameValue[1]) : ""
            return (String(nameValue[0]).removingPercentEncoding ?? "", value.removingPercentEncoding ?? value)
        } : []
        return (String(parts[0]), query)
    }

    static func sign(_ vector: Vector, key: String = accountKey) throws -> String {
        let signer = try SharedKeySigner(account: "devstoreaccount1", base64Key: key)
        let (path, query) = split(vector.path)
        let headers = vector.headers.filter { $0.key != "Authorization" }.map { ($0.key, $0.value) }
        return signer.authorization(method: vector.method, path: path, query: query, headers: headers)
    }

    @Test func everyCapturedRequestSignsAsTheSDKDid() throws {
        let vectors = try Self.vectors()
        #expect(vectors.count >= 3)
        for vector in vectors {
            let expected = vector.headers["Authorization"]
            #expect(try Self.sign(vector) == expected, "\(vector.method) \(vector.path)")
        }
    }

    @Test func aDifferentKeyGivesADifferentSignature() throws {
        let vector = try #require(try Self.vectors().first)
        let otherKey = Data(repeating: 7, count: 64).base64EncodedString()
        let signed = try Self.sign(vector, key: otherKey)
        #expect(signed.hasPrefix("SharedKey devstoreaccount1:"))
        #expect(signed != vector.headers["Authorization"])
    }

    @Test func aKeyThatIsNotBase64IsRefusedNamingAccountKey() {
        for bad in ["not base64!", "", "Eby8vdM02xNOcqF*"] {
            #expect {
                try SharedKeySigner(account: "devstoreaccount1", base64Key: bad)
            } throws: { error in
                guard let error = error as? StorageError else { return false }
                return error.kind == .authentication && error.message.contains("account_key")
            }
        }
    }

    /// Microsoft's documented example: empty standard headers, then x-ms- headers, then the resource and sorted query.
    @Test func stringToSignFollowsTheDocumentedLayout() throws {
        let signer = try SharedKeySigner(account: "myaccount", base64Key: Self.accountKey)
        let text = signer.stringToSign(
            method: "GET", path: "/mycontainer",
            query: [("restype", "container"), ("comp", "metadata"), ("timeout", "20")],
            headers: [("x-ms-version", "2015-02-21"), ("X-MS-Date", "Fri, 26 Jun 2015 23:39:12 GMT"), ("Content-Length", "0")]
        )
        let expected = "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Fri, 26 Jun 2015 23:39:12 GMT\nx-ms-version:2015-02-21\n"
            + "/myaccount/mycontainer\ncomp:metadata\nrestype:container\ntimeout:20"
        #expect(text == expected)
    }

    @Test func standardHeadersRepeatedQueryValuesAndCaseAreCanonicalized() throws {
        let signer = try SharedKeySigner(account: "acct", base64Key: Self.accountKey)
        let text = signer.stringToSign(
            method: "put", path: "/acct/c/a%20b.txt",
            query: [("Comp", "block"), ("include", "tags"), ("include", "metadata")],
            headers: [("Content-Length", "12"), ("Content-Type", "text/plain"), ("Range", "bytes=0-9"), ("x-ms-meta-k", "  two \t  words "),
                      ("x-ms-meta-q", "\"kept  as   is\"  then")]
        )
        let expected = "PUT\n\n\n12\n\ntext/plain\n\n\n\n\n\nbytes=0-9\nx-ms-meta-k:two words\nx-ms-meta-q:\"kept  as   is\" then\n"
            + "/acct/acct/c/a%20b.txt\ncomp:block\ninclude:metadata,tags"
        #expect(text == expected)
    }
}
