import AsyncHTTPClient
import Foundation

extension AzureBlobClient {
    /// Sends one signed request with retries and returns a 2xx answer (or one of `accepting`); any other answer,
    /// and a network that stayed down, become a `StorageError` with no secret in its message.
    func perform(_ operation: AzureOperation, method: String, path: String, query: [(String, String)] = [],
                 headers: [(String, String)] = [], maxBodyBytes: Int, accepting: Set<Int> = []) async throws -> AzureHTTP.Response {
        var response: AzureHTTP.Response
        do {
            response = try await send(method: method, path: path, query: query, headers: headers, maxBodyBytes: maxBodyBytes)
            if response.status == 401, await credential.resetAfterRefusal() {
                response = try await send(method: method, path: path, query: query, headers: headers, maxBodyBytes: maxBodyBytes)
            }
        } catch let failure as AzureHTTP.NetworkFailure {
            throw redacted(StorageError(failure.transient ? .transient : .other,
                                        "Azure Blob Storage: \(failure) while \(operation) for account '\(account)'; "
                                            + "check endpoint (\(endpoint)) and account_name, and that the Torro server can reach it."))
        } catch let error as StorageError {
            throw redacted(error)
        }
        if (200..<300).contains(response.status) || accepting.contains(response.status) {
            return response
        }
        throw redacted(error(for: response, operation: operation))
    }

    /// One signed request, with retries; the date and the credential are applied anew for every attempt.
    private func send(method: String, path: String, query: [(String, String)], headers: [(String, String)],
                      maxBodyBytes: Int) async throws -> AzureHTTP.Response {
        try await http.send(host: endpoint.host, maxBodyBytes: maxBodyBytes) {
            var request = AzureRequest(method: method, path: path, query: query, headers: headers)
            request.setHeader("x-ms-date", HTTPDate.format(Date()))
            request.setHeader("x-ms-version", Self.apiVersion)
            try await credential.authorize(&request)
            var outgoing = HTTPClientRequest(url: request.url(origin: endpoint.origin))
            outgoing.method = method == "HEAD" ? .HEAD : .GET
            for (name, value) in request.headers {
                outgoing.headers.add(name: name, value: value)
            }
            return outgoing
        }
    }

    /// The `StorageError` for a non-2xx answer.
    func error(for response: AzureHTTP.Response, operation: AzureOperation) -> StorageError {
        let parsed = AzureListingParser.error(response.body)
        let failure = AzureFailure(status: response.status, code: response.header("x-ms-error-code") ?? parsed.code,
                                   message: parsed.message, operation: operation, account: account)
        let said = failure.message.map { ": \($0)" } ?? ""
        switch response.status {
        case 401, 403:
            switch failure.code {
            case "AuthorizationFailure":
                return StorageError(.authorization, "Azure refused \(operation) for account '\(account)' with \(credential.name) "
                    + "(\(failure.statusAndCode)): the storage account's firewall or private endpoint may not admit the Torro "
                    + "server's network (check Networking on the storage account), or the identity lacks a data role such as "
                    + "'Storage Blob Data Reader'.", status: response.status)
            case "KeyBasedAuthenticationNotPermitted":
                return StorageError(.authentication, "Azure refused \(credential.name) for account '\(account)' "
                    + "(\(failure.statusAndCode)): the account does not allow account keys or SAS tokens signed with them; "
                    + "use a service principal or the Azure CLI instead.", status: response.status)
            default:
                return credential.refusal(failure)
            }
        case 404:
            if failure.code == "BlobNotFound" || (failure.code == nil && operation.isBlobOperation) {
                return StorageError(.notFound, "The blob \(operation.container ?? "")/\(operation.blobKey ?? "") does not exist "
                    + "(any more) in account '\(account)'.", status: 404)
            }
            if let container = operation.container {
                return StorageError(.notFound, "The container '\(container)' does not exist in account '\(account)'; "
                    + "check the names in containers.", status: 404)
            }
            return StorageError(.notFound, "Azure answered 404 while \(operation) for account '\(account)'\(said); check "
                + "account_name and endpoint (\(endpoint)).", status: 404)
        case _ where RetryPolicy.isRetryable(status: response.status):
            return StorageError(.transient, "Azure Blob Storage answered \(failure.statusAndCode) while \(operation) for account "
                + "'\(account)' on all \(response.attempts) attempts: it is busy or throttling the account; try again later.",
                status: response.status)
        default:
            return StorageError(.other, "Azure answered \(failure.statusAndCode) while \(operation) for account '\(account)'\(said).",
                                status: response.status)
        }
    }

    /// The error with every secret of the credential blanked out of its message, whatever put it there.
    func redacted(_ error: StorageError) -> StorageError {
        var message = error.message
        for secret in credential.secrets where secret.count >= 8 {
            message = message.replacingOccurrences(of: secret, with: "***")
        }
        return StorageError(error.kind, message, status: error.status)
    }
}
