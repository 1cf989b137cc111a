/// How many members of a data set discovery reads a schema from.
public struct SamplingPolicy: Sendable, Hashable {
    /// The most schemas read per data set; at least 1. Lone files are always read.
    public var maxSamplesPerDataset: Int

    public init(maxSamplesPerDataset: Int = 32) {
        self.maxSamplesPerDataset = max(1, maxSamplesPerDataset)
    }
}
