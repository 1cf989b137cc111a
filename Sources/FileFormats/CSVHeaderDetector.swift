/// Decides whether the first record of a CSV or TSV sample is a header.
///
/// The first record is a header when all of these hold:
/// 1. its non-empty values are distinct, at least one is non-empty, and none is typed (a number, boolean, date
///    or timestamp: see `TextValueType`);
/// 2. and either
///    - some column below it holds typed values (the first record differs in type from the data), or
///    - every column below is text as well (equal types), and no first-record value appears again in its own
///      column below: a data row tends to repeat values its neighbours have, a header does not;
///    - or there are no records below it at all.
enum CSVHeaderDetector {
    static func isHeader(_ first: [String], below: [[String]]) -> Bool {
        let names = first.map { $0.trimmingSpaces }
        let nonEmpty = names.filter { !$0.isEmpty }
        guard !nonEmpty.isEmpty, Set(nonEmpty).count == nonEmpty.count else { return false }
        guard !names.contains(where: { TextValueType.of($0).isTyped }) else { return false }
        guard !below.isEmpty else { return true }
        for column in names.indices {
            var type = TextValueType.null
            for row in below where column < row.count {
                type = type.widened(with: TextValueType.of(row[column]))
            }
            if type.isTyped { return true }
        }
        for (column, name) in names.enumerated() where !name.isEmpty {
            if below.contains(where: { column < $0.count && $0[column].trimmingSpaces == name }) { return false }
        }
        return true
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
