/// One page of the account's container listing.
public struct AzureContainerPage: Sendable, Hashable {
    /// Container names, in name order.
    public var names: [String]
    /// The marker that asks for the next page; nil on the last page.
    public var nextMarker: String?

    public init(names: [String] = [], nextMarker: String? = nil) {
        self.names = names
        self.nextMarker = nextMarker
    }
}
