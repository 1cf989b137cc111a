/// The blob test server could not start, or a seeding call named something that does not exist.
public struct BlobTestServerError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public var description: String { message }
}
