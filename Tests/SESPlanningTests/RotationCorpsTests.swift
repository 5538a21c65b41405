import Foundation
import SESDomain
import Testing
@testable import SESPlanning
@testable import SESRotations
@testable import SESSupport

/// Corps mode: who is considered, the legal filters, limits per component and quarter, and the
/// optimum against brute force.
@Suite struct RotationCorpsTests {
    static let asOf = Day(iso: "2026-12-10")!

    static func policy(quarters: Int = 4) -> RotationPolicy {
        var policy = RotationPolicy(base: Policy(asOf: asOf, ecqFramework: .ecq2025))
        policy.quarters = quarters
        return policy
    }

    static func executive(_ id: String, years: Double, agency: String = "A", component: String = "X",
                          appointment: Appointment = .career, transfer: Bool = false, volunteer: Bool = false,
                          disclosure: Bool = false, moratorium: Day? = nil, waived: Bool = false) -> Executive {
        Executive(id: id, name: "Name \(id)", appointment: appointment, agency: agency, component: component,
                  positionID: "P-\(id)", positionStart: asOf.adding(days: -Int(years * 365.25)), willingTransfer: transfer,
                  volunteer: volunteer, noticeWaived: waived, protectedDisclosure: disclosure, moratoriumUntil: moratorium)
    }

    @Test func lawAndTimingDecideWhoCanRotateWhen() throws {
        let executives = [
            Self.executive("Due", years: 3.5),
            Self.executive("Overdue", years: 6),
            Self.executive("New", years: 1),                               // not due within a year
            Self.executive("Political", years: 6, appointment: .noncareer), // not in the rotation program
            Self.executive("Held", years: 6, disclosure: true),
            Self.executive("Stays", years: 6, agency: "B", component: "V"), // only a host in another agency; unwilling
            Self.executive("Moratorium", years: 4, component: "Z", moratorium: Day(iso: "2027-05-15")!),
        ]
        let hosts = [RotationHost(id: "Home", agency: "A", component: "W", capacity: 3),
                     RotationHost(id: "Away", agency: "B", component: "V", capacity: 3)]
        var policy = Self.policy()
        policy.outside = .component
        let problem = CorpsProblem(executives: executives, hosts: hosts, policy: policy)
        #expect(problem.executives.map(\.id) == ["Due", "Overdue", "Held", "Stays", "Moratorium"])
        #expect(problem.notConsidered == 2)
        #expect(problem.overdue == [false, true, true, true, false])
        // No transfer for the unwilling, nothing for the held executive.
        #expect(problem.options.allSatisfy { hosts[$0.host].agency == "A" })
        #expect(problem.optionsOfExecutive[2].isEmpty)
        // Notice: 60 days from as_of (possibly outside the commuting area); moratorium: not before its end.
        #expect(problem.options.allSatisfy { $0.effective >= Self.asOf.adding(days: 60) })
        #expect(problem.optionsOfExecutive[4].allSatisfy { problem.options[$0].effective >= Day(iso: "2027-05-15")! })

        guard case .schedule(let schedule) = try CorpsScheduler(problem: problem).run() else { Issue.record("no schedule"); return }
        let people = Dictionary(uniqueKeysWithValues: schedule.people.map { ($0.id, $0) })
        #expect(people["Held"]?.reason?.contains("protected disclosure") == true)
        #expect(people["Stays"]?.reason?.contains("not willing to transfer") == true)
        #expect(people["Overdue"]?.status == .scheduled && people["Due"]?.status == .scheduled)
        #expect(schedule.summary.overdueUnplaced == 2)
        let overdueRotation = schedule.assignments.first { $0.personID == "Overdue" }
        #expect(overdueRotation?.firstPeriod == 1 && overdueRotation?.overdue == true)

        policy.requireAll = true
        guard case .infeasible = try CorpsScheduler(problem: CorpsProblem(executives: executives, hosts: hosts, policy: policy)).run()
        else { Issue.record("require_all should fail with two overdue executives unplaced"); return }
    }

