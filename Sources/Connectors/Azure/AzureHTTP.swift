import AsyncHTTPClient
import Foundation
import Logging
import NIOCore

/// Sends requests with retries: network faults and throttling or server-fault statuses are tried again
/// after a backoff; the last answer, whatever its status, is returned for the caller to judge.
struct AzureHTTP: Sendable {
    /// A response with its whole body read.
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: [UInt8]
        /// How many attempts it took.
        var attempts: Int

        func header(_ name: String) -> String? {
            headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
        }
    }

    /// The network failed on every attempt, or in a way that retrying cannot fix.
    struct NetworkFailure: Error, CustomStringConvertible {
        var host: String
        /// What went wrong, in words, without the request.
        var reason: String
        var attempts: Int
        /// Whether the failure is of the kind that passes (a reset, a timeout) rather than a setup problem (TLS).
        var transient: Bool

        var description: String { "could not reach \(host) (\(reason)) after \(attempts) attempt\(attempts == 1 ? "" : "s")" }
    }

    let client: HTTPClient
    let retry: RetryPolicy
    let logger: Logger

    /// Sends the request `makeRequest` builds (anew for every attempt, so signatures and tokens are fresh).
    func send(host: String, maxBodyBytes: Int,
              _ makeRequest: () async throws -> HTTPClientRequest) async throws -> Response {
        var attempt = 0
        while true {
            attempt += 1
            let request = try await makeRequest()
            let outcome: Result<Response, any Error>
            do {
                // No logger for the HTTP client itself: its debug logs would show URLs, and a SAS sits in the query.
                let response = try await client.execute(request, timeout: .nanoseconds(retry.attemptTimeout.nanoseconds))
                let body = try await response.body.collect(upTo: maxBodyBytes)
                outcome = .success(Response(status: Int(response.status.code),
                                            headers: response.headers.map { ($0.name, $0.value) },
                                            body: Array(body.readableBytesView), attempts: attempt))
            } catch {
                outcome = .failure(error)
            }
            switch outcome {
            case .success(let response):
                guard RetryPolicy.isRetryable(status: response.status), attempt < retry.maxAttempts else { return response }
                let wait = retry.delay(afterAttempt: attempt, retryAfter: RetryAfter.parse(response.headers))
                logger.debug("Azure answered \(response.status); retrying", metadata: [
                    "azure.host": "\(host)", "azure.attempt": "\(attempt)", "azure.wait_ms": "\(wait.milliseconds)",
                ])
                try await Task.sleep(for: wait)
            case .failure(let error):
                if error is CancellationError || (error as? HTTPClientError) == .cancelled { throw error }
                let (reason, transient) = Self.explain(error)
                guard transient, attempt < retry.maxAttempts else {
                    throw NetworkFailure(host: host, reason: reason, attempts: attempt, transient: transient)
                }
                let wait = retry.delay(afterAttempt: attempt)
                logger.debug("request to Azure failed; retrying", metadata: [
                    "azure.host": "\(host)", "azure.attempt": "\(attempt)", "azure.error": "\(reason)",
                ])
                try await Task.sleep(for: wait)
            }
        }
    }

    /// Words for a network error, and whether trying again may help.
    static func explain(_ error: any Error) -> (reason: String, transient: Bool) {
        if let error = error as? HTTPClientError {
            switch error {
            case .remoteConnectionClosed: return ("the connection was closed before the answer was complete", true)
            case .readTimeout, .deadlineExceeded: return ("no answer in time", true)
            case .connectTimeout: return ("the connection timed out", true)
            case .writeTimeout: return ("sending timed out", true)
            case .getConnectionFromPoolTimeout: return ("no connection was free in time", true)
            case .invalidURL, .emptyHost, .emptyScheme, .missingSocketPath: return ("the URL is not valid", false)
            case .alreadyShutdown: return ("the HTTP client was shut down", false)
            default: return ("\(error)", true)
            }
        }
        if error is NIOTooManyBytesError {
            return ("the answer was larger than expected", false)
        }
        let typeName = String(reflecting: type(of: error))
        if typeName.contains("SSL") || typeName.contains("TLS") {
            return ("a TLS error: \(error)", false)
        }
        // Connection refused or reset, DNS failures and other socket errors: worth another try.
        return ("\(error)", true)
    }
}
