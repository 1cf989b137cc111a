import Foundation

/// RFC 1123 dates (`Sat, 28 Nov 2026 02:23:00 GMT`) as HTTP and Azure listings write them.
///
/// Written by hand because a listing of 100,000 blobs carries 100,000 of them and
/// `DateFormatter` is slow and not thread-safe to share.
public enum HTTPDate {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `date` in RFC 1123 form, in GMT.
    public static func format(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let (year, month, day) = civil(fromDays: days)
        let weekday = weekdays[Int(((days % 7) + 7) % 7)]
        return "\(weekday), \(pad(day)) \(months[month - 1]) \(year) "
            + "\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60)) GMT"
    }

    /// The date in an RFC 1123 string, or nil when it is not one.
    public static func parse(_ text: String) -> Date? {
        var text = text
        if let date = text.withUTF8({ parseFixed($0) }) { return date }
        return parseLoosely(text)
    }

    /// The date in the bytes of an RFC 1123 string, or nil when it is not one.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        parseFixed(bytes) ?? parseLoosely(String(decoding: bytes, as: UTF8.self))
    }

    /// The exact 29-byte form servers send (`Sat, 28 Nov 2026 02:23:00 GMT`), read without making strings.
    private static func parseFixed(_ bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard bytes.count == 29, bytes[3] == UInt8(ascii: ","), bytes[4] == 0x20, bytes[7] == 0x20, bytes[11] == 0x20,
              bytes[16] == 0x20, bytes[19] == UInt8(ascii: ":"), bytes[22] == UInt8(ascii: ":"), bytes[25] == 0x20,
              bytes[26] == UInt8(ascii: "G"), bytes[27] == UInt8(ascii: "M"), bytes[28] == UInt8(ascii: "T") else { return nil }
        func number(_ start: Int, _ count: Int) -> Int? {
            var value = 0
            for index in start..<(start + count) {
                let digit = Int(bytes[index]) - 48
                guard (0...9).contains(digit) else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        let monthKey = (UInt32(bytes[8] | 0x20) << 16) | (UInt32(bytes[9] | 0x20) << 8) | UInt32(bytes[10] | 0x20)
        guard let month = monthNumbers[monthKey], let day = number(5, 2), let year = number(12, 4),
              let hour = number(17, 2), let minute = number(20, 2), let second = number(23, 2),
              (1...31).contains(day), hour < 24, minute < 60, second <= 60 else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + Int64(hour * 3600 + minute * 60 + second)))
    }

    /// Month numbers by their three lower-case letters packed into an integer.
    private static let monthNumbers: [UInt32: Int] = {
        var numbers: [UInt32: Int] = [:]
        for (index, name) in months.enumerated() {
            let bytes = Array(name.lowercased().utf8)
            numbers[(UInt32(bytes[0]) << 16) | (UInt32(bytes[1]) << 8) | UInt32(bytes[2])] = index + 1
        }
        return numbers
    }()

    /// Any spacing, a one-digit day, `UTC` for `GMT`.
    private static func parseLoosely(_ text: String) -> Date? {
        // "Sat, 28 Nov 2026 02:23:00 GMT": skip the weekday, then day month year time zone.
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 6, parts[0].hasSuffix(","), parts[5] == "GMT" || parts[5] == "UTC",
              let day = Int(parts[1]), (1...31).contains(day),
              let monthIndex = months.firstIndex(where: { $0.caseInsensitiveCompare(parts[2]) == .orderedSame }),
              let year = Int(parts[3]) else { return nil }
        let time = parts[4].split(separator: ":")
        guard time.count == 3, let hour = Int(time[0]), let minute = Int(time[1]), let second = Int(time[2]),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let days = daysFromCivil(year: year, month: monthIndex + 1, day: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + Int64(hour * 3600 + minute * 60 + second)))
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = Int64(month > 2 ? month - 3 : month + 9)
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysFromCivil`.
    static func civil(fromDays days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}
