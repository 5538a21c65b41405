import Testing
@testable import SESDomain

/// One executive per position: a move waits for the holder of its seat to leave, down the chain
/// to a vacant seat, and the moves of a cycle take effect together.
@Suite struct VacancyChainScheduleTests {
    static let d0 = Day(iso: "2026-12-01")!
    static func day(_ n: Int) -> Day { d0.adding(days: n) }
    typealias Move = VacancyChainSchedule.Move

    @Test func aChainWaitsForItsLatestLeaver() {
        // 0 → seat 1 (held by mover 1), 1 → seat 2 (held by mover 2), 2 → vacant seat 9.
        let s = VacancyChainSchedule(moves: [Move(from: 0, to: 1, earliest: Self.day(15)),
                                             Move(from: 1, to: 2, earliest: Self.day(5)),
                                             Move(from: 2, to: 9, earliest: Self.day(60))])
        #expect(s.effective == [Self.day(60), Self.day(60), Self.day(60)])
        #expect(s.leaver == [1, 2, nil])
        #expect(s.waitsFor(0) == 1 && s.waitsFor(1) == 2 && s.waitsFor(2) == nil)
        #expect(s.early.isEmpty)
    }

    @Test func aMoveLaterThanItsLeaverDoesNotWait() {
        let s = VacancyChainSchedule(moves: [Move(from: 0, to: 1, earliest: Self.day(60)),
                                             Move(from: 1, to: 9, earliest: Self.day(15))])
        #expect(s.effective == [Self.day(60), Self.day(15)])
        #expect(s.waitsFor(0) == nil && s.leaver[0] == 1)
    }

    @Test func aCycleTakesEffectTogetherAndItsFeederWaits() {
        // A rotation of three (seats 1 → 2 → 3 → 1), and a placement into seat 4, whose holder leaves on day 30.
        let s = VacancyChainSchedule(moves: [Move(from: 1, to: 2, earliest: Self.day(15)),
                                             Move(from: 2, to: 3, earliest: Self.day(90)),
                                             Move(from: 3, to: 1, earliest: Self.day(0)),
                                             Move(from: nil, to: 4, earliest: Self.day(0)),
                                             Move(from: 4, to: 8, earliest: Self.day(30))])
        #expect(Array(s.effective[0...2]) == [Self.day(90), Self.day(90), Self.day(90)])
        #expect(s.waitsFor(0) == 1 && s.waitsFor(1) == nil && s.waitsFor(2) == 0)
        #expect(s.effective[3] == Self.day(30) && s.waitsFor(3) == 4)
    }

    @Test func aSwapOnOneDateWaitsForNobody() {
        let s = VacancyChainSchedule(moves: [Move(from: 1, to: 2, earliest: Self.day(15)),
                                             Move(from: 2, to: 1, earliest: Self.day(15))])
        #expect(s.effective == [Self.day(15), Self.day(15)])
        #expect(s.waitsFor(0) == nil && s.waitsFor(1) == nil)
    }

    @Test func fixedDatesAreCheckedNotMoved() {
        // 0 enters seat 1 on day 20, but its holder leaves on day 60; 2 has no date and follows 3's fixed one.
        let s = VacancyChainSchedule(moves: [Move(from: 0, to: 1, earliest: Self.day(20), fixed: true),
                                             Move(from: 1, to: 9, earliest: Self.day(60), fixed: true),
                                             Move(from: 5, to: 6, earliest: Self.day(15)),
                                             Move(from: 6, to: 7, earliest: Self.day(40), fixed: true)])
        #expect(s.effective == [Self.day(20), Self.day(60), Self.day(40), Self.day(40)])
        #expect(s.early.map(\.move) == [0] && s.early.map(\.leaver) == [1])
        #expect(s.waitsFor(0) == nil && s.waitsFor(2) == 3)
        // A fixed swap on two dates: the earlier entry is too early.
        let swap = VacancyChainSchedule(moves: [Move(from: 1, to: 2, earliest: Self.day(15), fixed: true),
                                                Move(from: 2, to: 1, earliest: Self.day(30), fixed: true)])
        #expect(swap.early.map(\.move) == [0])
    }

    @Test func staysNeitherWaitNorAreWaitedFor() {
        let s = VacancyChainSchedule(moves: [Move(from: 1, to: 1, earliest: Self.day(0)),
                                             Move(from: 2, to: 1, earliest: Self.day(15))])
        #expect(s.leaver == [nil, nil] && s.effective == [Self.day(0), Self.day(15)])
    }

    /// On random functional graphs the schedule is the least solution of
    /// `date(k) >= own(k)`, `date(k) >= date(leaver(k))` for free moves.
    @Test func randomSchedulesAreTheLeastConsistentDates() {
        var checked = 0, waited = 0
        var state: UInt64 = 7
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<300 {
            let n = 1 + next(8)
            // A permutation of seats 0..<n+2: mover k leaves seat k (or is placed) and takes a distinct seat.
            var seats = Array(0..<(n + 2))
            for i in stride(from: seats.count - 1, to: 0, by: -1) { seats.swapAt(i, next(i + 1)) }
            let moves = (0..<n).map { k in
                Move(from: next(6) == 0 ? nil : k, to: seats[k], earliest: Self.day(next(90)), fixed: next(5) == 0)
            }
            let s = VacancyChainSchedule(moves: moves)
            // Seats numbered far apart (looked up by dictionary, not by table) give the same schedule.
            let far = VacancyChainSchedule(moves: moves.map {
                Move(from: $0.from.map { 1_000_003 * $0 + 7 }, to: 1_000_003 * $0.to + 7, earliest: $0.earliest, fixed: $0.fixed)
            })
            #expect(far.effective == s.effective && far.leaver == s.leaver)
            for k in 0..<n {
                if moves[k].fixed {
                    #expect(s.effective[k] == moves[k].earliest)
                    continue
                }
                let floor = s.leaver[k].map { max(moves[k].earliest, s.effective[$0]) } ?? moves[k].earliest
                // Consistent, and least: the date is the own or fixed date of a move down its chain.
                #expect(s.effective[k] == floor)
                var reachable: [Day] = []
                var c: Int? = k
                var steps = 0
                while let m = c, steps <= n {
                    reachable.append(moves[m].earliest)
                    c = moves[m].fixed ? nil : s.leaver[m]
                    steps += 1
                }
                #expect(reachable.contains(s.effective[k]) && reachable.allSatisfy { $0 <= s.effective[k] })
                if s.waitsFor(k) != nil { waited += 1 }
                checked += 1
            }
        }
        #expect(checked >= 800 && waited >= 100, "checked \(checked), waited \(waited)")
    }
}
