import Hummingbird

/// What an operation answers, before the responder adds the headers every response carries.
struct BlobReply: Sendable {
    var status: HTTPResponse.Status
    var headers: [(String, String)] = []
    var body: [UInt8] = []

    init(_ status: HTTPResponse.Status, headers: [(String, String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// An XML body, as listings return.
    static func xml(_ writer: XMLWriter) -> BlobReply {
        BlobReply(.ok, headers: [("Content-Type", "application/xml")], body: writer.bytes)
    }
}
