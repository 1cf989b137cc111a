/// An object as the engine's listing found it, with the container it was listed in.
public struct ListedObject: Sendable, Hashable {
    public var container: String
    public var object: StoredObject

    public init(container: String, object: StoredObject) {
        self.container = container
        self.object = object
    }

    /// Where the object lives.
    public var objectKey: ObjectKey { ObjectKey(container: container, key: object.key) }
}
