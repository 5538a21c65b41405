extension Day {
    /// The same day of the month `months` later (the month's last day when it is shorter), kept
    /// within the years 0001–9999: a result past 9999-12-31 is 9999-12-31.
    public func addingMonths(_ months: Int) -> Day {
        let c = components
        let total = c.year * 12 + (c.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        guard year <= 9999 else { return Day(year: 9999, month: 12, day: 31)! }
        guard year >= 1 else { return Day(year: 1, month: 1, day: 1)! }
        return Day(year: year, month: month, day: min(c.day, Day.daysInMonth(year: year, month: month)))!
    }
}
