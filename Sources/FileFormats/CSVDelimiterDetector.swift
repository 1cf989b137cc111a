/// Picks the delimiter of a CSV or TSV sample among `,` `;` tab and `|`.
///
/// Each candidate splits the sample's first records (quotes respected); the candidate whose records most often
/// have the same number of fields wins, provided that number is more than one. Ties go to more fields, then to
/// the format's usual delimiter (tab for TSV, comma for CSV). When no candidate splits the lines, the file has
/// one column and the usual delimiter is kept.
enum CSVDelimiterDetector {
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: "|")]

    static func detect(_ bytes: [UInt8], format: FileFormat, dropLast: Bool, maxRecords: Int = 200) -> UInt8 {
        let usual = format == .tsv ? UInt8(ascii: "\t") : UInt8(ascii: ",")
        let ordered = [usual] + candidates.filter { $0 != usual }
        var best: (delimiter: UInt8, consistency: Double, fields: Int)?
        for delimiter in ordered {
            var records = CSVParser(delimiter: delimiter).records(bytes, maxRecords: maxRecords + 1).records
            if dropLast, records.count > 1 { records.removeLast() }
            records = Array(records.prefix(maxRecords))
            guard !records.isEmpty else { continue }
            var frequency: [Int: Int] = [:]
            for record in records { frequency[record.count, default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), mode.key > 1 else { continue }
            let consistency = Double(mode.value) / Double(records.count)
            if let current = best {
                let better = consistency > current.consistency + 1e-9
                    || (abs(consistency - current.consistency) <= 1e-9 && mode.key > current.fields)
                if !better { continue }
            }
            best = (delimiter, consistency, mode.key)
        }
        return best?.delimiter ?? usual
    }
}
