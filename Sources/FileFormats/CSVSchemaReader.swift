/// Infers the schema of CSV and TSV text from its first rows: the delimiter (`CSVDelimiterDetector`), whether
/// the first row is a header (`CSVHeaderDetector`; without one, columns are `column_1`, `column_2`, ...), and
/// each column's type from the sampled values (`TextValueType`), empty fields counting as nulls.
///
/// When the sample is cut short, its last, partial row is left out.
struct CSVSchemaReader {
    var sampleRows: Int

    /// The schema, or nil when the sample holds no complete row and `final` is false (a longer sample may).
    func schema(of sample: TextSample, kind: FileKind, final: Bool) throws -> FileSchema? {
        var warnings = sample.warnings
        let dropPartial = !sample.isComplete
        let delimiter = CSVDelimiterDetector.detect(sample.bytes, format: kind.format, dropLast: dropPartial)
        let parsed = CSVParser(delimiter: delimiter).records(sample.bytes)
        var records = parsed.records
        if dropPartial, !parsed.lastIsTerminated, !records.isEmpty {
            if records.count == 1 {
                guard final else { return nil }
                warnings.append("the first row is longer than the \(sample.bytes.count) bytes sampled; it was read as cut")
            } else {
                records.removeLast()
            }
        }
        guard let first = records.first else {
            if sample.isComplete || final {
                return FileSchema(format: kind.format, compression: kind.gzip ? "gzip" : nil, rowCount: sample.isComplete ? 0 : nil,
                                  sampledRows: 0, properties: ["delimiter": String(UnicodeScalar(delimiter)), "header": "false"],
                                  warnings: warnings + ["the file holds no rows"])
            }
            return nil
        }
        if first.contains(where: { $0.utf8.contains(0) }) || sample.bytes.prefix(4096).contains(0) {
            throw FileFormatError("not a \(kind.format == .tsv ? "TSV" : "CSV") file: it holds binary data (NUL bytes)")
        }
        let below = Array(records.dropFirst().prefix(sampleRows))
        let header = CSVHeaderDetector.isHeader(first, below: below)
        let dataRows = header ? Array(records.dropFirst()) : records
        let sampled = Array(dataRows.prefix(max(1, sampleRows)))
        let width = header ? first.count : Self.commonWidth(sampled)
        let names = Self.names(header ? first : [], width: width)
        var columns: [FileColumn] = []
        for (index, name) in names.enumerated() {
            var type = TextValueType.null
            var nulls = 0
            for row in sampled {
                let value = index < row.count ? TextValueType.of(row[index]) : .null
                if value == .null { nulls += 1 }
                type = type.widened(with: value)
            }
            columns.append(FileColumn(name: name, type: type.typeName, nullable: nulls > 0 || sampled.isEmpty,
                                      nullCount: nulls))
        }
        let ragged = sampled.filter { $0.count != width }.count
        if ragged > 0 {
            warnings.append("\(ragged) of \(sampled.count) sampled rows do not have \(width) fields")
        }
        return FileSchema(format: kind.format, compression: kind.gzip ? "gzip" : nil, columns: columns,
                          rowCount: sample.isComplete ? Int64(dataRows.count) : nil, sampledRows: sampled.count,
                          properties: ["delimiter": String(UnicodeScalar(delimiter)), "header": header ? "true" : "false"],
                          warnings: warnings)
    }

    /// The field count most rows have (the larger on a tie).
    private static func commonWidth(_ rows: [[String]]) -> Int {
        var frequency: [Int: Int] = [:]
        for row in rows { frequency[row.count, default: 0] += 1 }
        return frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key ?? 0
    }

    /// Column names from the header, `column_N` where it has none or a blank one, made unique.
    private static func names(_ header: [String], width: Int) -> [String] {
        var used = Set<String>()
        return (0..<width).map { index in
            let given = index < header.count ? header[index].trimmingSpaces : ""
            var name = given.isEmpty ? "column_\(index + 1)" : given
            if used.contains(name) { name = "\(name)_\(index + 1)" }
            used.insert(name)
            return name
        }
    }
}
