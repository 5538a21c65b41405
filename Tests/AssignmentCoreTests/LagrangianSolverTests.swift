import Testing
import AssignmentCore
import SESSupport

@Suite("Lagrangian solver")
struct LagrangianSolverTests {
    /// Independent feasibility check (does not use the solver's own verification).
    static func isFeasible(
        _ arcForRow: [Int?], problem: SparseAssignmentProblem, constraints: [SideConstraint], pins: [Int]
    ) -> Bool {
        var used = Set<Int>()
        for row in 0..<problem.rowCount {
            guard let arc = arcForRow[row] else {
                if problem.mustAssign[row] { return false }
                continue
            }
            if Int(problem.arcRow[arc]) != row { return false }
            if !used.insert(Int(problem.arcColumn[arc])).inserted { return false }
        }
        for pin in pins where arcForRow[Int(problem.arcRow[pin])] != pin { return false }
        let chosen = Set(arcForRow.compactMap { $0 })
        for constraint in constraints {
            var lhs = 0.0
            for (arc, coefficient) in zip(constraint.arcs, constraint.coefficients) where chosen.contains(arc) {
                lhs += coefficient
            }
            if lhs > constraint.rhs + 1e-9 { return false }
        }
        return true
    }

    static func randomPins(_ rng: inout SplitMix64, problem: SparseAssignmentProblem) -> [Int] {
        guard problem.arcCount > 0, rng.chance(0.35) else { return [] }
        var pins: [Int] = []
        var rows = Set<Int32>()
        var columns = Set<Int32>()
        for _ in 0..<(1 + rng.int(0..<2)) {
            let arc = rng.int(0..<problem.arcCount)
            if rows.contains(problem.arcRow[arc]) || columns.contains(problem.arcColumn[arc]) { continue }
            rows.insert(problem.arcRow[arc])
            columns.insert(problem.arcColumn[arc])
            pins.append(arc)
        }
        return pins
    }

    @Test(
        "bound ≥ brute-force optimum ≥ feasible incumbent; fixed arcs are in no optimal solution",
        arguments: [LagrangianSolver.MultiplierMethod.automatic, .subgradient])
    func versusBruteForce(method: LagrangianSolver.MultiplierMethod) throws {
        var rng = SplitMix64(seed: method == .automatic ? 21 : 22)
        var withIncumbent = 0
        var provenOptimal = 0
        var fixedArcs = 0
        var infeasible = 0
        var checkedCosts = 0
        for trial in 0..<400 {
            let problem = RandomProblems.make(
                &rng, rows: rng.int(2..<7), columns: rng.int(2..<8), density: 0.3 + 0.6 * rng.unit(),
                mustProbability: 0.7 * rng.unit(), integerScores: trial % 2 == 0)
            let constraints = RandomProblems.constraints(
                &rng, problem: problem, count: rng.int(0..<4), allowNegative: trial % 4 == 0)
            let pins = Self.randomPins(&rng, problem: problem)
            let solver = try LagrangianSolver(
                problem: problem, constraints: constraints, pinnedArcs: pins,
                options: .init(
                    multiplierMethod: method, maxIterations: 60,
                    assignment: .init(method: trial % 3 == 0 ? .dense : .sparse)))
            let result = try solver.solve()
            let brute = BruteForceAssignment(problem: problem, constraints: constraints, pins: pins).solve()
            let label = "trial \(trial)"

            if case .infeasible = result.status {
                infeasible += 1
                #expect(brute.best == nil, "\(label)")
                continue
            }
            if let best = brute.best {
                #expect(result.upperBound >= best - 1e-7, "\(label): bound \(result.upperBound) < optimum \(best)")
            }
            if let incumbent = result.incumbent {
                withIncumbent += 1
                #expect(Self.isFeasible(incumbent.arcForRow, problem: problem, constraints: constraints, pins: pins), "\(label)")
                let recomputed = incumbent.chosenArcs.reduce(0) { $0 + problem.arcScore[$1] }
                #expect(abs(recomputed - incumbent.objective) < 1e-9, "\(label)")
                let best = try #require(brute.best, "\(label): incumbent for an infeasible problem")
                #expect(incumbent.objective <= best + 1e-7, "\(label)")
                if result.status == .optimal {
                    provenOptimal += 1
                    #expect(abs(incumbent.objective - best) <= result.absoluteTolerance + 1e-9, "\(label)")
                }
            } else if result.status == .sideConstraintsInfeasible {
                infeasible += 1
                #expect(brute.best == nil, "\(label): proven infeasible but brute force found \(brute.best ?? 0)")
            } else {
                #expect(result.status == .noIncumbent, "\(label)")
            }
            // The dual certificate at the best multipliers.
            let pinned = Set(pins)
            var dual = result.rowPotentials.reduce(0, +) + result.columnPotentials.reduce(0, +)
            for (k, constraint) in constraints.enumerated() { dual += result.multipliers[k] * constraint.rhs }
            #expect(abs(dual - result.upperBound) < 1e-6 * max(1, abs(dual)), "\(label)")
            #expect(result.multipliers.allSatisfy { $0 >= 0 }, "\(label)")
            for reduced in result.reducedCosts where reduced.isFinite {
                #expect(reduced >= -1e-7, "\(label)")
            }
            // Worked out on first use, they are `u + v − score'` of each arc the pins leave, and
            // the result knew them to be numbers without working them out.
            #expect(result.reducedCostsAreNumbers, "\(label)")
            if !result.rowPotentials.isEmpty {
                var modified = problem.arcScore
                for (k, constraint) in constraints.enumerated() {
                    for (index, arc) in constraint.arcs.enumerated() {
                        modified[arc] -= result.multipliers[k] * constraint.coefficient(at: index)
                    }
                }
                for arc in 0..<problem.arcCount where result.reducedCosts[arc].isFinite {
                    let expected = result.rowPotentials[Int(problem.arcRow[arc])]
                        + result.columnPotentials[Int(problem.arcColumn[arc])] - modified[arc]
                    #expect(abs(result.reducedCosts[arc] - expected) <= 1e-9 * max(1, abs(expected)),
                            "\(label), arc \(arc)")
                    checkedCosts += 1
                }
            }
            // Reduced-cost fixing never removes an arc of an optimal solution.
            let fixable = solver.fixableArcs(result)
            fixedArcs += fixable.filter { $0 }.count
            for arc in pinned { #expect(!fixable[arc], "\(label)") }
            for optimal in brute.optimal {
                for arc in optimal.compactMap({ $0 }) {
                    #expect(!fixable[arc], "\(label): optimal arc \(arc) marked fixable")
                }
            }
        }
        #expect(withIncumbent > 150)
        #expect(provenOptimal > 100)
        #expect(fixedArcs > 200)
        #expect(checkedCosts > 2000)
        #expect(infeasible > 5)
    }