    @Test func componentLimitsSpreadRotationsOverQuarters() throws {
        let executives = (1...6).map { Self.executive("E\($0)", years: 6) }
        let hosts = [RotationHost(id: "H", agency: "A", component: "W", capacity: 10)]
        var policy = Self.policy(quarters: 4)
        policy.componentLimits = ["x": 2]
        let problem = CorpsProblem(executives: executives, hosts: hosts, policy: policy)
        #expect(problem.components.map(\.limit) == [2])
        guard case .schedule(let schedule) = try CorpsScheduler(problem: problem).run() else { Issue.record("no schedule"); return }
        let perQuarter = Dictionary(grouping: schedule.assignments, by: \.firstPeriod).mapValues(\.count)
        #expect(perQuarter.values.allSatisfy { $0 <= 2 })
        #expect(schedule.summary.scheduled == 6)
        // Without an explicit limit a quarter of the component, rounded up: 2 of 6.
        policy.componentLimits = [:]
        #expect(CorpsProblem(executives: executives, hosts: hosts, policy: policy).components.map(\.limit) == [2])
    }

    /// Brute force over every executive's choice (no rotation, or one option).
    static func bruteForce(_ problem: CorpsProblem) -> Double {
        var best = -Double.infinity
        var hostLoad: [String: Int] = [:], componentLoad: [String: Int] = [:]
        func search(_ e: Int, _ value: Double) {
            if e == problem.executives.count { best = max(best, value); return }
            let executive = problem.executives[e]
            // Not placed (an overdue executive costs the penalty).
            search(e + 1, value - (problem.overdue[e] ? problem.penalty : 0))
            for o in problem.optionsOfExecutive[e] {
                let option = problem.options[o]
                let hk = "\(option.host)|\(option.quarter)"
                let ck = "\(executive.agency.lowercased())|\(executive.component.lowercased())|\(option.quarter)"
                let limit = problem.components[problem.componentOfExecutive[e]].limit
                guard hostLoad[hk, default: 0] < problem.hosts[option.host].capacity, componentLoad[ck, default: 0] < limit else { continue }
                hostLoad[hk, default: 0] += 1; componentLoad[ck, default: 0] += 1
                search(e + 1, value + option.score)
                hostLoad[hk]! -= 1; componentLoad[ck]! -= 1
            }
        }
        search(0, 0)
        return best
    }

    @Test(arguments: 1...10)
    func optimumMatchesBruteForce(seed: Int) throws {
        var rng = SplitMix64(seed: UInt64(seed), stream: "corps")
        let executives = (0..<(4 + seed % 2)).map { i in
            Self.executive("E\(i)", years: Double(rng.int(in: 20...70)) / 10, agency: rng.pick(["A", "B"]),
                           component: rng.pick(["X", "Y"]), transfer: rng.chance(0.5), volunteer: rng.chance(0.3),
                           moratorium: rng.chance(0.2) ? Self.asOf.adding(days: 150) : nil, waived: rng.chance(0.3))
        }
        let hosts = (0..<2).map { RotationHost(id: "H\($0)", agency: rng.pick(["A", "B"]), component: rng.pick(["X", "Y", "Z"]),
                                               capacity: 1, availableTo: rng.chance(0.3) ? Self.asOf.adding(days: 250) : nil) }
        var policy = Self.policy(quarters: 3)
        policy.maxSharePerQuarter = 0.5
        policy.outside = seed % 2 == 0 ? .component : .position
        let problem = CorpsProblem(executives: executives, hosts: hosts, policy: policy)
        guard case .schedule(let schedule) = try CorpsScheduler(problem: problem).run() else { Issue.record("no schedule"); return }
        #expect(abs(schedule.objective - Self.bruteForce(problem)) < 1e-6, "seed \(seed)")
        #expect(schedule.status == .optimal)
        for a in schedule.assignments {
            let e = problem.executives.first { $0.id == a.personID }!
            #expect(a.hostAgency == e.agency || e.willingTransfer)
            #expect(a.start <= (a.earliestEffective ?? a.start) && (a.earliestEffective ?? a.end) <= a.end)
        }
    }
}
