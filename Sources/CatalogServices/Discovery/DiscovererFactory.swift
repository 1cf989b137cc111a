import CatalogModel
import Connectors

/// Picks the discoverer of a connection's connector.
struct DiscovererFactory: Sendable {
    let registry: ConnectorRegistry

    func discoverer(for connection: Connection) throws -> any Discoverer {
        let spec = try registry.spec(for: connection.connectorType)
        if let storage = spec as? any ObjectStorageConnector {
            return ObjectStoreDiscoverer(location: try storage.location(for: connection.config))
        }
        throw CatalogError(code: .invalidInput,
                           message: "discovery of \(spec.displayName) connections is not part of this build yet; its lineage can still be sent through the API")
    }
}
