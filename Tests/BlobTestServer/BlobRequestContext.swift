import Hummingbird
import NIOCore

/// The request context, keeping the connection so a `dropConnection` fault can close it.
struct BlobRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}
