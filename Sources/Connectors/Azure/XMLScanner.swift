import Foundation

/// A small pull scanner for the XML that Azure Blob Storage answers with: start and end tags with byte offsets,
/// attributes and element text read on demand, the five named entities, character references and CDATA.
/// No DTDs, no namespaces; comments and processing instructions are skipped.
///
/// Hand-written, over raw bytes with `memchr`, because a listing page holds 5,000 blobs and a discovery lists
/// hundreds of pages: nothing is copied or decoded unless the caller asks for it.
struct XMLScanner {
    enum Event: Equatable {
        /// An opening tag: its name's bytes, its attributes' bytes, and where its content starts.
        /// A self-closing tag is reported as `start` followed by `end`.
        case start(name: Range<Int>, attributes: Range<Int>, contentStart: Int)
        /// A closing tag: its name's bytes, and where the content before it ends.
        case end(name: Range<Int>, contentEnd: Int)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var pendingEnd: (name: Range<Int>, at: Int)?
    /// Elements open at the current position.
    private var depth = 0
    /// The first element's name, to check that a body is the document expected.
    private(set) var root: Range<Int>?

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Runs `body` with a scanner over `bytes`, which it must not keep.
    static func scan<Result>(_ bytes: [UInt8], _ body: (inout XMLScanner) throws(Failure) -> Result) throws(Failure) -> Result {
        let outcome: Swift.Result<Result, Failure> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = XMLScanner(buffer)
            do throws(Failure) {
                return .success(try body(&scanner))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    // Bytes are compared with hex literals ('<' 0x3C, '>' 0x3E, '/' 0x2F, '?' 0x3F, '!' 0x21, '=' 0x3D, quotes
    // 0x22 and 0x27): integer comparisons stay cheap even in the debug builds that tests list 100,000 blobs with.

    /// The next tag, or nil at the end of the document; text between tags is skipped (see `text(_:)`).
    mutating func next() throws(Failure) -> Event? {
        if let pending = pendingEnd {
            pendingEnd = nil
            depth -= 1
            return .end(name: pending.name, contentEnd: pending.at)
        }
        while true {
            guard let open = find(0x3C, from: index) else {
                index = bytes.count
                guard depth == 0 else { throw Failure(description: "the document ends before its elements are closed") }
                return nil
            }
            guard open + 1 < bytes.count else { throw Failure(description: "the document ends inside a tag") }
            let second = bytes[open + 1]
            if second == 0x2F {  // "</"
                guard let close = find(0x3E, from: open + 2) else {
                    throw Failure(description: "the document ends inside a closing tag")
                }
                var nameEnd = close
                while nameEnd > open + 2, Self.isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
                index = close + 1
                depth -= 1
                guard depth >= 0 else { throw Failure(description: "a closing tag without an opening one at byte \(open)") }
                return .end(name: (open + 2)..<nameEnd, contentEnd: open)
            } else if second == 0x3F {  // "<?"
                index = try position(after: "?>", from: open + 2)
            } else if second == 0x21 {  // "<!"
                if hasPrefix("<![CDATA[", at: open) {
                    index = try position(after: "]]>", from: open + 9)
                } else if hasPrefix("<!--", at: open) {
                    index = try position(after: "-->", from: open + 4)
                } else {
                    index = try position(after: ">", from: open + 2)
                }
            } else {
                return try startTag(at: open)
            }
        }
    }

    private mutating func startTag(at open: Int) throws(Failure) -> Event {
        guard var close = find(0x3E, from: open + 1) else {
            throw Failure(description: "the document ends inside a tag at byte \(open)")
        }
        var nameEnd: Int
        if find(0x3D, from: open + 1, before: close) == nil {
            // No '=': no attributes, so the name runs to '>' (or to "/>"), spaces aside.
            nameEnd = close
            if nameEnd > open + 1, bytes[nameEnd - 1] == 0x2F { nameEnd -= 1 }
            while nameEnd > open + 1, Self.isSpace(bytes[nameEnd - 1]) { nameEnd -= 1 }
        } else {
            nameEnd = open + 1
            while nameEnd < close, bytes[nameEnd] != 0x2F, !Self.isSpace(bytes[nameEnd]) { nameEnd += 1 }
            // Quoted attribute values may hold '>': find the real end of the tag.
            var position = nameEnd
            while position < bytes.count, bytes[position] != 0x3E {
                let byte = bytes[position]
                if byte == 0x22 || byte == 0x27 {
                    guard let closing = find(byte, from: position + 1) else {
                        throw Failure(description: "an unterminated attribute value at byte \(position)")
                    }
                    position = closing
                }
                position += 1
            }
            guard position < bytes.count else { throw Failure(description: "the document ends inside a tag at byte \(open)") }
            close = position
        }
        let name = (open + 1)..<nameEnd
        guard !name.isEmpty else { throw Failure(description: "a tag without a name at byte \(open)") }
        let selfClosing = bytes[close - 1] == 0x2F && close - 1 >= nameEnd
        let attributes = nameEnd..<(selfClosing ? close - 1 : close)
        index = close + 1
        depth += 1
        if root == nil { root = name }
        if selfClosing { pendingEnd = (name, index) }
        return .start(name: name, attributes: attributes, contentStart: index)
    }

    // MARK: Reading names, attributes and text

    /// Throws unless the document's first element is `expected`: a proxy's HTML page is not an empty listing.
    func expectRoot(_ expected: StaticString) throws(Failure) {
        guard let root, name(root, is: expected) else {
            let found = root.map { "<\(name($0))>" } ?? "no element"
            throw Failure(description: "expected <\(expected)>, found \(found)")
        }
    }

    /// Whether the name at `range` is `literal`.
    func name(_ range: Range<Int>, is literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount, let base = bytes.baseAddress else { return false }
        return memcmp(base + range.lowerBound, literal.utf8Start, range.count) == 0
    }

    /// The raw bytes at `range`.
    func raw(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[range])
    }

    /// The whole number an element's content holds (surrounding spaces allowed), or nil.
    func integer(_ range: Range<Int>) -> Int64? {
        var value: Int64 = 0
        var digits = 0
        for index in range {
            let byte = bytes[index]
            if Self.isSpace(byte) { continue }
            guard byte >= 48, byte <= 57, digits < 18 else { return nil }
            value = value * 10 + Int64(byte - 48)
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// The name at `range`, as text.
    func name(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The decoded value of attribute `wanted` in the attribute bytes of a start tag; nil when it is absent.
    func attribute(_ wanted: StaticString, in range: Range<Int>) throws(Failure) -> String? {
        var position = range.lowerBound
        while position < range.upperBound {
            while position < range.upperBound, Self.isSpace(bytes[position]) { position += 1 }
            guard position < range.upperBound else { return nil }
            let nameStart = position
            while position < range.upperBound, bytes[position] != UInt8(ascii: "="), !Self.isSpace(bytes[position]) { position += 1 }
            let attributeName = nameStart..<position
            while position < range.upperBound, Self.isSpace(bytes[position]) { position += 1 }
            guard position < range.upperBound, bytes[position] == UInt8(ascii: "=") else {
                throw Failure(description: "an attribute without a value at byte \(nameStart)")
            }
            position += 1
            while position < range.upperBound, Self.isSpace(bytes[position]) { position += 1 }
            guard position < range.upperBound, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw Failure(description: "an unquoted attribute value at byte \(position)")
            }
            let quote = bytes[position]
            guard let closing = find(quote, from: position + 1), closing < range.upperBound else {
                throw Failure(description: "an unterminated attribute value at byte \(position)")
            }
            if name(attributeName, is: wanted) { return Self.decode(bytes[(position + 1)..<closing]) }
            position = closing + 1
        }
        return nil
    }

    /// The text of an element's content (between its start and end tags): entities decoded, CDATA kept as it is,
    /// comments dropped.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let slice = bytes[range]
        guard find(0x3C, from: range.lowerBound, before: range.upperBound) != nil else { return Self.decode(slice) }
        var result = ""
        var position = range.lowerBound
        while position < range.upperBound {
            guard let open = find(0x3C, from: position, before: range.upperBound) else {
                result += Self.decode(bytes[position..<range.upperBound])
                break
            }
            result += Self.decode(bytes[position..<open])
            if hasPrefix("<![CDATA[", at: open), let end = try? self.position(after: "]]>", from: open + 9), end <= range.upperBound {
                result += String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + 9)..<(end - 3)]), as: UTF8.self)
                position = end
            } else if hasPrefix("<!--", at: open), let end = try? self.position(after: "-->", from: open + 4), end <= range.upperBound {
                position = end
            } else {
                position = open + 1  // not well-formed; keep going rather than fail on text
            }
        }
        return result
    }

    // MARK: Bytes

    private func find(_ byte: UInt8, from start: Int, before end: Int? = nil) -> Int? {
        let limit = end ?? bytes.count
        guard start < limit, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), limit - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private func hasPrefix(_ literal: StaticString, at position: Int) -> Bool {
        guard position + literal.utf8CodeUnitCount <= bytes.count, let base = bytes.baseAddress else { return false }
        return memcmp(base + position, literal.utf8Start, literal.utf8CodeUnitCount) == 0
    }

    /// The position just past the next `terminator` at or after `start`.
    private func position(after terminator: StaticString, from start: Int) throws(Failure) -> Int {
        let first = terminator.utf8Start.pointee
        var position = start
        while let candidate = find(first, from: position) {
            if hasPrefix(terminator, at: candidate) { return candidate + terminator.utf8CodeUnitCount }
            position = candidate + 1
        }
        throw Failure(description: "the document ends before '\(terminator)'")
    }

    @inline(__always)
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The text of `slice` with entity and character references replaced.
    static func decode(_ slice: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        let buffer = UnsafeBufferPointer(rebasing: slice)
        guard let base = buffer.baseAddress, memchr(base, 0x26, buffer.count) != nil else {
            return String(decoding: buffer, as: UTF8.self)
        }
        return decode(Array(buffer)[...])
    }

    /// The text of `slice` with entity and character references replaced.
    static func decode(_ slice: ArraySlice<UInt8>) -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var position = slice.startIndex
        while position < slice.endIndex {
            let byte = slice[position]
            guard byte == UInt8(ascii: "&"),
                  let semicolon = slice[position...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                output.append(byte)
                position += 1
                continue
            }
            let entity = String(decoding: slice[(position + 1)..<semicolon], as: UTF8.self)
            if let replacement = replacement(for: entity) {
                output.append(contentsOf: replacement.utf8)
                position = semicolon + 1
            } else {
                output.append(byte)
                position += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func replacement(for entity: String) -> String? {
        switch entity {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let code = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}
