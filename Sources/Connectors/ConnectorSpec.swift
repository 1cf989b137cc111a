import CatalogModel

/// What testing a connection found: whether it worked and a message that says what to do next.
public struct ConnectionTestResult: Sendable, Hashable, Codable {
    /// `ok`, `failed` or `not_available` (the connector cannot test from this build).
    public var status: String
    public var success: Bool
    public var message: String
    public var details: JSONObject

    public init(status: String, success: Bool, message: String, details: JSONObject = [:]) {
        self.status = status
        self.success = success
        self.message = message
        self.details = details
    }

    /// The connector exists and its config is valid, but it cannot reach its system from this build yet.
    public static func notAvailable(_ connector: String, _ reason: String) -> ConnectionTestResult {
        ConnectionTestResult(status: "not_available", success: false,
                             message: "The configuration is valid, but \(connector) connections cannot be tested yet: \(reason)")
    }
}

/// One kind of source system: how its config is validated, which fields are secret, and how it is tested.
public protocol ConnectorSpec: Sendable {
    /// The `connector_type` value that selects it.
    var type: String { get }
    /// A name for people.
    var displayName: String { get }
    /// Config fields that are encrypted at rest and masked in responses, beyond the common ones.
    var secretFields: Set<String> { get }
    /// Throws an `invalidInput` error naming the first missing or malformed field.
    func validate(_ config: JSONObject) throws(CatalogError)
    /// Tries the connection with a decrypted config.
    func test(_ config: JSONObject) async -> ConnectionTestResult
    /// Where the connection's tables live, for systems that run SQL; nil for the others (storage, files).
    func datasetAddress(for config: JSONObject) -> DatasetAddress?
}

extension ConnectorSpec {
    /// Systems that run no SQL have no address for tables.
    public func datasetAddress(for config: JSONObject) -> DatasetAddress? { nil }
}
