/// A data file that cannot be read as the format it claims to be: corrupt, truncated, or not that format at all.
public struct FileFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the file, e.g. "not a Parquet file: the last 4 bytes are not PAR1".
    public var message: String

    /// An error with a message for the user.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
