/// The first bytes of a text file (inflated when it is gzip-compressed).
struct TextSample {
    var bytes: [UInt8]
    /// True when `bytes` is the whole (inflated) file; false when the file goes on past them.
    var isComplete: Bool
    /// What the loader noticed, e.g. a gzip stream that ends early.
    var warnings: [String] = []
}
