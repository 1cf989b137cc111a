import CatalogModel
import Foundation

/// A five-field cron expression (minute, hour, day of month, month, day of week), evaluated in UTC.
///
/// Fields take `*`, numbers, ranges `a-b`, steps `*/n` and `a-b/n`, and comma lists; months and weekdays also take
/// three-letter names (`JAN`, `MON`), and Sunday is 0 or 7. `@hourly`, `@daily`, `@weekly`, `@monthly` and
/// `@yearly` stand for their usual expressions. As in cron, when both the day of month and the day of week are
/// restricted, a day matching either runs.
public struct CronSchedule: Sendable, Hashable {
    public let expression: String
    let minutes: Set<Int>
    let hours: Set<Int>
    let days: Set<Int>
    let months: Set<Int>
    let weekdays: Set<Int>
    let dayRestricted: Bool
    let weekdayRestricted: Bool

    static let aliases = ["@hourly": "0 * * * *", "@daily": "0 0 * * *", "@midnight": "0 0 * * *",
                          "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *", "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *"]
    static let monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    static let dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

    /// Parses an expression; a malformed one is an `invalidInput` error on `schedule` that says which field is wrong.
    public init(parsing text: String) throws(CatalogError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let expanded = Self.aliases[trimmed.lowercased()] ?? trimmed
        let fields = expanded.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard fields.count == 5 else {
            throw CatalogError.invalid("schedule", "'\(text)' is not a cron expression: give five fields (minute hour day-of-month month day-of-week), e.g. '0 2 * * *' for 02:00 UTC daily")
        }
        expression = trimmed
        minutes = try Self.field(fields[0], name: "minute", range: 0...59, names: [])
        hours = try Self.field(fields[1], name: "hour", range: 0...23, names: [])
        days = try Self.field(fields[2], name: "day of month", range: 1...31, names: [])
        months = try Self.field(fields[3], name: "month", range: 1...12, names: Self.monthNames, nameBase: 1)
        weekdays = Set(try Self.field(fields[4], name: "day of week", range: 0...7, names: Self.dayNames).map { $0 % 7 })
        dayRestricted = fields[2] != "*"
        weekdayRestricted = fields[4] != "*"
    }

    private static func field(_ text: String, name: String, range: ClosedRange<Int>, names: [String],
                              nameBase: Int = 0) throws(CatalogError) -> Set<Int> {
        var values = Set<Int>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            var step = 1
            if pieces.count == 2 {
                guard let parsed = Int(pieces[1]), parsed > 0 else { throw bad(text, name, range) }
                step = parsed
            } else if pieces.count != 1 {
                throw bad(text, name, range)
            }
            let base = String(pieces[0])
            var bounds: ClosedRange<Int>
            if base == "*" {
                bounds = range
            } else {
                let ends = base.split(separator: "-", omittingEmptySubsequences: false)
                guard (1...2).contains(ends.count) else { throw bad(text, name, range) }
                var numbers: [Int] = []
                for end in ends {
                    let word = end.uppercased()
                    if let number = Int(word) {
                        numbers.append(number)
                    } else if let index = names.firstIndex(of: word) {
                        numbers.append(index + nameBase)
                    } else {
                        throw bad(text, name, range)
                    }
                }
                guard numbers.allSatisfy(range.contains), numbers[0] <= numbers[numbers.count - 1] else { throw bad(text, name, range) }
                bounds = numbers[0]...(pieces.count == 2 && numbers.count == 1 ? range.upperBound : numbers[numbers.count - 1])
            }
            values.formUnion(stride(from: bounds.lowerBound, through: bounds.upperBound, by: step))
        }
        return values
    }

    private static func bad(_ text: String, _ name: String, _ range: ClosedRange<Int>) -> CatalogError {
        CatalogError.invalid("schedule", "the \(name) field '\(text)' is not valid: use *, numbers \(range.lowerBound)-\(range.upperBound), ranges a-b, steps */n or comma lists")
    }

    /// The first time after `date` (to the minute) that the schedule fires, within the next five years.
    public func next(after date: Date) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 60).rounded(.down) * 60 + 60)
        var parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: start)
        let lastYear = (parts.year ?? 1970) + 5
        while let year = parts.year, year <= lastYear {
            guard let candidate = calendar.date(from: parts) else { return nil }
            let now = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: candidate)
            if !months.contains(now.month!) {
                parts = DateComponents(year: now.month == 12 ? now.year! + 1 : now.year!, month: now.month! % 12 + 1, day: 1, hour: 0, minute: 0)
            } else if !dayMatches(day: now.day!, weekday: now.weekday! - 1) {
                parts = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: 1, to: candidate)!)
                parts.hour = 0
                parts.minute = 0
            } else if !hours.contains(now.hour!) {
                parts = calendar.dateComponents([.year, .month, .day, .hour], from: calendar.date(byAdding: .hour, value: 1, to: candidate)!)
                parts.minute = 0
            } else if !minutes.contains(now.minute!) {
                parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: calendar.date(byAdding: .minute, value: 1, to: candidate)!)
            } else {
                return candidate
            }
        }
        return nil
    }

    private func dayMatches(day: Int, weekday: Int) -> Bool {
        switch (dayRestricted, weekdayRestricted) {
        case (true, true): days.contains(day) || weekdays.contains(weekday)
        case (true, false): days.contains(day)
        case (false, true): weekdays.contains(weekday)
        case (false, false): true
        }
    }
}
