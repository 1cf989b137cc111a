import CatalogModel

/// Configured connections; configs arrive here with their secrets already encrypted.
public protocol ConnectionStore: Sendable {
    /// Adds a connection; a taken name is a conflict.
    func create(_ input: ConnectionInput) async throws -> Connection
    /// All connections, by name.
    func list() async throws -> [Connection]
    /// The connection with this id, or nil.
    func connection(id: Int64) async throws -> Connection?
    /// The connection with this name, or nil.
    func connection(name: String) async throws -> Connection?
    /// Replaces a connection's name, type, config and schedule.
    func update(id: Int64, _ input: ConnectionInput) async throws -> Connection
    /// Deletes a connection; its assets stay, no longer linked to it.
    func delete(id: Int64) async throws
}
