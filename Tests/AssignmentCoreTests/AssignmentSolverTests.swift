import Testing
import AssignmentCore
import SESSupport
@testable import sesplan_bench

@Suite("Assignment solver")
struct AssignmentSolverTests {
    static let methods: [AssignmentSolver.Method] = [.sparse, .dense]

    @Test("matches brute force on small random instances, with an optimal dual", arguments: methods)
    func exactVersusBruteForce(method: AssignmentSolver.Method) throws {
        var rng = SplitMix64(seed: method == .sparse ? 1 : 2)
        var feasibleCount = 0
        var infeasibleCount = 0
        for trial in 0..<400 {
            let problem = RandomProblems.make(
                &rng, rows: rng.int(1..<7), columns: rng.int(1..<8), density: 0.2 + 0.7 * rng.unit(),
                mustProbability: rng.unit(), integerScores: trial % 2 == 0)
            let options = AssignmentSolver.Options(decompose: trial % 3 != 0, parallel: trial % 5 == 0, method: method)
            let outcome = try AssignmentSolver(problem: problem, options: options).solve()
            let brute = BruteForceAssignment(problem: problem).solve()
            switch outcome {
            case let .optimal(solution):
                feasibleCount += 1
                let best = try #require(brute.best, "trial \(trial): solver feasible, brute force infeasible")
                #expect(abs(solution.objective - best) < 1e-7, "trial \(trial)")
                #expect(DualCheck.issues(solution, problem: problem) == [], "trial \(trial)")
            case let .infeasible(row):
                infeasibleCount += 1
                #expect(brute.best == nil, "trial \(trial): solver infeasible, brute force \(brute.best ?? 0)")
                #expect(problem.mustAssign[row], "trial \(trial): reported row \(row) is optional")
            }
        }
        #expect(feasibleCount > 100)
        #expect(infeasibleCount > 20)
    }

    @Test("an unmatched must-assign row is reported")
    func infeasibleMustAssign() throws {
        // Rows 0 and 1 must be assigned but both can only take column 0.
        let problem = try SparseAssignmentProblem(
            rowCount: 3, columnCount: 2,
            arcs: [(0, 0, 5), (1, 0, 3), (2, 0, 1), (2, 1, 1)],
            mustAssign: [true, true, false])
        for method in Self.methods {
            let outcome = try AssignmentSolver(problem: problem, options: .init(method: method)).solve()
            guard case let .infeasible(row) = outcome else {
                Issue.record("expected infeasible with \(method)")
                continue
            }
            #expect(row == 0 || row == 1)
        }
        // A must-assign row without arcs.
        let lonely = try SparseAssignmentProblem(
            rowCount: 2, columnCount: 1, arcs: [(0, 0, 1)], mustAssign: [false, true])
        guard case .infeasible(row: 1) = try AssignmentSolver(problem: lonely).solve() else {
            Issue.record("expected row 1 infeasible")
            return
        }
    }

    @Test("optional rows stay unassigned rather than take negative scores")
    func optionalRowsPreferUnassigned() throws {
        let problem = try SparseAssignmentProblem(
            rowCount: 2, columnCount: 2, arcs: [(0, 0, -3), (0, 1, -1), (1, 1, 2)], mustAssign: [false, false])
        for method in Self.methods {
            let solution = try #require(try AssignmentSolver(problem: problem, options: .init(method: method)).solve().solution)
            #expect(solution.arcForRow == [nil, 2])
            #expect(solution.objective == 2)
            #expect(DualCheck.issues(solution, problem: problem) == [])
        }
    }

    @Test("empty problems and columns without arcs")
    func degenerateShapes() throws {
        let empty = try SparseAssignmentProblem(rowCount: 0, columnCount: 3, arcRow: [], arcColumn: [], arcScore: [], mustAssign: [])
        let solution = try #require(try AssignmentSolver(problem: empty).solve().solution)
        #expect(solution.objective == 0)
        #expect(solution.columnPotential == [0, 0, 0])
        let noArcs = try SparseAssignmentProblem(
            rowCount: 2, columnCount: 2, arcRow: [], arcColumn: [], arcScore: [], mustAssign: [false, false])
        let unassigned = try #require(try AssignmentSolver(problem: noArcs).solve().solution)
        #expect(unassigned.arcForRow == [nil, nil])
    }

