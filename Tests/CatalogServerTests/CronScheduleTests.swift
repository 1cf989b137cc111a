import CatalogModel
import CatalogServices
import Foundation
import Testing

@Suite("Cron schedules")
struct CronScheduleTests {
    /// A UTC time from `yyyy-MM-dd HH:mm`.
    static func time(_ text: String) -> Date {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.date(from: text)!
    }

    @Test("next firing times", arguments: [
        ("0 2 * * *", "2026-11-28 01:30", "2026-11-28 02:00"),
        ("0 2 * * *", "2026-11-28 02:00", "2026-11-29 02:00"),
        ("*/15 * * * *", "2026-11-28 10:07", "2026-11-28 10:15"),
        ("30 6 * * MON-FRI", "2026-11-28 07:00", "2026-11-30 06:30"),
        ("0 0 1 JAN *", "2026-11-28 00:00", "2027-01-01 00:00"),
        ("0 12 29 2 *", "2026-11-28 00:00", "2028-02-29 12:00"),
        ("0 0 13 * 5", "2026-11-28 00:00", "2026-12-04 00:00"),
        ("5,10 3-4 * * 7", "2026-11-28 00:00", "2026-11-29 03:05"),
        ("@hourly", "2026-11-28 10:59", "2026-11-28 11:00"),
        ("@daily", "2026-12-31 23:59", "2027-01-01 00:00"),
    ])
    func next(expression: String, after: String, expected: String) throws {
        let schedule = try CronSchedule(parsing: expression)
        #expect(schedule.next(after: Self.time(after)) == Self.time(expected))
    }

    @Test("malformed expressions name the field", arguments: [
        ("* * * *", "five fields"), ("60 * * * *", "minute"), ("* 24 * * *", "hour"), ("* * 0 * *", "day of month"),
        ("* * * 13 *", "month"), ("* * * * 8", "day of week"), ("*/0 * * * *", "minute"), ("5-1 * * * *", "minute"),
        ("* * * FOO *", "month"),
    ])
    func malformed(expression: String, field: String) {
        #expect {
            try CronSchedule(parsing: expression)
        } throws: { error in
            (error as? CatalogError)?.message.contains(field) == true
        }
    }
}
