import Foundation

extension Date {
    /// Azure keeps Last-Modified to the second; comparing conditional headers needs the same precision.
    var wholeSeconds: Date {
        Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down))
    }
}
