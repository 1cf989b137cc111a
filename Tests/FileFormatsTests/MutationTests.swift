import FileFormats
import Foundation
import Testing

/// Corrupt and truncated files must give a `FileFormatError` (or, when the damage is harmless, a schema):
/// never a crash, a hang, or another error.
@Suite("Mutated fixtures")
struct MutationTests {
    /// SplitMix64: a seeded generator, so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Mutations per fixture; FILEFORMATS_MUTATIONS raises it for a longer local run.
    static var mutationsPerFile: Int {
        ProcessInfo.processInfo.environment["FILEFORMATS_MUTATIONS"].flatMap { Int($0) } ?? 14
    }

    /// A truncation, one to eight bit flips, or a run of random bytes; flips favour the end of Parquet files, where
    /// the footer is.
    static func mutate(_ bytes: [UInt8], _ random: inout SeededGenerator, footerFirst: Bool) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var copy = bytes
        func position() -> Int {
            if footerFirst, Bool.random(using: &random) {
                return max(0, copy.count - 1 - Int.random(in: 0..<min(copy.count, 6000), using: &random))
            }
            return Int.random(in: 0..<copy.count, using: &random)
        }
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            copy = Array(copy.prefix(Int.random(in: 0..<copy.count, using: &random)))
        case 1, 2:
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                copy[position()] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)
            }
        default:
            let start = position()
            for index in start..<min(copy.count, start + Int.random(in: 1...16, using: &random)) {
                copy[index] = UInt8.random(in: 0...255, using: &random)
            }
        }
        return copy
    }

    @Test("Every fixture, truncated and bit-flipped, reads or fails with FileFormatError", .timeLimit(.minutes(2)))
    func fixtures() async throws {
        var random = SeededGenerator(state: 20_240_601)
        let reader = FileSchemaReader()
        var mutations = 0
        var schemas = 0
        var failures: [String] = []
        for path in try FixtureFiles.all() {
            guard let kind = FileKind.guess(path: path) else { continue }
            let original = try FixtureFiles.bytes(path)
            for round in 0..<Self.mutationsPerFile {
                let bytes = Self.mutate(original, &random, footerFirst: kind.format == .parquet)
                mutations += 1
                do {
                    _ = try await reader.read(kind, from: MemoryByteSource(bytes))
                    schemas += 1
                } catch is FileFormatError {
                } catch {
                    failures.append("\(path) mutation \(round): \(error)")
                }
            }
        }
        #expect(mutations >= 300)
        // Some damage is harmless (a flipped bit in a CSV value) and some is not: both outcomes must occur.
        #expect(schemas > 0 && schemas < mutations, "\(schemas) of \(mutations) mutated files read")
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("Mutated Delta logs read or fail with FileFormatError", .timeLimit(.minutes(1)))
    func deltaLogs() async throws {
        var random = SeededGenerator(state: 7)
        var failures: [String] = []
        for table in ["delta_sales", "delta_checkpointed"] {
            let files = try FixtureFiles.deltaLog(table)
            for name in files.keys.sorted() where !name.hasSuffix(".parquet") {
                let original = try await files[name]!.read(0..<files[name]!.size)
                for round in 0..<20 {
                    var mutated = files
                    mutated[name] = MemoryByteSource(Self.mutate(original, &random, footerFirst: false))
                    do {
                        _ = try await DeltaLog.read(mutated)
                    } catch is FileFormatError {
                    } catch {
                        failures.append("\(table)/\(name) mutation \(round): \(error)")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("Random bytes under every format's name fail cleanly", .timeLimit(.minutes(1)))
    func noise() async throws {
        var random = SeededGenerator(state: 99)
        let kinds: [FileKind] = [.init(format: .csv), .init(format: .json), .init(format: .ndjson), .init(format: .parquet),
                                 .init(format: .avro), .init(format: .csv, gzip: true), .init(format: .tsv)]
        for kind in kinds {
            for length in [0, 1, 4, 12, 100, 5000] {
                var bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
                if kind.format == .parquet, length >= 12 { bytes.replaceSubrange((length - 4)..<length, with: Array("PAR1".utf8)) }
                if kind.format == .avro, length >= 4 { bytes.replaceSubrange(0..<4, with: [0x4F, 0x62, 0x6A, 0x01]) }
                if kind.gzip, length >= 2 { bytes.replaceSubrange(0..<2, with: [0x1F, 0x8B]) }
                do {
                    _ = try await FileSchemaReader().read(kind, from: MemoryByteSource(bytes))
                } catch is FileFormatError {
                } catch {
                    Issue.record("\(kind) of \(length) random bytes: \(error)")
                }
            }
        }
    }
}
