/// Infers the schema of JSON and NDJSON text from its first records.
///
/// JSON: a top-level array of objects (records), one object, or objects one after another. NDJSON: one value a
/// line; blank lines are skipped and a line that is not JSON costs a warning, unless no line is JSON. In a sample
/// cut short only complete records count: the array element or line that the cut runs through is left out.
/// Records that are not objects are read as one column named `value`.
struct JSONSchemaReader {
    var sampleRows: Int

    /// The schema, or nil when the sample holds no complete record and `final` is false (a longer sample may).
    func schema(of sample: TextSample, kind: FileKind, final: Bool) throws -> FileSchema? {
        let records: [JSONNode]
        var warnings = sample.warnings
        var complete = sample.isComplete
        if kind.format == .ndjson {
            guard let lines = try ndjsonRecords(sample, warnings: &warnings) else { return final ? try empty(kind, sample) : nil }
            records = lines
        } else {
            guard let parsed = try jsonRecords(sample, complete: &complete) else {
                return final ? try empty(kind, sample) : nil
            }
            records = parsed
        }
        return build(records, kind: kind, complete: complete, warnings: warnings)
    }

    private func empty(_ kind: FileKind, _ sample: TextSample) throws -> FileSchema {
        if sample.isComplete {
            return FileSchema(format: kind.format, compression: kind.gzip ? "gzip" : nil, rowCount: 0, sampledRows: 0,
                              warnings: sample.warnings + ["the file holds no JSON records"])
        }
        throw FileFormatError("the first JSON record is longer than the \(sample.bytes.count) bytes sampled")
    }

    // MARK: JSON

    /// The complete records in a JSON sample; nil when it holds none yet. Clears `complete` when records were
    /// cut off.
    private func jsonRecords(_ sample: TextSample, complete: inout Bool) throws -> [JSONNode]? {
        var parser = JSONParser(sample.bytes, complete: sample.isComplete)
        parser.skipByteOrderMark()
        parser.skipWhitespace()
        guard let first = parser.peek else {
            if sample.isComplete { return [] }
            return nil
        }
        if first == UInt8(ascii: "[") {
            return try arrayRecords(&parser, sample: sample, complete: &complete)
        }
        guard first == UInt8(ascii: "{") else {
            throw FileFormatError("not a JSON file: it starts with \(ByteText.preview([first])), not [ or {")
        }
        var records: [JSONNode] = []
        while true {
            parser.skipWhitespace()
            if parser.isAtEnd { return records }
            do {
                records.append(try parser.value())
            } catch .truncated {
                if sample.isComplete { throw FileFormatError("truncated JSON file: the last object is not closed") }
                return records.isEmpty ? nil : records
            } catch .invalid(let message, let offset) {
                throw FileFormatError("not valid JSON: \(message) at byte \(offset)")
            }
        }
    }

    private func arrayRecords(_ parser: inout JSONParser, sample: TextSample, complete: inout Bool) throws -> [JSONNode]? {
        parser.advance()
        var records: [JSONNode] = []
        parser.skipWhitespace()
        if parser.peek == UInt8(ascii: "]") { return [] }
        while true {
            do {
                records.append(try parser.value())
            } catch .truncated {
                if sample.isComplete { throw FileFormatError("truncated JSON file: the top-level array is not closed") }
                complete = false
                return records.isEmpty ? nil : records
            } catch .invalid(let message, let offset) {
                throw FileFormatError("not valid JSON: \(message) at byte \(offset)")
            }
            parser.skipWhitespace()
            guard let next = parser.peek else {
                if sample.isComplete { throw FileFormatError("truncated JSON file: the top-level array is not closed") }
                return records
            }
            parser.advance()
            if next == UInt8(ascii: "]") { return records }
            guard next == UInt8(ascii: ",") else {
                throw FileFormatError("not valid JSON: expected ',' or ']' between records at byte \(parser.offset - 1)")
            }
        }
    }

    // MARK: NDJSON

    private func ndjsonRecords(_ sample: TextSample, warnings: inout [String]) throws -> [JSONNode]? {
        var records: [JSONNode] = []
        var badLines: [Int] = []
        var firstFailure: String?
        var lineStart = 0
        var lineNumber = 0
        let bytes = sample.bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { lineStart = 3 }
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            lineNumber += 1
            let terminated = lineEnd < bytes.count
            defer { lineStart = lineEnd + 1 }
            guard terminated || sample.isComplete else { break }
            let line = Array(bytes[lineStart..<lineEnd])
            guard line.contains(where: { !JSONParser.isWhitespace($0) }) else { continue }
            do {
                records.append(try JSONParser.parse(line))
            } catch {
                badLines.append(lineNumber)
                if firstFailure == nil { firstFailure = JSONParser.describe(error) }
            }
        }
        if records.isEmpty, let firstFailure, let line = badLines.first {
            throw FileFormatError("not NDJSON: line \(line) is not valid JSON (\(firstFailure))")
        }
        if records.isEmpty { return sample.isComplete ? [] : nil }
        if !badLines.isEmpty {
            let shown = badLines.prefix(5).map(String.init).joined(separator: ", ")
            warnings.append("\(badLines.count) lines are not valid JSON and were skipped (lines \(shown)\(badLines.count > 5 ? ", ..." : ""))")
        }
        return records
    }

    // MARK: Schema

    private func build(_ records: [JSONNode], kind: FileKind, complete: Bool, warnings: [String]) -> FileSchema {
        let sampled = Array(records.prefix(max(1, sampleRows)))
        var warnings = warnings
        var columns: [FileColumn]
        if !sampled.isEmpty, sampled.allSatisfy({ $0.objectValue != nil }) {
            let shape = sampled.reduce(JSONShape.unknown) { $0.merged(with: JSONShape($1)) }
            guard case .object(let fields) = shape else { return FileSchema(format: kind.format) }
            columns = fields.map { $0.shape.column(name: $0.name, nullable: $0.nullable) }
            for index in columns.indices {
                let name = columns[index].name
                columns[index].nullCount = sampled.reduce(0) { count, record in
                    let value = record[name]
                    return value == nil || value!.isNull ? count + 1 : count
                }
            }
        } else if sampled.isEmpty {
            columns = []
            warnings.append("the file holds no JSON records")
        } else {
            let shape = sampled.reduce(JSONShape.unknown) { $0.merged(with: JSONShape($1)) }
            let nulls = sampled.filter(\.isNull).count
            var column = shape.column(name: "value", nullable: nulls > 0)
            column.nullCount = nulls
            columns = [column]
            warnings.append("the records are not all JSON objects; they are read as one column named 'value'")
        }
        return FileSchema(format: kind.format, compression: kind.gzip ? "gzip" : nil, columns: columns,
                          rowCount: complete ? Int64(records.count) : nil, sampledRows: sampled.count,
                          warnings: warnings)
    }
}
