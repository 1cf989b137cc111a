/// One object's address: its container ("" for local files) and its key inside it.
public struct ObjectKey: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var container: String
    public var key: String

    public init(container: String, key: String) {
        self.container = container
        self.key = key
    }

    public static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        (lhs.container, lhs.key) < (rhs.container, rhs.key)
    }

    /// `container/key`, or the key alone for local files.
    public var description: String { container.isEmpty ? key : "\(container)/\(key)" }
}
