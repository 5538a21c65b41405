import Testing
@testable import SESDomain

/// Dates stay within the years a `YYYY-MM-DD` date can spell: arithmetic saturates at
/// 0001-01-01 and 9999-12-31 instead of producing a date that cannot be written or read back.
@Suite struct DayBoundsTests {
    @Test func theEndsAreTheFirstAndLastSpellableDays() {
        #expect(Day.earliest.iso == "0001-01-01")
        #expect(Day.latest.iso == "9999-12-31")
        #expect(Day(iso: "0001-01-01") == Day.earliest)
        #expect(Day(iso: "9999-12-31") == Day.latest)
        for text in ["0000-12-31", "10000-01-01", "-001-01-01", "+999-01-01"] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
    }

    @Test func arithmeticSaturatesInsteadOfOverflowing() {
        let late = Day(iso: "9999-12-01")!
        #expect(late.adding(days: 60) == Day.latest)
        #expect(late.adding(days: Int.max) == Day.latest)
        #expect(Day.earliest.adding(days: Int.min) == Day.earliest)
        #expect(Day(iso: "0001-01-10")!.adding(days: -30) == Day.earliest)
        #expect(Day(ordinal: Int.max) == Day.latest)
        #expect(Day(ordinal: Int.min) == Day.earliest)
        // Every saturated day still writes and reads back.
        for day in [late.adding(days: 1_000_000), Day(ordinal: -10_000_000)] {
            #expect(Day(iso: day.iso) == day)
        }
    }

    @Test func aRuleParameterOfAnyValueGivesWholeDaysWithoutTrapping() {
        for value in [1e19, -1e19, Double.greatestFiniteMagnitude, .infinity, -.infinity, .nan] {
            let days = RuleParameter(value, citation: "test").days
            #expect(abs(days) <= Day.latest.ordinal - Day.earliest.ordinal)
        }
        #expect(RuleParameter(15.4, citation: "test").days == 15)
    }
}