    @Test("without side constraints the assignment optimum is proven optimal")
    func noSideConstraints() throws {
        var rng = SplitMix64(seed: 3)
        let problem = RandomProblems.make(&rng, rows: 40, columns: 50, density: 0.2, mustProbability: 0.5)
        let result = try LagrangianSolver(problem: problem, constraints: []).solve()
        let direct = try #require(try AssignmentSolver(problem: problem).solve().solution)
        #expect(result.status == .optimal)
        #expect(result.iterations == 1)
        #expect(result.incumbent?.objective == direct.objective)
        #expect(result.upperBound == direct.objective)
    }

    @Test("pins are honoured and conflicting arcs are fixable")
    func pinsHonoured() throws {
        let problem = try SparseAssignmentProblem(
            rowCount: 2, columnCount: 2,
            arcs: [(0, 0, 10), (0, 1, 1), (1, 0, 1), (1, 1, 10)],
            mustAssign: [false, false])
        let solver = try LagrangianSolver(problem: problem, constraints: [], pinnedArcs: [1])
        let result = try solver.solve()
        #expect(result.status == .optimal)
        #expect(result.incumbent?.arcForRow == [1, 2])
        #expect(result.incumbent?.objective == 2)
        #expect(solver.fixableArcs(result) == [true, false, false, true])
        #expect(result.reducedCosts[0] == .infinity)
    }

    @Test("an infeasible must-assign row is reported")
    func infeasibleReported() throws {
        let problem = try SparseAssignmentProblem(
            rowCount: 2, columnCount: 1, arcs: [(0, 0, 1), (1, 0, 2)], mustAssign: [true, true])
        let result = try LagrangianSolver(problem: problem, constraints: [SideConstraint(arcs: [0], rhs: 1)]).solve()
        guard case .infeasible = result.status else {
            Issue.record("expected infeasible, got \(result.status)")
            return
        }
        #expect(result.incumbent == nil)
    }

