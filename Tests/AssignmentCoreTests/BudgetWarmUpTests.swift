import Testing
@testable import AssignmentCore
import SESSupport

@Suite("Budget warm-up of the multiplier search")
struct BudgetWarmUpTests {
    /// Four rows, each holding column `row` (stay, score 0), each with one move to column 4 + row.
    static func fourMovers(gains: [Double]) throws -> SparseAssignmentProblem {
        var arcs: [(row: Int, column: Int, score: Double)] = []
        for row in 0..<4 {
            arcs.append((row, row, 0))
            arcs.append((row, 4 + row, gains[row]))
        }
        return try SparseAssignmentProblem(rowCount: 4, columnCount: 8, arcs: arcs,
                                           mustAssign: [Bool](repeating: true, count: 4))
    }

    @Test("the price is the gain of the first row past the budget")
    func priceFromGains() throws {
        let problem = try Self.fourMovers(gains: [7, 3, 5, 1])
        let moves = (0..<problem.arcCount).filter { problem.arcRow[$0] != problem.arcColumn[$0] }
        let everyoneMoves: [Int?] = (0..<4).map { row in moves.first { Int(problem.arcRow[$0]) == row } }
        func price(_ rhs: Double) -> Double? {
            BudgetPrice.estimate(problem: problem, constraint: SideConstraint(arcs: moves, rhs: rhs),
                                 arcForRow: everyoneMoves, scores: problem.arcScore)
        }
        // Gains sorted: 7, 5, 3, 1; with room for k moves the price is the (k + 1)-th.
        #expect(price(0) == 7)
        #expect(price(1) == 5)
        #expect(price(2) == 3)
        #expect(price(3) == 1)
        #expect(price(4) == nil)  // not overspent
        #expect(price(2.5) == 3)  // room for two whole moves
        // Not a budget: a coefficient other than 1.
        let weighted = SideConstraint(arcs: moves, coefficients: [1, 2, 1, 1], rhs: 1)
        #expect(BudgetPrice.estimate(problem: problem, constraint: weighted, arcForRow: everyoneMoves,
                                     scores: problem.arcScore) == nil)
        // An optional row gains over staying unassigned (0) as well.
        let optional = try SparseAssignmentProblem(rowCount: 1, columnCount: 1, arcs: [(0, 0, 4)], mustAssign: [false])
        #expect(BudgetPrice.estimate(problem: optional, constraint: SideConstraint(arcs: [0], rhs: 0),
                                     arcForRow: [0], scores: optional.arcScore) == 4)
        // A must-assign row with no other arc cannot be priced out: no finite price meets the budget.
        let stuck = try SparseAssignmentProblem(rowCount: 1, columnCount: 1, arcs: [(0, 0, 4)], mustAssign: [true])
        #expect(BudgetPrice.estimate(problem: stuck, constraint: SideConstraint(arcs: [0], rhs: 0),
                                     arcForRow: [0], scores: stuck.arcScore) == nil)
    }

    @Test("the broadest overspent budget is priced by regula falsi until about met")
    func regulaFalsi() throws {
        let constraints = [
            SideConstraint(name: "narrow", arcs: [1, 2], rhs: 0),
            SideConstraint(name: "broad", arcs: Array(0..<100), rhs: 40),
            SideConstraint(name: "weighted", arcs: Array(0..<200), coefficients: [Double](repeating: 2, count: 200), rhs: 1),
        ]
        // Nothing overspent, or a single constraint: no warm-up.
        #expect(BudgetWarmUp(constraints: constraints, activity: [0, 40, 0]) == nil)
        #expect(BudgetWarmUp(constraints: [constraints[1]], activity: [100]) == nil)
        var warmUp = try #require(BudgetWarmUp(constraints: constraints, activity: [2, 100, 400]))
        #expect(warmUp.budget == 1)  // the weighted one is broader but not a budget
        #expect(warmUp.next(first: nil) == nil)
        #expect(warmUp.next(first: -1) == nil)
        #expect(warmUp.next(first: 10) == [0, 10, 0])
        #expect(warmUp.lastStep == 10)
        // Under the budget at 10 (excess −20); over at 0 (excess 60): 0 + 60 · 10 / 80 = 7.5.
        #expect(warmUp.next(price: 10, activity: 20) == [0, 7.5, 0])
        #expect(warmUp.lastStep == 2.5)
        // Over at 7.5 (excess 20): between 7.5 and 10, 7.5 + 20 · 2.5 / 40 = 8.75.
        #expect(warmUp.next(price: 7.5, activity: 60) == [0, 8.75, 0])
        // Over again (excess 10): the under end's excess is halved (Illinois), 8.75 + 10 · 1.25 / 20.
        #expect(warmUp.next(price: 8.75, activity: 50) == [0, 9.375, 0])
        // Within 3% of the budget (or 1): done.
        #expect(warmUp.next(price: 9.375, activity: 41) == nil)
    }

    @Test("still overspent at the first price: the price doubles; the steps are bounded")
    func doublingAndLimit() throws {
        let constraints = [SideConstraint(arcs: Array(0..<10), rhs: 1), SideConstraint(arcs: [0], rhs: 5)]
        var warmUp = try #require(BudgetWarmUp(constraints: constraints, activity: [9, 1]))
        #expect(warmUp.next(first: 2) == [2, 0])
        #expect(warmUp.next(price: 2, activity: 8) == [4, 0])
        #expect(warmUp.next(price: 4, activity: 7) == [8, 0])
        #expect(warmUp.next(price: 8, activity: 6) == [16, 0])
        #expect(warmUp.next(price: 16, activity: 5) == [32, 0])
        // BudgetWarmUp.maximumSteps evaluations after the one at λ = 0 (prices 2 to 32): done.
        #expect(warmUp.next(price: 32, activity: 4) == nil)
    }

    /// Stay-or-move instances with a move budget, a relocation budget inside it and a cap on some
    /// columns, all with coefficient 1: the search with the warm-up against brute force.
    @Test("several budgets: bound and incumbent agree with brute force")
    func versusBruteForce() throws {
        var rng = SplitMix64(seed: 515)
        var warmed = 0, optimal = 0
        let trials = 150
        for trial in 0..<trials {
            let rows = 6, columns = 8
            var arcs: [(row: Int, column: Int, score: Double)] = []
            for row in 0..<rows {
                for column in 0..<columns where column == row || rng.chance(0.55) {
                    let score = column == row ? 4 : Double(rng.int(0..<16)) + (trial % 2 == 0 ? 0 : rng.unit())
                    arcs.append((row, column, score))
                }
            }
            let problem = try SparseAssignmentProblem(
                rowCount: rows, columnCount: columns, arcs: arcs,
                mustAssign: (0..<rows).map { _ in rng.chance(0.8) })
            let moves = (0..<problem.arcCount).filter { problem.arcRow[$0] != problem.arcColumn[$0] }
            let relocations = moves.filter { _ in rng.chance(0.5) }
            let capped = Set((0..<columns).filter { _ in rng.chance(0.3) })
            let cap = (0..<problem.arcCount).filter { capped.contains(Int(problem.arcColumn[$0])) }
            let constraints = [
                SideConstraint(name: "moves", arcs: moves, rhs: Double(rng.int(0..<4))),
                SideConstraint(name: "relocations", arcs: relocations, rhs: Double(rng.int(0..<3))),
                SideConstraint(name: "cap", arcs: cap, rhs: Double(rng.int(0..<3))),
            ]
            let free = BruteForceAssignment(problem: problem).solve()
            if let choice = free.optimal.first {
                let moving = choice.compactMap { $0 }.filter { problem.arcRow[$0] != problem.arcColumn[$0] }.count
                if moving > Int(constraints[0].rhs) { warmed += 1 }
            }
            let solver = try LagrangianSolver(problem: problem, constraints: constraints,
                                              options: .init(maxIterations: 80))
            let result = try solver.solve()
            let brute = BruteForceAssignment(problem: problem, constraints: constraints).solve()
            let label = "trial \(trial)"
            guard let best = brute.best else {
                #expect(result.incumbent == nil, "\(label)")
                continue
            }
            #expect(result.upperBound >= best - 1e-7, "\(label): bound \(result.upperBound) < optimum \(best)")
            if let incumbent = result.incumbent {
                #expect(LagrangianSolverTests.isFeasible(incumbent.arcForRow, problem: problem,
                                                         constraints: constraints, pins: []), "\(label)")
                #expect(incumbent.objective <= best + 1e-7, "\(label)")
                if result.status == .optimal {
                    optimal += 1
                    #expect(abs(incumbent.objective - best) <= result.absoluteTolerance + 1e-9, "\(label)")
                }
            }
        }
        // Count guards: the broad budget is overspent at λ = 0 in many trials, and most close.
        #expect(warmed > trials / 3)
        #expect(optimal > trials / 2)
    }
}
