/// A calendar date without time zone, stored as days since 1970-01-01 (proleptic Gregorian).
///
/// Personnel dates (appointments, notice periods, effective dates) are whole days; using a plain
/// day count keeps date arithmetic exact and the output identical on every machine.
///
/// Every day lies between ``earliest`` (0001-01-01) and ``latest`` (9999-12-31), the years a
/// `YYYY-MM-DD` date can spell: arithmetic saturates at those ends instead of producing a date
/// that could not be written or read back.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    /// The ordinal of 0001-01-01.
    static let earliestOrdinal = -719_162
    /// The ordinal of 9999-12-31.
    static let latestOrdinal = 2_932_896

    /// 0001-01-01, the first day a `YYYY-MM-DD` date can spell.
    public static let earliest = Day(ordinal: earliestOrdinal)
    /// 9999-12-31, the last day a `YYYY-MM-DD` date can spell.
    public static let latest = Day(ordinal: latestOrdinal)

    /// Creates a day from its ordinal (days since 1970-01-01), clamped to ``earliest``...``latest``.
    public init(ordinal: Int) { self.ordinal = min(max(ordinal, Day.earliestOrdinal), Day.latestOrdinal) }

    /// Creates a day from a year, month and day, or returns nil when the date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysInMonth(year: year, month: month) else { return nil }
        // Days-from-civil (H. Hinnant's algorithm).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// Parses an ISO date `YYYY-MM-DD`; returns nil for any other form or an impossible date.
    public init?(iso text: String) {
        // Exactly `DDDD-DD-DD` in ASCII digits, read from the bytes (every input date passes here).
        var text = text
        let fields = text.withUTF8 { bytes -> (year: Int, month: Int, day: Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    let digit = bytes[i] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        }
        guard let fields else { return nil }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// The year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The date as `YYYY-MM-DD`.
    public var iso: String {
        let c = components
        // Every day's year has four digits, its month and day two: the ten bytes are written at once
        // (the reports and plan files spell several dates per move).
        if (0...9_999).contains(c.year), (0...99).contains(c.month), (0...99).contains(c.day) {
            return String(unsafeUninitializedCapacity: 10) { text in
                func put(_ value: Int, width: Int, at start: Int) {
                    var rest = value
                    for k in (start..<start + width).reversed() {
                        text[k] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                    }
                }
                put(c.year, width: 4, at: 0)
                text[4] = UInt8(ascii: "-")
                put(c.month, width: 2, at: 5)
                text[7] = UInt8(ascii: "-")
                put(c.day, width: 2, at: 8)
                return 10
            }
        }
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    public var description: String { iso }

    /// This date moved by `days` (negative moves back), stopping at ``earliest`` or ``latest``.
    public func adding(days: Int) -> Day {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        return Day(ordinal: overflow ? (days < 0 ? Int.min : Int.max) : sum)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        default:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a YYYY-MM-DD date: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
