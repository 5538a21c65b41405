
/// The periods of a time-indexed model: consecutive half-open day intervals from a start day.
///
/// Months run from the start day to the same day of the next month (clamped to the month's last
/// day, so a program starting on the 31st has periods ending on the 30th, 28th, ...). Weeks are
/// seven days; a program's leftover days after its last whole week are not scheduled. Quarters are
/// three months.
public struct PeriodGrid: Sendable, Hashable {
    /// The kind of period.
    public enum Unit: String, Sendable, Hashable, Codable {
        /// Calendar months.
        case month
        /// Seven-day weeks.
        case week
        /// Three calendar months.
        case quarter
    }

    /// The kind of period.
    public let unit: Unit
    /// `boundaries[t]` is the first day of period t; the last element is the day after the last period.
    public let boundaries: [Day]

    /// A grid of `months` months (as weeks or quarters when `unit` says so) from `start`.
    public init(unit: Unit, start: Day, months: Int) {
        self.unit = unit
        let end = PeriodGrid.adding(months: months, to: start)
        switch unit {
        case .month:
            boundaries = (0...months).map { PeriodGrid.adding(months: $0, to: start) }
        case .quarter:
            boundaries = (0...(months / 3)).map { PeriodGrid.adding(months: 3 * $0, to: start) }
        case .week:
            let weeks = start.days(to: end) / 7
            boundaries = (0...weeks).map { start.adding(days: 7 * $0) }
        }
    }

    /// The number of periods.
    public var count: Int { boundaries.count - 1 }

    /// The first day of period `t` (or the day after the grid for `t == count`).
    public func start(_ t: Int) -> Day { boundaries[t] }

    /// Calendar days from the start of period `s` to the end of period `s + length − 1`.
    public func days(from s: Int, length: Int) -> Int { boundaries[s].days(to: boundaries[s + length]) }

    /// The first day of the grid.
    public var first: Day { boundaries[0] }

    /// The day after the last period.
    public var end: Day { boundaries[count] }

    /// The period containing `day`, or nil outside the grid.
    public func period(containing day: Day) -> Int? {
        guard day >= first, day < end else { return nil }
        var low = 0, high = count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if boundaries[mid] <= day { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The period lengths a host's minimum and maximum (in months) allow, or nil when none does.
    ///
    /// Months convert one to one; weeks at 52/12 weeks per month (the minimum rounded up and the
    /// maximum down, so a 4-month minimum is 18 weeks); quarters at 3 months each.
    public func lengths(minMonths: Double, maxMonths: Double?) -> ClosedRange<Int>? {
        let perMonth: Double
        switch unit {
        case .month: perMonth = 1
        case .week: perMonth = 52.0 / 12.0
        case .quarter: perMonth = 1.0 / 3.0
        }
        let low = max(1, Int((minMonths * perMonth - 1e-9).rounded(.up)))
        let high = min(count, maxMonths.map { Int(($0 * perMonth + 1e-9).rounded(.down)) } ?? count)
        return low <= high ? low...high : nil
    }

    /// `day` moved by whole calendar months, the day of the month clamped to the target month's length.
    ///
    /// Saturates like ``Day/adding(days:)``: a move past December 9999 gives ``Day/latest`` and one
    /// before January of year 1 gives ``Day/earliest``, so no computed date is one a
    /// `YYYY-MM-DD` date cannot spell.
    public static func adding(months: Int, to day: Day) -> Day {
        let c = day.components
        let (index, overflow) = (c.year * 12 + (c.month - 1)).addingReportingOverflow(months)
        if overflow { return months < 0 ? Day.earliest : Day.latest }
        if index < 12 { return Day.earliest }
        if index > 9999 * 12 + 11 { return Day.latest }
        let year = index / 12, month = index % 12 + 1
        let last = (28...31).last { Day(year: year, month: month, day: $0) != nil } ?? 28
        return Day(year: year, month: month, day: min(c.day, last)) ?? Day.latest
    }

    /// `day` moved by whole calendar years (29 February becomes 28 February in other years).
    public static func adding(years: Int, to day: Day) -> Day { adding(months: 12 * years, to: day) }
}
