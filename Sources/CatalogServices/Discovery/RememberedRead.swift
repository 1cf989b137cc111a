import CatalogModel
import Connectors
import FileFormats
import Foundation

/// What reading one object produced, as remembered between runs: its schema, or why it could not be read.
enum RememberedRead: Sendable {
    case schema(FileSchema)
    case failure(String)

    init?(json: String) {
        let data = Data(json.utf8)
        if let schema = try? JSONDecoder().decode(FileSchema.self, from: data) {
            self = .schema(schema)
        } else if let failure = try? JSONDecoder().decode([String: String].self, from: data), let message = failure["error"] {
            self = .failure(message)
        } else {
            return nil
        }
    }

    var json: String {
        let data: Data?
        switch self {
        case .schema(let schema): data = try? JSONEncoder().encode(schema)
        case .failure(let message): data = try? JSONEncoder().encode(["error": message])
        }
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    func apply(to reads: inout ObjectStoreDiscoverer.Reads, key: ObjectKey) {
        switch self {
        case .schema(let schema): reads.schemas[key] = schema
        case .failure(let message): reads.failures[key] = message
        }
    }
}
