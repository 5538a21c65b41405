import LinearProgramming
import SESDomain
import SESSupport
import Testing
@testable import SESPlanning

/// The fast engine's optimality proof, tested directly: the reduced-cost certificate bounds every
/// lawful plan (checked against every plan of small instances), and the widening of the
/// restricted arc set visits every threshold in order until all arcs are in.
@Suite struct FixingCertificateTests {
    /// Every complete assignment of a small problem that obeys its limits and pins.
    static func everyPlan(_ problem: ReassignmentProblem, _ visit: ([Int?]) -> Void) {
        let n = problem.instance.executives.count
        var choice = [Int?](repeating: nil, count: n)
        var used = Set<Int>()
        func recurse(_ i: Int) {
            if i == n { visit(choice); return }
            var options: [Int?] = problem.arcsOfExecutive[i].map { Optional($0) }
            if !problem.isPlaced[i] { options.append(nil) }
            for option in options {
                if let a = option {
                    guard used.insert(problem.arcs[a].position).inserted else { continue }
                    choice[i] = a
                    recurse(i + 1)
                    used.remove(problem.arcs[a].position)
                } else {
                    choice[i] = nil
                    recurse(i + 1)
                }
            }
        }
        recurse(0)
    }

    @Test("L − Σ rc bounds the value of every lawful plan, and the engine's plan attains the optimum")
    func certificateBoundsEveryPlan() throws {
        var certified = 0, plansChecked = 0
        for seed in 1...60 {
            let instance = RandomInstances.make(seed: UInt64(7700 + seed), executives: 6, positions: 8)
            let problem = ReassignmentProblem(instance: instance)
            var engine = FastEngine(problem: problem)
            var chainCuts: [ChainCut] = []
            let solution = try engine.solve(cuts: [], chainCuts: &chainCuts, parameters: SolveParameters())
            guard let c = engine.certificate else { continue }  // solved by GLPK on the whole model
            certified += 1
            #expect(c.reducedCosts.count == problem.arcs.count)
            #expect(c.reducedCosts.allSatisfy { $0 >= -c.tolerance }, "seed \(seed): a negative reduced cost")
            var best: Double?
            Self.everyPlan(problem) { choice in
                guard let value = BruteForce.evaluate(problem, choice, excluded: [], minDifference: 1,
                                                      followChains: false) else { return }
                plansChecked += 1
                let penalty = choice.compactMap { $0 }.reduce(0.0) { $0 + c.reducedCosts[$1] }
                #expect(value <= c.bound - penalty + 1e-6,
                        "seed \(seed): a plan worth \(value) above L − Σrc = \(c.bound - penalty)")
                let chained = BruteForce.evaluate(problem, choice, excluded: [], minDifference: 1) ?? -.infinity
                best = max(best ?? chained, chained)
            }
            if solution.termination == .optimal, let best, let objective = solution.objective {
                #expect(abs(objective - best) < 1e-6, "seed \(seed): engine \(objective), best \(best)")
            }
        }
        #expect(certified >= 20, "only \(certified) instances went through the certificate")
        #expect(plansChecked >= 1000, "only \(plansChecked) plans checked")
    }

    @Test("widening: thresholds come in increasing order and reach every finite arc")
    func wideningReachesEveryArc() {
        var rng = SplitMix64(seed: 41)
        var cases = 0
        for _ in 0..<300 {
            let count = rng.int(in: 1...30)
            let costs: [Double] = (0..<count).map { _ in
                rng.chance(0.1) ? .infinity : Double(rng.int(in: 0...20)) * 0.25
            }
            let tolerance = 1e-9
            let c = FixingCertificate(bound: 100, reducedCosts: costs, tolerance: tolerance, keep: rng.int(in: 1...10))
            let finite = costs.filter(\.isFinite)
            // The compact threshold keeps at least `keep` arcs (or all finite ones).
            let kept = costs.indices.filter { c.keeps($0, delta: c.compactThreshold) }.count
            #expect(kept >= min(finite.count, 1))
            var delta = c.compactThreshold
            var steps = 0
            var previous = costs.indices.filter { c.keeps($0, delta: delta) }
            while let next = c.nextThreshold(above: delta) {
                #expect(next > delta)
                // Nothing lies strictly between the two thresholds.
                #expect(!finite.contains { $0 > delta + tolerance && $0 < next })
                delta = next
                let now = costs.indices.filter { c.keeps($0, delta: delta) }
                #expect(now.count > previous.count && Set(previous).isSubset(of: Set(now)))
                previous = now
                steps += 1
                if steps > count { Issue.record("widening did not end"); break }
            }
            // Finally every arc with a finite reduced cost is in, and no infinite one.
            #expect(previous.count == finite.count)
            cases += 1
        }
        #expect(cases == 300)
    }
}
