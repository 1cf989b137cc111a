/// A `bytes=start-end` or `bytes=start-` range from a `Range` or `x-ms-range` header.
struct ByteRange: Sendable, Equatable {
    var start: Int
    var end: Int?

    /// Nil when the text is not a single byte range.
    init?(_ text: String) {
        guard text.hasPrefix("bytes="), !text.contains(",") else { return nil }
        let bounds = text.dropFirst("bytes=".count).split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard bounds.count == 2, let start = Int(bounds[0]), start >= 0 else { return nil }
        self.start = start
        if bounds[1].isEmpty {
            self.end = nil
        } else {
            guard let end = Int(bounds[1]), end >= start else { return nil }
            self.end = end
        }
    }

    /// The byte positions this range covers in a blob of `size` bytes; 416 InvalidRange when it starts past the end.
    func resolve(size: Int) throws -> Range<Int> {
        guard start < size else {
            throw BlobError(.rangeNotSatisfiable, "InvalidRange", "The range specified is invalid for the current size of the resource.",
                            headers: [("Content-Range", "bytes */\(size)")])
        }
        return start..<(min(end ?? (size - 1), size - 1) + 1)
    }
}
