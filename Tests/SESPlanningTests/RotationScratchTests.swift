import Foundation
import LinearProgramming
import SESDomain
import SESIO
import Testing
@testable import SESPlanning

@Suite struct RotationScratchTests {
    @Test func bench() throws {
        guard ProcessInfo.processInfo.environment["ROT_SCRATCH"] != nil else { return }
        var rng = SplitMix64(seed: 50)
        let agencies = (0..<12).map { "Agency \($0)" }
        let comps = agencies.map { a in (0..<4).map { "\(a) Comp \($0)" } }
        var policy = RotationPolicy(base: Policy(asOf: Day(iso: "2026-11-15")!))
        policy.months = 24
        policy.outside = .component
        let start = policy.start
        var hosts: [RotationHost] = []
        for i in 0..<80 {
            let a = rng.int(in: 0...11)
            let minM = Double(rng.int(in: 2...4))
            var from: Day? = nil, to: Day? = nil
            if rng.chance(0.25) { from = PeriodGrid.adding(months: rng.int(in: 1...6), to: start) }
            if rng.chance(0.25) { to = PeriodGrid.adding(months: 24 - rng.int(in: 1...6), to: start).adding(days: -1) }
            hosts.append(RotationHost(id: "H\(i)", agency: agencies[a], component: comps[a][rng.int(in: 0...3)],
                capacity: rng.chance(0.7) ? 1 : (rng.chance(0.8) ? 2 : 3), availableFrom: from, availableTo: to,
                develops: rng.sample(Array(0..<5), count: rng.int(in: 1...3)), minMonths: minM, maxMonths: minM + Double(rng.int(in: 0...3))))
        }
        var cands: [RotationCandidate] = []
        for i in 0..<50 {
            let a = rng.int(in: 0...11)
            var un: [DayRange] = []
            for _ in 0..<rng.int(in: 0...2) {
                let f = start.adding(days: rng.int(in: 0...700))
                un.append(DayRange(first: f, last: f.adding(days: rng.int(in: 6...30))))
            }
            cands.append(RotationCandidate(id: "C\(i)", agency: agencies[a], component: comps[a][rng.int(in: 0...3)],
                needs: rng.sample(Array(0..<5), count: rng.int(in: 1...3)), unavailable: un,
                preferredHosts: rng.sample(hosts.map(\.id), count: rng.int(in: 0...3))))
        }
        let t0 = Date()
        let problem = RotationProblem(candidates: cands, hosts: hosts, policy: policy)
        let m = RotationModel(problem: problem)
        print("options", problem.options.count, "vars", m.model.variableCount, "rows", m.model.constraintCount, "build", Date().timeIntervalSince(t0))
        let cuts = ProcessInfo.processInfo.environment["ROT_CUTS"] != nil
        let lp = try m.model.solve(SolveParameters(relaxIntegrality: true))
        print("LP", lp.termination, lp.objective ?? .nan, lp.seconds)
        var fr = 0
        var fc = Set<Int>()
        for (o, v) in m.optionVariables.enumerated() { let x = lp.value(of: v); if x > 1e-6 && x < 1 - 1e-6 { fr += 1; fc.insert(problem.options[o].candidate) } }
        print("fractional y", fr, "candidates", fc.sorted())
        for c in fc.sorted().prefix(4) {
            print("cand", c, "needs", cands[c].needs, "u", lp.value(of: m.unscheduledVariables[c]!))
            for o in problem.optionsOfCandidate[c] { let x = lp.value(of: m.optionVariables[o]); if x > 1e-6 { let op = problem.options[o]; print("  h", op.host, "dev", hosts[op.host].develops, "s", op.start, "len", op.length, "cov", op.coverageDays, "score", op.score, "x", x, "cap", hosts[op.host].capacity) } }
        }
        if ProcessInfo.processInfo.environment["ROT_LPONLY"] != nil { return }
        let r = try m.model.solve(SolveParameters(timeLimit: 120, cuts: cuts, progress: { p in print(p.elapsed, p.incumbent ?? .nan, p.bestBound ?? .nan) }))
        print("MIP", r.termination, r.objective ?? .nan, r.bestBound ?? .nan, r.seconds)
    }
}
