import ArgumentParser
import CatalogServer

/// `torro openapi`: prints the document `GET /api/openapi.json` serves, for client generators and API tools.
struct OpenAPI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "openapi", abstract: "Print the OpenAPI document of the REST API.")

    func run() {
        print(OpenAPIDocument.json)
    }
}
