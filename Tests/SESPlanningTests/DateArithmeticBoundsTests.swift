import SESDomain
import Testing
@testable import SESPlanning

/// Calendar arithmetic ends: a month or year step past 9999-12-31 saturates at once instead of
/// looping, and nothing computed is a date that cannot be written.
@Suite struct DateArithmeticBoundsTests {
    @Test func monthStepsPastTheLastYearSaturate() {
        let clock = ContinuousClock()
        let start = clock.now
        #expect(PeriodGrid.adding(months: 18, to: Day(iso: "9998-07-01")!) == Day(iso: "9999-12-31"))
        #expect(PeriodGrid.adding(months: 17, to: Day(iso: "9998-07-31")!) == Day(iso: "9999-12-31"))
        #expect(PeriodGrid.adding(years: 8000, to: Day(iso: "2020-01-01")!) == Day.latest)
        #expect(PeriodGrid.adding(months: Int.max, to: Day(iso: "2020-01-01")!) == Day.latest)
        #expect(PeriodGrid.adding(months: Int.min, to: Day(iso: "2020-01-01")!) == Day.earliest)
        #expect(PeriodGrid.adding(months: -30_000, to: Day(iso: "2020-01-01")!) == Day.earliest)
        #expect((clock.now - start) < .seconds(1))
    }

    @Test func monthStepsInRangeClampTheDayOfTheMonth() {
        #expect(PeriodGrid.adding(months: 1, to: Day(iso: "2027-01-31")!) == Day(iso: "2027-02-28"))
        #expect(PeriodGrid.adding(months: 1, to: Day(iso: "2028-01-31")!) == Day(iso: "2028-02-29"))
        #expect(PeriodGrid.adding(months: -1, to: Day(iso: "2027-03-31")!) == Day(iso: "2027-02-28"))
        #expect(PeriodGrid.adding(years: 1, to: Day(iso: "2028-02-29")!) == Day(iso: "2029-02-28"))
        #expect(PeriodGrid.adding(months: 0, to: Day(iso: "9999-12-31")!) == Day.latest)
    }

    @Test func aRotationPolicyAtTheLastDateDoesNotTrap() {
        let policy = RotationPolicy(base: Policy(asOf: Day(iso: "9999-12-01")!))
        #expect(policy.start == Day.latest)
    }
}
