import Testing
@testable import LinearProgramming
import SESSupport

@Suite("Mixed-integer programs")
struct MIPSolveTests {
    @Test("0/1 knapsack matches brute-force enumeration", arguments: [1, 2, 3, 4, 5] as [UInt64])
    func knapsack(seed: UInt64) throws {
        let knapsack = Knapsack(seed: seed, items: 14)
        let (model, x) = knapsack.model()
        let result = try model.solve()
        #expect(result.isMIP)
        #expect(result.termination == .optimal)
        let optimum = knapsack.bruteForceOptimum()
        #expect(approximately(result.objective, optimum))
        #expect(approximately(result.bestBound, optimum))
        #expect(x.allSatisfy { [0.0, 1.0].contains(result.value(of: $0)) })
        let weight = zip(x, knapsack.weights).reduce(0) { $0 + result.value(of: $1.0) * $1.1 }
        #expect(weight <= knapsack.capacity + 1e-9)
    }

    @Test("assignment problem matches brute force over permutations", arguments: [11, 12, 13] as [UInt64])
    func assignment(seed: UInt64) throws {
        let n = 6
        var rng = SplitMix64(seed: seed)
        let cost = (0..<n).map { _ in (0..<n).map { _ in Double(rng.int(in: 1...99)) } }
        let best = permutations(n).map { perm in perm.enumerated().reduce(0.0) { $0 + cost[$1.offset][$1.element] } }.min()!

        var model = Model(name: "assignment")
        var x: [[Variable]] = []
        for i in 0..<n { x.append((0..<n).map { j in model.addBinary(name: "x[E\(i),P\(j)]") }) }
        for i in 0..<n { model.addConstraint(.sum(x[i]), .equal, 1, name: "executive\(i)") }
        for j in 0..<n { model.addConstraint(.sum((0..<n).map { x[$0][j] }), .equal, 1, name: "position\(j)") }
        var objective = LinearExpression()
        for i in 0..<n { for j in 0..<n { objective.addTerm(x[i][j], cost[i][j]) } }
        model.setObjective(objective, .minimize)

        let result = try model.solve(SolveParameters(cuts: true))
        #expect(result.termination == .optimal)
        #expect(approximately(result.objective, best))
        for i in 0..<n {
            #expect(abs(x[i].reduce(0) { $0 + result.value(of: $1) } - 1) < 1e-9)
        }
    }

    @Test("integer-infeasible MIP with feasible relaxation")
    func infeasibleMIP() throws {
        var model = Model()
        let x = model.addVariable(kind: .integer)
        let y = model.addVariable(kind: .integer)
        model.addConstraint(2 * x + 2 * y, .equal, 3)
        model.setObjective(x + y, .minimize)
        let result = try model.solve()
        #expect(result.termination == .infeasible)
        #expect(result.values.isEmpty)
    }

    @Test("unbounded MIP")
    func unboundedMIP() throws {
        var model = Model()
        let x = model.addVariable(kind: .integer)
        let y = model.addVariable()
        model.addConstraint(x - y, .lessOrEqual, 1)
        model.setObjective(x + y, .maximize)
        #expect(try model.solve().termination == .unbounded)
    }

    @Test("MIP with unbounded relaxation but no integer point is infeasible")
    func infeasibleWithUnboundedRelaxation() throws {
        var model = Model()
        let x = model.addVariable(kind: .integer)
        let y = model.addVariable()
        model.addConstraint(2 * x, .equal, 1)
        model.setObjective(LinearExpression(y), .maximize)
        #expect(try model.solve().termination == .infeasible)
    }

    @Test("fractional bounds on integer variables are rounded; empty domains are infeasible")
    func integerBounds() throws {
        var model = Model()
        let x = model.addVariable(lowerBound: 0.5, upperBound: 3.7, kind: .integer)
        model.setObjective(LinearExpression(x), .maximize)
        model.addConstraint(LinearExpression(x), .greaterOrEqual, 0)
        let result = try model.solve()
        #expect(approximately(result.objective, 3))

        var empty = Model()
        let y = empty.addVariable(lowerBound: 0.2, upperBound: 0.8, kind: .integer)
        empty.setObjective(LinearExpression(y), .maximize)
        #expect(try empty.solve().termination == .infeasible)
        #expect(try empty.solve(SolveParameters(relaxIntegrality: true)).termination == .optimal)

        var binary = Model()
        let b = binary.addBinary()
        binary.setBounds(b, lower: 2, upper: 3)
        binary.setObjective(LinearExpression(b), .maximize)
        #expect(try binary.solve().termination == .infeasible)
    }

