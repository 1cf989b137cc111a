import Hummingbird

/// An error the way the Blob service reports it: a status, an `x-ms-error-code`, and a message for the XML body.
struct BlobError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    /// What exactly was wrong: `AuthenticationErrorDetail` in the body of authentication failures, `Reason` otherwise.
    var detail: String?
    /// Extra response headers: `WWW-Authenticate` for bearer failures, `Content-Range` for 416.
    var headers: [(String, String)] = []

    init(_ status: HTTPResponse.Status, _ code: String, _ message: String, detail: String? = nil, headers: [(String, String)] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
        self.headers = headers
    }

    static func containerNotFound() -> BlobError {
        BlobError(.notFound, "ContainerNotFound", "The specified container does not exist.")
    }

    static func blobNotFound() -> BlobError {
        BlobError(.notFound, "BlobNotFound", "The specified blob does not exist.")
    }

    static func authenticationFailed(_ detail: String) -> BlobError {
        BlobError(
            .forbidden, "AuthenticationFailed",
            "Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.",
            detail: detail
        )
    }

    static func permissionMismatch() -> BlobError {
        BlobError(.forbidden, "AuthorizationPermissionMismatch", "This request is not authorized to perform this operation using this permission.")
    }

    static func conditionNotMet() -> BlobError {
        BlobError(.preconditionFailed, "ConditionNotMet", "The condition specified using HTTP conditional header(s) is not met.")
    }

    static func invalidQuery(_ name: String, _ value: String, _ reason: String) -> BlobError {
        BlobError(.badRequest, "InvalidQueryParameterValue", "Value for one of the query parameters specified in the request URI is invalid.",
                  detail: "\(name)=\(value): \(reason)")
    }

    static func invalidHeader(_ name: String, _ value: String) -> BlobError {
        BlobError(.badRequest, "InvalidHeaderValue", "The value for one of the HTTP headers is not in the correct format.", detail: "\(name): \(value)")
    }

    /// What this test server does not implement, said plainly so a test author knows to add it.
    static func notImplemented(_ what: String) -> BlobError {
        BlobError(.notImplemented, "NotImplemented", "The requested operation is not implemented on the specified resource: \(what) is not supported by the Torro blob test server.")
    }
}
