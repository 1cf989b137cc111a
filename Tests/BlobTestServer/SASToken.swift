import Connectors
import Foundation

/// A shared access signature in a request's query: an account SAS (`ss`, `srt`) or a service SAS (`sr`), signed
/// with the account key as Microsoft's "Create an account SAS" and "Create a service SAS" pages describe.
struct SASToken: Sendable {
    private let fields: [String: String]

    /// Nil when the query carries no `sig`.
    init?(_ request: BlobRequest) {
        guard request.query("sig") != nil else { return nil }
        var fields: [String: String] = [:]
        for (name, value) in request.query { fields[name.lowercased()] = value }
        self.fields = fields
    }

    private func field(_ name: String) -> String {
        fields[name] ?? ""
    }

    /// The response headers a service SAS overrides on reads (`rscc`, `rscd`, `rsce`, `rscl`, `rsct`).
    var responseOverrides: [(String, String)] {
        [("rscc", "Cache-Control"), ("rscd", "Content-Disposition"), ("rsce", "Content-Encoding"), ("rscl", "Content-Language"), ("rsct", "Content-Type")]
            .compactMap { field, header in fields[field].map { (header, $0) } }
    }

    /// Checks signature, validity window, protocol, scope and permission for `operation`; throws the error Azure returns.
    func authorize(_ request: BlobRequest, operation: BlobOperation, signer: SharedKeySigner, now: Date) throws {
        guard fields["skoid"] == nil else {
            throw BlobError.authenticationFailed("User delegation SAS is not supported by the Torro blob test server; sign with the account key.")
        }
        guard fields["si"] == nil else {
            throw BlobError.authenticationFailed("Stored access policies (si) are not supported by the Torro blob test server.")
        }
        let version = field("sv")
        guard version >= "2015-04-05" else {
            throw BlobError.authenticationFailed("sv is missing or older than 2015-04-05, which this server does not accept.")
        }
        let isAccountSAS = fields["ss"] != nil || fields["srt"] != nil
        guard isAccountSAS || fields["sr"] != nil else {
            throw BlobError.authenticationFailed("sr is mandatory. Cannot be empty")
        }
        let stringToSign = isAccountSAS ? accountStringToSign(account: signer.account, version: version)
            : try serviceStringToSign(request, account: signer.account, version: version)
        guard signer.signature(of: stringToSign) == field("sig") else {
            throw BlobError.authenticationFailed("Signature did not match. String to sign used was \(stringToSign)")
        }
        try checkTimes(now: now)
        if field("spr") == "https" {
            throw BlobError(.forbidden, "AuthorizationProtocolMismatch", "This request is not authorized to perform this operation using this protocol.")
        }
        if isAccountSAS {
            guard field("ss").contains("b") else {
                throw BlobError(.forbidden, "AuthorizationServiceMismatch", "This request is not authorized to perform this operation using this service.")
            }
            guard field("srt").contains(operation.level.rawValue) else { throw Self.resourceTypeMismatch() }
        } else {
            let containerScoped = field("sr") == "c" && (operation.level == .object || operation == .listBlobs)
            let blobScoped = field("sr") == "b" && operation.level == .object
            guard containerScoped || blobScoped else { throw Self.resourceTypeMismatch() }
        }
        guard !operation.sasPermissions.isDisjoint(with: field("sp")) else { throw BlobError.permissionMismatch() }
    }

    private func checkTimes(now: Date) throws {
        guard let expiry = UTCDate.parseISO8601(field("se")) else {
            throw BlobError.authenticationFailed("se is mandatory and must be an ISO 8601 UTC time (got '\(field("se"))').")
        }
        let start = fields["st"].flatMap(UTCDate.parseISO8601)
        if fields["st"] != nil, start == nil {
            throw BlobError.authenticationFailed("st must be an ISO 8601 UTC time (got '\(field("st"))').")
        }
        if now > expiry || start.map({ now < $0 }) == true {
            let startText = start.map(HTTPDate.format) ?? ""
            throw BlobError.authenticationFailed(
                "Signed expiry time [\(HTTPDate.format(expiry))] has to be after signed start time [\(startText)] and the current time [\(HTTPDate.format(now))] within them."
            )
        }
    }

    /// Account SAS: account, sp, ss, srt, st, se, sip, spr, sv, and from 2020-12-06 ses; each line ends in a newline.
    private func accountStringToSign(account: String, version: String) -> String {
        var lines = [account, field("sp"), field("ss"), field("srt"), field("st"), field("se"), field("sip"), field("spr"), field("sv")]
        if version >= "2020-12-06" { lines.append(field("ses")) }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Service SAS: sp, st, se, the canonical resource (`/blob/<account>/<container>[/<blob>]` of the request),
    /// si, sip, spr, sv, then from 2018-11-09 sr and the snapshot time, from 2020-12-06 ses, then the five
    /// response-header overrides; no trailing newline.
    private func serviceStringToSign(_ request: BlobRequest, account: String, version: String) throws -> String {
        guard let container = request.container else { throw Self.resourceTypeMismatch() }
        var resource = "/blob/\(account)/\(container)"
        if field("sr") != "c" {
            guard let blob = request.blob else { throw Self.resourceTypeMismatch() }
            resource += "/" + blob
        }
        var lines = [field("sp"), field("st"), field("se"), resource, field("si"), field("sip"), field("spr"), field("sv")]
        if version >= "2018-11-09" { lines += [field("sr"), request.query("snapshot") ?? request.query("versionid") ?? ""] }
        if version >= "2020-12-06" { lines.append(field("ses")) }
        lines += [field("rscc"), field("rscd"), field("rsce"), field("rscl"), field("rsct")]
        return lines.joined(separator: "\n")
    }

    private static func resourceTypeMismatch() -> BlobError {
        BlobError(.forbidden, "AuthorizationResourceTypeMismatch", "This request is not authorized to perform this operation using this resource type.")
    }
}
