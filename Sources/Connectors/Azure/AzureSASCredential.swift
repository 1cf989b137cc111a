import Foundation

/// A shared access signature: its parameters go on every request's query; nothing is signed here.
public struct AzureSASCredential: AzureCredential {
    private let parameters: [(String, String)]
    private let token: String
    public let field: String

    /// `token` with or without its leading `?`; `field` is the config field it came from.
    public init(token: String, field: String = "sas_token") {
        let trimmed = String(token.trimmingCharacters(in: .whitespacesAndNewlines).drop { $0 == "?" })
        self.token = trimmed
        self.parameters = AzurePercent.decodeQuery(trimmed)
        self.field = field
    }

    public var name: String { field == "sas_token" ? "the SAS token" : "the SAS token in \(field)" }

    public var secrets: [String] {
        [token] + parameters.filter { $0.0 == "sig" }.flatMap { [$0.1, AzurePercent.encodeQuery($0.1)] }
    }

    public func authorize(_ request: inout AzureRequest) async throws {
        request.query.append(contentsOf: parameters)
    }

    private func value(_ name: String) -> String? {
        parameters.first { $0.0 == name }?.1
    }

    /// The SAS's own expiry (`se`), when it has one that parses.
    var expiry: Date? {
        value("se").flatMap(Self.parseTime)
    }

    public func refusal(_ failure: AzureFailure) -> StorageError {
        let subject = "Azure refused \(name) for account '\(failure.account)' while \(failure.operation) (\(failure.statusAndCode))"
        let (letter, permission) = failure.operation.sasPermission
        let permissions = value("sp") ?? ""
        let lacksPermission = !permissions.isEmpty && !permissions.contains(letter)
        let permissionHint = "\(failure.operation) needs the '\(letter)' (\(permission)) permission and it grants sp=\(permissions)"

        switch failure.code {
        case "AuthorizationPermissionMismatch":
            return StorageError(.authorization, "\(subject): \(permissionHint); create a SAS with read and list permissions (sp=rl) and update \(field).", status: failure.status)
        case "AuthorizationResourceTypeMismatch":
            if value("srt") == nil {
                return StorageError(.authorization, "\(subject): a container or blob SAS cannot do this; for listing containers, name the containers in config.containers, or use an account SAS with srt=sco.", status: failure.status)
            }
            let (typeLetter, typeName) = failure.operation.sasResourceType
            return StorageError(.authorization, "\(subject): it grants resource types srt=\(value("srt") ?? ""), and this needs '\(typeLetter)' (\(typeName)); create an account SAS with srt=sco.", status: failure.status)
        case "AuthorizationServiceMismatch":
            return StorageError(.authorization, "\(subject): it is not valid for the blob service (ss=\(value("ss") ?? "")); create one with ss=b.", status: failure.status)
        case "AuthorizationProtocolMismatch":
            return StorageError(.authorization, "\(subject): it allows only HTTPS (spr=https) and the endpoint uses HTTP; use an https endpoint.", status: failure.status)
        case "AuthorizationSourceIPMismatch":
            return StorageError(.authorization, "\(subject): it is limited to IP addresses (sip=\(value("sip") ?? "")) that do not include the Torro server's.", status: failure.status)
        default:
            break
        }
        if let expiry, expiry < Date() {
            return StorageError(.authentication, "\(subject): it expired at \(value("se") ?? "") (se); create a new SAS and update \(field).", status: failure.status)
        }
        if let start = value("st").flatMap(Self.parseTime), start > Date() {
            return StorageError(.authentication, "\(subject): it is not valid before \(value("st") ?? "") (st); check \(field).", status: failure.status)
        }
        let kind: StorageError.Kind = failure.status == 403 && failure.code != "AuthenticationFailed" && failure.code != nil
            ? .authorization : .authentication
        var message = "\(subject): it may have expired (se=\(value("se") ?? "not set")), been signed with a key that was since rotated, or be for another account"
        if lacksPermission { message += ", and \(permissionHint)" }
        return StorageError(kind, message + "; check \(field).", status: failure.status)
    }

    /// SAS times are ISO 8601 UTC, with or without seconds, or a bare date.
    private static func parseTime(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withDashSeparatorInDate]
        return formatter.date(from: text.replacingOccurrences(of: "Z", with: ""))
    }
}
