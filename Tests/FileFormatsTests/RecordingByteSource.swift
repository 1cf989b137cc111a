import FileFormats
import Foundation

/// A byte source that remembers the ranges read from it.
final class RecordingByteSource: ByteSource, @unchecked Sendable {
    private let inner: MemoryByteSource
    private let lock = NSLock()
    private var ranges: [Range<Int64>] = []

    init(_ bytes: [UInt8]) {
        inner = MemoryByteSource(bytes)
    }

    var size: Int64 { inner.size }

    func read(_ range: Range<Int64>) async throws -> [UInt8] {
        lock.withLock { ranges.append(range) }
        return try await inner.read(range)
    }

    var rangesRead: [Range<Int64>] { lock.withLock { ranges } }

    /// Bytes handed out, clamped to the file.
    var bytesRead: Int64 {
        rangesRead.reduce(0) { $0 + max(0, min($1.upperBound, size) - max(0, $1.lowerBound)) }
    }
}
