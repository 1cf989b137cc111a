import Foundation

/// What Get Container Properties and List Containers report about a container.
struct ContainerProperties: Sendable {
    var metadata: [(name: String, value: String)]
    var etag: String
    var lastModified: Date
}
