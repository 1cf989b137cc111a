import Foundation

/// ISO 8601 dates as SAS tokens and error bodies carry them; RFC 1123 dates (headers, listings) are the client's
/// `HTTPDate`. Written out by hand because `DateFormatter` is neither fast nor `Sendable`.
enum UTCDate {
    /// `2026-11-27T20:09:03Z`.
    static func iso8601(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds.floorDivided(by: 86_400)
        let (year, month, day) = civil(fromDays: days)
        let time = seconds - days * 86_400
        return "\(year)-\(two(month))-\(two(day))T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }

    /// Reads the ISO 8601 forms a SAS may carry: `YYYY-MM-DD`, `YYYY-MM-DDThh:mmZ`, `YYYY-MM-DDThh:mm:ss[.fffffff]Z`.
    static func parseISO8601(_ text: String) -> Date? {
        let dateAndTime = text.split(separator: "T", maxSplits: 1)
        let ymd = dateAndTime[0].split(separator: "-").compactMap { Int($0) }
        guard ymd.count == 3 else { return nil }
        guard dateAndTime.count == 2 else { return date(year: ymd[0], month: ymd[1], day: ymd[2], hour: 0, minute: 0, second: 0) }
        var time = dateAndTime[1]
        guard time.hasSuffix("Z") else { return nil }
        time.removeLast()
        let whole = time.split(separator: ".", maxSplits: 1)[0]
        let clock = whole.split(separator: ":").compactMap { Int($0) }
        guard clock.count == 2 || clock.count == 3 else { return nil }
        return date(year: ymd[0], month: ymd[1], day: ymd[2], hour: clock[0], minute: clock[1], second: clock.count == 3 ? clock[2] : 0)
    }

    private static func date(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Date? {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        let seconds = days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y.floorDivided(by: 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `days(year:month:day:)` (Howard Hinnant's civil_from_days).
    private static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = z.floorDivided(by: 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}

extension Int {
    fileprivate func floorDivided(by divisor: Int) -> Int {
        (self >= 0 ? self : self - divisor + 1) / divisor
    }
}
