import Foundation
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

    /// A day is spelled as the year, month and day zero-padded to 4, 2 and 2 digits, from the first
    /// day to the last (random days and both ends).
    @Test func spellsEveryDayAsItsPaddedComponents() {
        var random = Mixer(state: 43)
        var checked = 0
        for n in 0..<20_000 {
            let ordinal = n < 2 ? [Day.earliestOrdinal, Day.latestOrdinal][n]
                : Int.random(in: Day.earliestOrdinal...Day.latestOrdinal, using: &random)
            let day = Day(ordinal: ordinal)
            let c = day.components
            let padded = String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
            #expect(day.iso == padded, "\(ordinal)")
            #expect(Day(iso: day.iso) == day, "\(ordinal)")
            checked += 1
        }
        #expect(checked == 20_000)
        #expect(Day.earliest.iso == "0001-01-01" && Day.latest.iso == "9999-12-31")
    }

    /// The byte-level reading accepts exactly what a reading by characters accepts: three fields of
    /// 4, 2 and 2 ASCII digits between hyphens, making a real date (random near-dates, synthetic).
    @Test func readsExactlyWhatTheCharacterFormAccepts() {
        func byCharacters(_ text: String) -> Day? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                  parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                  let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
            return Day(year: y, month: m, day: d)
        }
        var random = Mixer(state: 41)
        let pieces = ["0", "1", "2", "3", "9", "-", "/", " ", "+", "a", "\u{661}", "\u{FF11}", "\u{301}", "\r\n", "é", "²"]
        var accepted = 0, total = 0
        for n in 0..<20_000 {
            var bytes = Array(String(format: "%04d-%02d-%02d", Int.random(in: 0...9999, using: &random),
                                     Int.random(in: 0...13, using: &random), Int.random(in: 0...32, using: &random)))
            // Half the texts are well-formed; the rest have a character replaced, added or removed.
            if n % 2 == 1 {
                let k = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[k] = Character(pieces.randomElement(using: &random)!)
                case 1: bytes.insert(Character(pieces.randomElement(using: &random)!), at: k)
                default: bytes.remove(at: k)
                }
            }
            let text = String(bytes)
            #expect(Day(iso: text) == byCharacters(text), "\(text.debugDescription)")
            if Day(iso: text) != nil { accepted += 1 }
            total += 1
        }
        #expect(total == 20_000 && accepted >= 5_000)
    }
}

/// SplitMix64, for the random texts above.
private struct Mixer: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
