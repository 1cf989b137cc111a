import CompressNIO
import NIOCore

/// Inflates the beginning of a gzip file: it reads compressed bytes in ranges of `chunkBytes` and streams them
/// through zlib until `limit` bytes came out or the file ends, so only about as much of the file is read as the
/// sample needs, and a stream cut short (by the range read or by a truncated file) still yields its text.
/// Files of several gzip members (concatenated .gz files) are read across members.
struct GzipPrefixReader {
    var limit: Int
    var chunkBytes: Int

    func read(from source: any ByteSource) async throws -> TextSample {
        let size = source.size
        let head = try await source.read(0..<min(size, 2))
        guard head == [0x1F, 0x8B] else {
            throw FileFormatError("not a gzip file: it does not start with 1F 8B but \(ByteText.preview(head))")
        }
        let inflater: ZlibDecompressor
        do {
            inflater = try ZlibDecompressor(algorithm: .gzip)
        } catch {
            throw FileFormatError("could not start inflating the gzip file: \(error)")
        }
        var output: [UInt8] = []
        var input = ByteBuffer()
        var offset: Int64 = 0
        var streamEnded = false
        var warnings: [String] = []
        let window = 64 * 1024
        while output.count < limit {
            if input.readableBytes == 0 {
                guard offset < size else { break }
                let chunk = try await source.read(offset..<min(size, offset + Int64(max(chunkBytes, 1024))))
                guard !chunk.isEmpty else { break }
                offset += Int64(chunk.count)
                input = ByteBuffer(bytes: chunk)
            }
            var out = ByteBufferAllocator().buffer(capacity: window)
            let before = input.readableBytes
            var needsInput = false
            do {
                try inflater.inflate(from: &input, to: &out)
            } catch let error as CompressNIOError where error == .bufferOverflow {
                // The window is full; collect it and go on.
            } catch let error as CompressNIOError where error == .inputBufferOverflow {
                needsInput = true
            } catch {
                throw FileFormatError("corrupt gzip data after \(output.count) inflated bytes (\(error))")
            }
            let produced = out.readableBytes
            if let bytes = out.readBytes(length: produced) { output.append(contentsOf: bytes) }
            streamEnded = false
            if needsInput || input.readableBytes == 0 { continue }
            guard produced == 0, input.readableBytes == before else { continue }
            // No progress with input left: this member's stream ended. Another member may follow.
            streamEnded = true
            let rest = input.getBytes(at: input.readerIndex, length: min(2, input.readableBytes)) ?? []
            guard rest == [0x1F, 0x8B] else {
                warnings.append("the gzip file has \(Int64(input.readableBytes) + size - offset) bytes after its compressed data, which were ignored")
                input.clear()
                offset = size
                break
            }
            do {
                try inflater.reset()
            } catch {
                throw FileFormatError("could not restart inflating at the next gzip member: \(error)")
            }
        }
        let ended = streamEnded || (offset >= size && input.readableBytes == 0 && output.count < limit && isFinished(inflater))
        if !ended, offset >= size, input.readableBytes == 0, output.count < limit {
            warnings.append("the gzip stream ends early: the file is truncated")
        }
        return TextSample(bytes: Array(output.prefix(limit)), isComplete: ended && output.count <= limit,
                          warnings: warnings)
    }

    /// Whether the inflater has reached the end of a gzip member: one more call with no output room left and an
    /// empty input says so without changing anything.
    private func isFinished(_ inflater: ZlibDecompressor) -> Bool {
        var empty = ByteBuffer(bytes: [0])
        var out = ByteBufferAllocator().buffer(capacity: 16)
        do {
            try inflater.inflate(from: &empty, to: &out)
        } catch {
            return false
        }
        return out.readableBytes == 0 && empty.readableBytes == 1
    }
}
