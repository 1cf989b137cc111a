import Connectors
import FileFormats

/// One object of a store as a `ByteSource`, counting what it reads into the run's progress.
struct ObjectByteSource: ByteSource {
    let store: any ObjectStore
    let container: String
    let key: String
    let size: Int64
    let reporter: DiscoveryReporter

    func read(_ range: Range<Int64>) async throws -> [UInt8] {
        let clamped = max(0, range.lowerBound)..<min(size, max(range.lowerBound, range.upperBound))
        guard !clamped.isEmpty else { return [] }
        let bytes = try await store.read(container: container, key: key, range: clamped)
        await reporter.update { $0.bytesRead += Int64(bytes.count) }
        return bytes
    }
}