    @Test("components solved separately give the same optimum as solved together")
    func componentsSeparatelyAndTogether() throws {
        var rng = SplitMix64(seed: 7)
        for trial in 0..<6 {
            let problem = RandomProblems.blocks(&rng, blockCount: 8, rows: 25, columns: 30, density: 0.3)
            let split = AssignmentSolver(problem: problem, options: .init(decompose: true, parallel: trial % 2 == 0))
            let whole = AssignmentSolver(problem: problem, options: .init(decompose: false))
            #expect(split.componentCount >= 8)
            #expect(whole.componentCount == 1)
            let a = try #require(try split.solve().solution)
            let b = try #require(try whole.solve().solution)
            #expect(abs(a.objective - b.objective) < 1e-9)
            #expect(DualCheck.issues(a, problem: problem) == [])
            #expect(DualCheck.issues(b, problem: problem) == [])
            // Parallel solving is deterministic.
            let c = try #require(try split.solve().solution)
            #expect(c.arcForRow == a.arcForRow)
            #expect(c.columnPotential == a.columnPotential)
        }
    }

    @Test("dense and sparse paths agree on medium instances")
    func denseAgreesWithSparse() throws {
        var rng = SplitMix64(seed: 11)
        for trial in 0..<8 {
            let rows = 60 + rng.int(0..<80)
            let problem = RandomProblems.make(
                &rng, rows: rows, columns: rows + rng.int(0..<40), density: 0.3 + 0.6 * rng.unit(),
                mustProbability: trial % 2 == 0 ? 1 : 0.7, integerScores: trial % 3 != 0, scoreRange: -50...500)
            let sparse = try AssignmentSolver(problem: problem, options: .init(method: .sparse)).solve()
            let dense = try AssignmentSolver(problem: problem, options: .init(method: .dense)).solve()
            switch (sparse, dense) {
            case let (.optimal(a), .optimal(b)):
                #expect(abs(a.objective - b.objective) < 1e-6 * max(1, abs(a.objective)), "trial \(trial)")
                #expect(DualCheck.issues(a, problem: problem, tolerance: 1e-6) == [], "trial \(trial)")
                #expect(DualCheck.issues(b, problem: problem, tolerance: 1e-6) == [], "trial \(trial)")
            case (.infeasible, .infeasible):
                break
            default:
                Issue.record("trial \(trial): paths disagree on feasibility")
            }
        }
    }

    @Test("automatic method picks the dense path only for dense components")
    func automaticDensity() throws {
        var rng = SplitMix64(seed: 5)
        let dense = RandomProblems.make(&rng, rows: 250, columns: 250, density: 0.9, mustProbability: 1)
        let sparse = RandomProblems.make(&rng, rows: 250, columns: 250, density: 0.05, mustProbability: 1)
        let denseSolver = AssignmentSolver(problem: dense)
        let sparseSolver = AssignmentSolver(problem: sparse)
        #expect(denseSolver.componentMethods == [.dense])
        #expect(sparseSolver.componentMethods.allSatisfy { $0 == .sparse })
    }

    @Test("score overrides and warm starts stay exact")
    func warmStartsStayExact() throws {
        var rng = SplitMix64(seed: 13)
        for trial in 0..<300 {
            let problem = RandomProblems.make(
                &rng, rows: rng.int(1..<7), columns: rng.int(1..<8), density: 0.3 + 0.6 * rng.unit(),
                mustProbability: rng.unit(), integerScores: trial % 2 == 0)
            let solver = AssignmentSolver(problem: problem, options: .init(method: .sparse))
            guard let first = try solver.solve().solution else { continue }
            var scores = problem.arcScore
            for arc in scores.indices where rng.chance(0.4) { scores[arc] -= Double(rng.int(0..<6)) + rng.unit() * 0.5 }
            let warm = try #require(try solver.solve(scores: scores, warmStart: first).solution)
            let best = try #require(BruteForceAssignment(problem: problem, scores: scores).solve().best)
            #expect(abs(warm.objective - best) < 1e-7, "trial \(trial)")
            #expect(DualCheck.issues(warm, problem: problem, scores: scores) == [], "trial \(trial)")
        }
        // A larger chain of perturbations, warm against cold.
        let problem = RandomProblems.make(&rng, rows: 300, columns: 340, density: 0.05, mustProbability: 0.8)
        let solver = AssignmentSolver(problem: problem)
        var previous = try #require(try solver.solve().solution)
        var scores = problem.arcScore
        for step in 0..<10 {
            for arc in scores.indices where rng.chance(0.3) { scores[arc] -= 0.5 * Double(step + 1) }
            let warm = try #require(try solver.solve(scores: scores, warmStart: previous).solution)
            let cold = try #require(try solver.solve(scores: scores).solution)
            #expect(abs(warm.objective - cold.objective) < 1e-7, "step \(step)")
            #expect(DualCheck.issues(warm, problem: problem, scores: scores) == [], "step \(step)")
            previous = warm
        }
    }

