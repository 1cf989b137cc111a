import Foundation
import Hummingbird

/// The request context of every route: the core storage plus who is asking.
public struct TorroRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The caller, as the authorization middleware identified it (nil while authentication is off).
    public var actor: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        actor = nil
    }

    /// Responses carry ISO 8601 times.
    public var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
