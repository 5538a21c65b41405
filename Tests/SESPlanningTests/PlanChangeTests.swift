import SESDomain
import Testing
@testable import SESPlanning

/// An explanation's "what if" dates only the moves a change can reach; it must agree with dating
/// the whole changed plan along its chains.
@Suite struct PlanChangeTests {
    @Test func localRedatingAgreesWithTheWholePlan() throws {
        var compared = 0, becameLate = 0
        for seed in 1...40 as ClosedRange<UInt64> {
            let instance = ChainInstances.make(seed: 9000 + seed, executives: 5 + Int(seed % 3), vacancies: 2)
            let problem = ReassignmentProblem(instance: instance)
            guard case .plans(let plans, _) = try Planner(problem: problem).run() else { continue }
            let explainer = try PlanExplainer(problem: problem, plan: plans[0])
            let chosen = explainer.chosen
            let before = Set(ChainDates(problem: problem, chosen: chosen).shortfall)
            for (i, mine) in problem.arcsOfExecutive.enumerated() {
                for a in mine where a != chosen[i] {
                    // Executive i takes arc a; whoever holds its seat in the plan takes i's old seat if
                    // they can, else stays unplaced or keeps their own seat (as the explanations do).
                    var adding: [Int?] = [a], removing: [Int?] = [chosen[i]]
                    if let h = explainer.holder[problem.arcs[a].position], problem.arcs[h].executive != i {
                        let f = problem.arcs[h].executive
                        let old = chosen[i].map { problem.arcs[$0].position }
                        let fallback = problem.arcsOfExecutive[f].first { b in
                            b != h && (problem.arcs[b].position == old || explainer.holder[problem.arcs[b].position] == nil)
                        }
                        guard fallback != nil || !problem.isPlaced[f] else { continue }
                        adding.append(fallback)
                        removing.append(h)
                    }
                    var next = chosen
                    for case let r? in removing { next[problem.arcs[r].executive] = nil }
                    for case let n? in adding { next[problem.arcs[n].executive] = n }
                    let whole = Set(ChainDates(problem: problem, chosen: next).shortfall)
                    let change = PlanChange(explainer: explainer, adding: adding, removing: removing)
                    let affected = Set(change.affectedPositions)
                    for j in problem.mustFillPositions {
                        let short = affected.contains(j) ? !change.isTimelyFilled(j) : before.contains(j)
                        #expect(short == whole.contains(j), "seed \(seed) E\(i + 1) arc \(a) position \(j)")
                        compared += 1
                        if short && !before.contains(j) { becameLate += 1 }
                    }
                }
            }
        }
        #expect(compared >= 2000 && becameLate >= 100, "compared \(compared), became late \(becameLate)")
    }
}