    @Test("warm starts after scores move both ways stay exact (freed columns keep their potential)")
    func warmStartsBothWaysStayExact() throws {
        var rng = SplitMix64(seed: 29)
        var checked = 0
        for trial in 0..<400 {
            let problem = RandomProblems.make(
                &rng, rows: rng.int(1..<8), columns: rng.int(1..<9), density: 0.3 + 0.6 * rng.unit(),
                mustProbability: rng.unit(), integerScores: trial % 2 == 0)
            let solver = AssignmentSolver(problem: problem, options: .init(decompose: trial % 2 == 0, method: .sparse))
            guard var previous = try solver.solve().solution else { continue }
            var scores = problem.arcScore
            // A chain of moves up and down, like the multipliers of a relaxation going back and forth.
            for step in 0..<4 {
                for arc in scores.indices where rng.chance(0.5) {
                    scores[arc] += (rng.chance(0.5) ? 1 : -1) * (Double(rng.int(0..<8)) + (trial % 2 == 0 ? 0 : rng.unit()))
                }
                let brute = BruteForceAssignment(problem: problem, scores: scores).solve().best
                guard let warm = try solver.solve(scores: scores, warmStart: previous).solution else {
                    #expect(brute == nil, "trial \(trial) step \(step): warm infeasible, brute force \(brute ?? 0)")
                    break
                }
                let best = try #require(brute, "trial \(trial) step \(step)")
                #expect(abs(warm.objective - best) < 1e-7, "trial \(trial) step \(step)")
                #expect(DualCheck.issues(warm, problem: problem, scores: scores) == [], "trial \(trial) step \(step)")
                checked += 1
                previous = warm
            }
        }
        #expect(checked > 600)
        // Larger chains, warm against cold, with the certificate checked each time.
        for seed in [31, 37] as [UInt64] {
            var rng = SplitMix64(seed: seed)
            let problem = RandomProblems.make(&rng, rows: 400, columns: 420, density: 0.04, mustProbability: 0.7)
            let solver = AssignmentSolver(problem: problem)
            var previous = try #require(try solver.solve().solution)
            var scores = problem.arcScore
            for step in 0..<12 {
                for arc in scores.indices where rng.chance(0.3) {
                    scores[arc] += (step % 2 == 0 ? -1 : 0.6) * Double(rng.int(1..<9))
                }
                let warm = try #require(try solver.solve(scores: scores, warmStart: previous).solution)
                let cold = try #require(try solver.solve(scores: scores).solution)
                #expect(abs(warm.objective - cold.objective) < 1e-7, "seed \(seed) step \(step)")
                #expect(DualCheck.issues(warm, problem: problem, scores: scores) == [], "seed \(seed) step \(step)")
                previous = warm
            }
        }
    }

    @Test("larger sparse instance: dual certificate holds")
    func largerSparseCertificate() throws {
        let problem = try AssignmentBenchmark.sparseProblem(
            rows: 900, columns: 1100, arcsPerRow: 40, optionalFraction: 0.2, seed: 3)
        let solution = try #require(try AssignmentSolver(problem: problem).solve().solution)
        #expect(DualCheck.issues(solution, problem: problem) == [])
    }

    @Test("dense benchmark core agrees with the public solver")
    func denseBenchmarkAgrees() throws {
        let core = AssignmentBenchmark.denseRandom(n: 120, seed: 9)
        let api = try AssignmentBenchmark.denseRandomThroughSolver(n: 120, seed: 9)
        #expect(core.objective == api.objective)
        let costs = AssignmentBenchmark.denseCosts(n: 120, seed: 9)
        let problem = try SparseAssignmentProblem(
            rowCount: 120, columnCount: 120,
            arcRow: (0..<14400).map { Int32($0 / 120) }, arcColumn: (0..<14400).map { Int32($0 % 120) },
            arcScore: costs.map { -$0 }, mustAssign: [Bool](repeating: true, count: 120))
        let sparse = try #require(try AssignmentSolver(problem: problem, options: .init(method: .sparse)).solve().solution)
        #expect(-sparse.objective == core.objective)
    }

    @Test("SplitMix64 stream matches the published reference values")
    func splitMixReference() {
        // Reference outputs of SplitMix64 seeded with 1234567 (Vigna's splitmix64.c).
        #expect(SplitMix64.value(seed: 1_234_567, index: 0) == 6_457_827_717_110_365_317)
        #expect(SplitMix64.value(seed: 1_234_567, index: 1) == 3_203_168_211_198_807_973)
        var rng = SplitMix64(seed: 1_234_567)
        #expect(rng.next() == SplitMix64.value(seed: 1_234_567, index: 0))
        #expect(rng.next() == SplitMix64.value(seed: 1_234_567, index: 1))
    }
}
