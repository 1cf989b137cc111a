import FileFormats

/// An object catalogued on its own: a lone file, a file of unknown format, or one left out of a folder's data set.
public struct PlannedFile: Sendable, Hashable {
    public var container: String
    public var object: StoredObject
    /// The format read from its name; nil when no reader knows it (the file is catalogued, not read).
    public var kind: FileKind?

    public init(container: String, object: StoredObject, kind: FileKind?) {
        self.container = container
        self.object = object
        self.kind = kind
    }

    /// Where it lives.
    public var objectKey: ObjectKey { ObjectKey(container: container, key: object.key) }

    /// Whether the engine should read its schema: every file with a known format.
    public var isSampled: Bool { kind != nil }
}
