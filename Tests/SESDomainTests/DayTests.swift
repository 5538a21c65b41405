import Testing
@testable import SESDomain

@Suite struct DayTests {
    @Test func roundTripsISODates() {
        for text in ["1970-01-01", "2000-02-29", "2026-12-01", "1899-12-31", "2100-03-01"] {
            #expect(Day(iso: text)?.iso == text)
        }
        #expect(Day(iso: "1970-01-01")?.ordinal == 0)
        #expect(Day(iso: "2000-03-01")!.ordinal - Day(iso: "2000-02-28")!.ordinal == 2)
    }

    @Test func rejectsImpossibleOrMalformedDates() {
        for text in ["2025-02-29", "2026-13-01", "2026-04-31", "26-01-01", "2026/01/01", "2026-1-01", "", "abcd-ef-gh", "2026-01-01T00"] {
            #expect(Day(iso: text) == nil, "\(text)")
        }
    }

    @Test func addsDays() {
        #expect(Day(iso: "2026-12-01")!.adding(days: 60).iso == "2027-01-30")
        #expect(Day(iso: "2026-12-01")!.adding(days: 15).iso == "2026-12-16")
    }
}
