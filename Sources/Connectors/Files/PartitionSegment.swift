/// A folder name read as a partition: Hive's `name=value`, or a date-shaped folder (`2024`, `01` under a year,
/// `15` under a month, `03` under a day, `2024-01-15`).
///
/// Date folders are only partitions in order: a month only under a year, a day under a month (or in the
/// same segment), an hour under a day. So `reports/12/` is a folder, while `reports/2024/12/` is a year and a month.
struct PartitionSegment: Sendable {
    /// What the chain of partition folders above has established, which decides how the next one reads.
    enum Context: Sendable, Hashable {
        case start, year, month, day, hour
    }

    /// Columns and values, in folder order (a `2024-01-15` folder gives three).
    var values: [(column: String, value: String)]
    /// How the next folder down reads.
    var next: Context

    /// The partition `name` stands for in `context`, or nil when it is an ordinary folder.
    static func parse(_ name: Substring, in context: Context) -> PartitionSegment? {
        if let equals = name.firstIndex(of: "="), equals != name.startIndex {
            let column = String(name[..<equals])
            let value = String(name[name.index(after: equals)...])
            return PartitionSegment(values: [(column, value)], next: .start)
        }
        switch context {
        case .start:
            if let year = number(name, digits: 4...4, range: 1900...2199) {
                return PartitionSegment(values: [("year", year)], next: .year)
            }
            return isoDate(name)
        case .year:
            return number(name, digits: 1...2, range: 1...12).map { PartitionSegment(values: [("month", $0)], next: .month) }
        case .month:
            return number(name, digits: 1...2, range: 1...31).map { PartitionSegment(values: [("day", $0)], next: .day) }
        case .day:
            return number(name, digits: 1...2, range: 0...23).map { PartitionSegment(values: [("hour", $0)], next: .hour) }
        case .hour:
            return nil
        }
    }

    /// `2024-01-15`: a year, a month and a day in one folder.
    private static func isoDate(_ name: Substring) -> PartitionSegment? {
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3,
              let year = number(parts[0], digits: 4...4, range: 1900...2199),
              let month = number(parts[1], digits: 2...2, range: 1...12),
              let day = number(parts[2], digits: 2...2, range: 1...31) else { return nil }
        return PartitionSegment(values: [("year", year), ("month", month), ("day", day)], next: .day)
    }

    /// `text` when it is `digits` ASCII digits whose value lies in `range`.
    private static func number(_ text: Substring, digits: ClosedRange<Int>, range: ClosedRange<Int>) -> String? {
        guard digits.contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              let value = Int(text), range.contains(value) else { return nil }
        return String(text)
    }
}
