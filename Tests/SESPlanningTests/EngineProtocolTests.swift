import LinearProgramming
import SESDomain
import Testing
@testable import SESPlanning

/// Both engines, called through ``PlanEngine`` on the same instances, end the same way under the
/// one termination policy: the same optimum with no gap requested; with a gap, a proven plan
/// (optimal or a gap stop carrying its gap) within the gap of the other engine's bound.
@Suite struct EngineProtocolTests {
    /// What a termination says, whichever engine gave it.
    enum Kind: Equatable {
        case proven, timeLimit, infeasible, numericalTrouble, other
        init(_ termination: Termination) {
            switch termination {
            case .optimal, .feasible: self = .proven
            case .timeLimit: self = .timeLimit
            case .infeasible: self = .infeasible
            case .numericalTrouble: self = .numericalTrouble
            case .unbounded, .infeasibleOrUnbounded: self = .other
            }
        }
    }

    /// The first plan's solve by the fast engine and by plain GLPK, in that order.
    static func solveBoth(_ problem: ReassignmentProblem, gap: Double) throws -> [PlanSolution] {
        var engines: [any PlanEngine] = [FastEngine(problem: problem), GLPKEngine(problem: problem)]
        var results: [PlanSolution] = []
        for index in engines.indices {
            var chainCuts: [ChainCut] = []
            results.append(try engines[index].solve(cuts: [], chainCuts: &chainCuts, previousObjective: nil,
                                                    parameters: SolveParameters(relativeGap: gap)))
        }
        return results
    }

    /// Checks two engines' results against the policy; returns whether a plan was compared.
    static func agree(_ results: [PlanSolution], gap: Double, _ label: String) -> Bool {
        let (fast, glpk) = (results[0], results[1])
        #expect(Kind(fast.termination) == Kind(glpk.termination),
                "\(label): fast \(fast.termination), glpk \(glpk.termination)")
        guard let a = fast.objective, let b = glpk.objective else { return false }
        let scale = max(1, abs(a), abs(b))
        for result in results {
            let objective = result.objective ?? .nan
            let bound = result.bestBound ?? .nan
            #expect(bound >= objective - 1e-6 * scale, "\(label): bound \(bound) below objective \(objective)")
            switch result.termination {
            case .optimal:
                #expect((result.relativeGap ?? 0) <= 1e-6, "\(label): optimal with gap \(result.relativeGap ?? .nan)")
            case .feasible:
                #expect(gap > 0, "\(label): a gap stop with no gap requested")
                #expect((result.relativeGap ?? .infinity) <= gap + 1e-9, "\(label): gap stop with gap \(result.relativeGap ?? .nan)")
            default:
                Issue.record("\(label): \(result.termination)")
            }
        }
        if gap == 0 {
            #expect(fast.termination == .optimal && glpk.termination == .optimal, "\(label)")
            #expect(abs(a - b) <= 1e-6 * scale, "\(label): fast \(a), glpk \(b)")
        } else {
            #expect(a >= (glpk.bestBound ?? b) - gap * scale - 1e-6 * scale, "\(label): fast \(a) vs glpk bound")
            #expect(b >= (fast.bestBound ?? a) - gap * scale - 1e-6 * scale, "\(label): glpk \(b) vs fast bound")
        }
        return true
    }

    @Test("random instances, with and without a requested gap, end the same way in both engines")
    func randomInstances() throws {
        var compared = 0
        for seed in 1...8 {
            var instance = RandomInstances.make(seed: UInt64(6100 + seed), executives: 25 + 4 * seed, positions: 30 + 4 * seed)
            instance.policy.limits.maxMoves = 2 + seed % 3
            let problem = ReassignmentProblem(instance: instance)
            for gap in [0, 0.01, 0.1] {
                if Self.agree(try Self.solveBoth(problem, gap: gap), gap: gap, "seed \(seed) gap \(gap)") { compared += 1 }
            }
        }
        #expect(compared >= 20, "only \(compared) of 24 solves compared")
    }

    @Test("thousands of executives with four-decimal scores: the same optimum, and gap stops within the gap",
          arguments: [(2_000, [0, 0.002]), (3_000, [0])])
    func thousandsOfExecutives(executives: Int, gaps: [Double]) throws {
        let instance = ScoredInstances.make(seed: UInt64(executives), executives: executives, vacancies: executives / 10)
        let problem = ReassignmentProblem(instance: instance)
        #expect(problem.arcs.count >= 3 * executives, "only \(problem.arcs.count) lawful pairs")
        #expect(problem.instance.scores?.allSatisfy { ($0.score * 10_000).rounded() / 10_000 == $0.score } == true)
        var compared = 0
        for gap in gaps {
            let results = try Self.solveBoth(problem, gap: gap)
            if Self.agree(results, gap: gap, "\(executives) executives, gap \(gap)") { compared += 1 }
            // Reported so the log shows how each engine ended.
            print("\(executives) executives, gap \(gap): " + results.map {
                "\($0.termination) \($0.objective ?? .nan) bound \($0.bestBound ?? .nan) in \(Int($0.seconds * 1000)) ms"
            }.joined(separator: "; "))
        }
        #expect(compared == gaps.count)
    }

    @Test("scores that add up beyond a finite objective are numerical trouble in both engines, and the planner says so")
    func overflowingScores() throws {
        var instance = ScoredInstances.make(seed: 41, executives: 30, vacancies: 4)
        instance.scores = instance.scores?.map { PairScore(executiveID: $0.executiveID, positionID: $0.positionID, score: 1e307) }
        let problem = ReassignmentProblem(instance: instance)
        let results = try Self.solveBoth(problem, gap: 0)
        #expect(results.count == 2)
        for result in results {
            #expect(result.termination.isNumericalTrouble, "\(result.termination)")
            #expect(!result.termination.isTimeLimit && result.objective == nil && result.chosen.isEmpty)
        }
        for engine in [Planner.Engine.fast, .glpk] {
            do {
                let outcome = try Planner(problem: problem, engine: engine).run()
                Issue.record("\(engine): \(outcome) instead of numerical trouble")
            } catch let error as PlanningError {
                guard case .numericalTrouble = error else { Issue.record("\(engine): \(error)"); continue }
                #expect(error.description.contains("numerical trouble") && error.description.contains("no plan is written"))
            }
        }
    }
}
