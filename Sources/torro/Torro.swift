import ArgumentParser

/// The `torro` command: server, migrations, and (later) discovery and lineage tools.
@main
struct Torro: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Torro: data discovery and lineage.",
        subcommands: [Serve.self, Migrate.self, Discover.self, Lineage.self, OpenAPI.self],
        defaultSubcommand: nil)
}
