/// Random access to the bytes of one file, read in ranges: a blob over HTTP, a file on disk, bytes in memory.
///
/// Readers ask only for the ranges they need (a Parquet footer from the end, the first kilobytes of a CSV),
/// so a large file is never read whole.
public protocol ByteSource: Sendable {
    /// The file's length in bytes.
    var size: Int64 { get }
    /// The bytes in `range`, clamped to the file's length.
    func read(_ range: Range<Int64>) async throws -> [UInt8]
}

/// Bytes already in memory.
public struct MemoryByteSource: ByteSource {
    public let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    public var size: Int64 { Int64(bytes.count) }

    public func read(_ range: Range<Int64>) async throws -> [UInt8] {
        let lower = Int(max(0, min(range.lowerBound, size)))
        let upper = Int(max(Int64(lower), min(range.upperBound, size)))
        return Array(bytes[lower..<upper])
    }
}
