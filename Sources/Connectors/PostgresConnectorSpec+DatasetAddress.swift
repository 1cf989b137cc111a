import CatalogModel
import Foundation

extension PostgresConnectorSpec {
    /// `postgres`, `host:port` and the database, from `url` or `host`/`port`/`database`; unqualified names live in `public`.
    public func datasetAddress(for config: JSONObject) -> DatasetAddress? {
        let reader = ConfigReader(config)
        var host: String?, port: Int?, database: String?, user: String?
        if let url = reader.text("url") {
            guard let components = URLComponents(string: url) else { return nil }
            host = components.host
            port = components.port
            database = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
            user = components.user
        } else {
            host = reader.text("host")
            port = reader.number("port")
            database = reader.text("database")
            user = reader.text("username")
        }
        // PostgreSQL's own defaults: a local server, port 5432, the database named like the user.
        let resolvedHost = host.flatMap { $0.isEmpty ? nil : $0.lowercased() } ?? "localhost"
        guard let catalog = [database, user].compactMap({ $0 }).first(where: { !$0.isEmpty }) else { return nil }
        return DatasetAddress(platform: "postgres", authority: "\(resolvedHost):\(port ?? 5432)", catalog: catalog,
                              dialect: "postgres", defaultSchema: "public")
    }
}