    @Test("time limit stops a hard MIP quickly")
    func timeLimit() throws {
        let model = hardMultiKnapsack(seed: 99)
        let result = try model.solve(SolveParameters(timeLimit: 0.05))
        switch result.termination {
        case .timeLimit(let hasSolution):
            #expect(hasSolution == !result.values.isEmpty)
            #expect(hasSolution == (result.objective != nil))
        case .feasible:
            break
        default:
            Issue.record("unexpected termination \(result.termination)")
        }
        #expect(result.seconds < 3)
        if let bound = result.bestBound, let objective = result.objective {
            #expect(bound >= objective - 1e-6)
        }
    }

    @Test("relative gap parameter stops early with a valid bound")
    func relativeGap() throws {
        let model = hardMultiKnapsack(seed: 5, items: 50, dimensions: 5)
        let result = try model.solve(SolveParameters(timeLimit: 20, relativeGap: 0.02))
        #expect(result.termination == .feasible || result.termination == .optimal)
        let objective = try #require(result.objective)
        let bound = try #require(result.bestBound)
        #expect(bound >= objective - 1e-6)
        #expect(try #require(result.relativeGap) <= 0.02 + 1e-9)
    }

    @Test("initial solution is accepted and the result is still optimal")
    func initialSolution() throws {
        let knapsack = Knapsack(seed: 21, items: 14)
        let (model, _) = knapsack.model()
        let start = knapsack.greedySolution()
        let result = try model.solve(SolveParameters(initialSolution: start))
        #expect(result.termination == .optimal)
        #expect(approximately(result.objective, knapsack.bruteForceOptimum()))

        // Nearly integral values are rounded before use.
        let noisy = start.map { $0 == 1 ? 1 - 1e-9 : 1e-9 }
        #expect(try model.solve(SolveParameters(initialSolution: noisy)).termination == .optimal)
    }

    @Test("an initial solution is returned when time runs out immediately")
    func initialSolutionWithZeroTime() throws {
        let model = hardMultiKnapsack(seed: 3)
        let start = [Double](repeating: 0, count: model.variableCount)
        let result = try model.solve(SolveParameters(timeLimit: 0, initialSolution: start))
        #expect(result.hasSolution)
        #expect(try #require(result.objective) >= 0)
        #expect(result.values.count == model.variableCount)
    }

    @Test("invalid initial solutions are rejected before solving")
    func invalidInitialSolution() throws {
        let knapsack = Knapsack(seed: 4, items: 8)
        let (model, _) = knapsack.model()
        #expect(throws: ModelError.self) { try model.solve(SolveParameters(initialSolution: [1, 0])) }
        var withNaN = [Double](repeating: 0, count: 8)
        withNaN[3] = .nan
        #expect(throws: ModelError.self) { try model.solve(SolveParameters(initialSolution: withNaN)) }
        let overweight = [Double](repeating: 1, count: 8)
        do {
            _ = try model.solve(SolveParameters(initialSolution: overweight))
            Issue.record("expected an error")
        } catch {
            guard case .infeasibleInitialSolution(let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(message.contains("constraint #0"))
        }
        let fractional = [Double](repeating: 0.5, count: 8)
        #expect(throws: ModelError.self) { try model.solve(SolveParameters(initialSolution: fractional)) }
    }

    @Test("progress callback reports during branch-and-cut")
    func progress() throws {
        let recorder = Recorder<SolveProgress>()
        let model = hardMultiKnapsack(seed: 8, items: 50, dimensions: 5)
        let result = try model.solve(SolveParameters(timeLimit: 1.2, progress: { recorder.append($0) }))
        #expect(result.isMIP)
        let reports = recorder.values
        #expect(!reports.isEmpty)
        #expect(reports.count <= 3)
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.elapsed < $1.elapsed })
        for report in reports {
            #expect(report.elapsed >= 0)
            if let incumbent = report.incumbent, let bound = report.bestBound {
                #expect(bound >= incumbent - 1e-6)
                #expect(report.relativeGap != nil)
            }
        }
    }

    @Test("a progress callback may itself solve another model")
    func nestedSolve() throws {
        let inner = Recorder<Double>()
        let model = hardMultiKnapsack(seed: 12, items: 50, dimensions: 5)
        let printed = try capturingStandardOutput {
            let result = try model.solve(SolveParameters(timeLimit: 0.3, progress: { _ in
                let knapsack = Knapsack(seed: 77, items: 10)
                if let objective = try? knapsack.model().0.solve().objective { inner.append(objective) }
            }))
            #expect(result.hasSolution)
        }
        #expect(!inner.values.isEmpty)
        #expect(inner.values.allSatisfy { $0 == Knapsack(seed: 77, items: 10).bruteForceOptimum() })
        #expect(!printed.contains("GLPK"))
    }
}
