/// A storage account the test server serves: its name and its base64 account key.
public struct BlobAccount: Sendable, Hashable {
    /// The account name, the first segment of every path (`/devstoreaccount1/...`).
    public var name: String
    /// The base64 account key that signs Shared Key requests and SAS tokens.
    public var key: String

    /// An account named `name` whose Shared Key and SAS signatures use `key` (base64).
    public init(name: String, key: String) {
        self.name = name
        self.key = key
    }

    /// The public development-storage account that Azurite and the Azure SDKs document.
    public static let devstoreaccount1 = BlobAccount(
        name: "devstoreaccount1",
        key: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
    )
}