    @Test("a move budget on stay-or-move instances: bound, incumbent and fixing")
    func moveBudget() throws {
        var rng = SplitMix64(seed: 99)
        var optimal = 0
        let trials = 40
        for trial in 0..<trials {
            // Each row owns column `row` (its stay arc); extra columns are vacancies.
            let rows = 6
            let columns = 7
            var arcs: [(row: Int, column: Int, score: Double)] = []
            for row in 0..<rows {
                for column in 0..<columns where column == row || rng.chance(0.5) {
                    arcs.append((row, column, column == row ? 5 : Double(rng.int(0..<15))))
                }
            }
            let problem = try SparseAssignmentProblem(
                rowCount: rows, columnCount: columns, arcs: arcs, mustAssign: [Bool](repeating: true, count: rows))
            let moves = (0..<problem.arcCount).filter { problem.arcRow[$0] != problem.arcColumn[$0] }
            let budget = SideConstraint(name: "moves", arcs: moves, rhs: Double(rng.int(0..<4)))
            let stay = (0..<rows).map { problem.arc(row: $0, column: $0) }
            let solver = try LagrangianSolver(problem: problem, constraints: [budget])
            let result = try solver.solve(startingSolution: stay)
            let best = try #require(BruteForceAssignment(problem: problem, constraints: [budget]).solve().best)
            let incumbent = try #require(result.incumbent, "trial \(trial)")
            #expect(incumbent.objective <= best + 1e-9)
            #expect(result.upperBound >= best - 1e-9)
            if result.status == .optimal { optimal += 1 }
        }
        // One budget constraint is minimised exactly; most of these close.
        #expect(optimal > trials / 2)
    }

    @Test("a budget stored without coefficients behaves exactly as one with explicit ones")
    func unitCoefficientsAreOnes() throws {
        let implicit = SideConstraint(name: "moves", arcs: [0, 2, 3], rhs: 1)
        let explicit = SideConstraint(name: "moves", arcs: [0, 2, 3], coefficients: [1, 1, 1], rhs: 1)
        #expect(implicit.hasUnitCoefficients && !explicit.hasUnitCoefficients)
        #expect(implicit.coefficients == [1, 1, 1])
        #expect(implicit == explicit)
        #expect(implicit != SideConstraint(name: "moves", arcs: [0, 2, 3], coefficients: [1, 2, 1], rhs: 1))
        var rng = SplitMix64(seed: 41)
        var compared = 0
        for trial in 0..<60 {
            let problem = RandomProblems.make(&rng, rows: rng.int(2..<7), columns: rng.int(2..<8), density: 0.6,
                                              mustProbability: 0.5)
            let chosen = (0..<problem.arcCount).filter { _ in rng.chance(0.5) }
            let rhs = Double(rng.int(0..<3))
            let pins = Self.randomPins(&rng, problem: problem)
            guard let unit = try? LagrangianSolver(problem: problem, constraints: [SideConstraint(arcs: chosen, rhs: rhs)],
                                                   pinnedArcs: pins),
                  let ones = try? LagrangianSolver(
                      problem: problem,
                      constraints: [SideConstraint(arcs: chosen, coefficients: chosen.map { _ in 1 }, rhs: rhs)],
                      pinnedArcs: pins)
            else { continue }
            let a = try unit.solve(), b = try ones.solve()
            #expect(a.status == b.status, "trial \(trial)")
            #expect(a.upperBound == b.upperBound || (a.upperBound.isNaN && b.upperBound.isNaN), "trial \(trial)")
            #expect(a.incumbent?.arcForRow == b.incumbent?.arcForRow, "trial \(trial)")
            compared += 1
        }
        #expect(compared > 30)
    }

    @Test("a feasible starting solution is the first incumbent")
    func startingSolution() throws {
        let problem = try SparseAssignmentProblem(
            rowCount: 2, columnCount: 2,
            arcs: [(0, 0, 1), (0, 1, 9), (1, 0, 9), (1, 1, 1)],
            mustAssign: [true, true])
        // No swaps allowed at all.
        let solver = try LagrangianSolver(
            problem: problem, constraints: [SideConstraint(arcs: [1, 2], rhs: 0)],
            options: .init(maxIterations: 1, repairAttempts: 0))
        let result = try solver.solve(startingSolution: [0, 3])
        #expect(result.incumbent?.arcForRow == [0, 3])
        #expect(result.incumbent?.objective == 2)
        #expect(solver.verify([1, 2]) == nil)
        #expect(solver.verify([0, 3]) == [0])
    }
}
