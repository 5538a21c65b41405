import Testing
@testable import LinearProgramming

@Suite("Linear programs")
struct LPSolveTests {
    /// Hillier & Lieberman's Wyndor Glass problem: optimum 36 at (2, 6).
    func wyndor() -> (Model, Variable, Variable) {
        var model = Model(name: "wyndor")
        let x = model.addVariable(name: "doors")
        let y = model.addVariable(name: "windows")
        model.addConstraint(LinearExpression(x), .lessOrEqual, 4, name: "plant1")
        model.addConstraint(2 * y, .lessOrEqual, 12, name: "plant2")
        model.addConstraint(3 * x + 2 * y, .lessOrEqual, 18, name: "plant3")
        model.setObjective(3 * x + 5 * y, .maximize)
        return (model, x, y)
    }

    @Test("textbook two-variable LP")
    func textbook() throws {
        let (model, x, y) = wyndor()
        let result = try model.solve()
        #expect(result.termination == .optimal)
        #expect(!result.isMIP)
        #expect(approximately(result.objective, 36))
        #expect(approximately(result.bestBound, 36))
        #expect(approximately(result.relativeGap, 0))
        #expect(approximately(result.value(of: x), 2))
        #expect(approximately(result.value(of: y), 6))
        #expect(approximately(result.value(of: 3 * x + 5 * y), 36))
        #expect(result.seconds >= 0)
    }

    @Test("objective constant and constraint constants")
    func constants() throws {
        var (model, x, y) = wyndor()
        model.setObjective(3 * x + 5 * y + 10, .maximize)
        // x + y + 2 <= 6 means x + y <= 4: optimum moves to (0, 4) with 3x+5y = 20.
        model.addConstraint(x + y + 2, .lessOrEqual, 6)
        let result = try model.solve()
        #expect(result.termination == .optimal)
        #expect(approximately(result.objective, 30))
        #expect(approximately(result.value(of: y), 4))
    }

    @Test("equality and range constraints")
    func equalityAndRange() throws {
        var model = Model()
        let x = model.addVariable(name: "x")
        let y = model.addVariable(name: "y")
        model.addConstraint(x + 2 * y, .equal, 4)
        model.addConstraint(x - y, lowerBound: 1, upperBound: 2)
        model.setObjective(x + y, .minimize)
        let result = try model.solve()
        #expect(result.termination == .optimal)
        #expect(approximately(result.objective, 3))
        #expect(approximately(result.value(of: x), 2))
        #expect(approximately(result.value(of: y), 1))
    }

    @Test("free variables, infinite bounds given explicitly, and fixing with setBounds")
    func boundsHandling() throws {
        var model = Model()
        let x = model.addVariable(name: "x", lowerBound: -.infinity, upperBound: .infinity)
        model.addConstraint(LinearExpression(x), .greaterOrEqual, -3)
        model.setObjective(LinearExpression(x), .minimize)
        #expect(approximately(try model.solve().objective, -3))

        var (wyndorModel, doors, _) = wyndor()
        wyndorModel.setBounds(doors, lower: 1, upper: 1)
        let fixed = try wyndorModel.solve()
        #expect(approximately(fixed.objective, 33))
        #expect(approximately(fixed.value(of: doors), 1))
    }

    @Test("infeasible LP")
    func infeasible() throws {
        var model = Model()
        let x = model.addVariable()
        let y = model.addVariable()
        model.addConstraint(x + y, .lessOrEqual, 1)
        model.addConstraint(x + y, .greaterOrEqual, 2)
        model.setObjective(x + y, .maximize)
        let result = try model.solve()
        #expect(result.termination == .infeasible)
        #expect(result.objective == nil)
        #expect(result.values.isEmpty)
        #expect(result.value(of: x).isNaN)
    }

    @Test("unbounded LP")
    func unbounded() throws {
        var model = Model()
        let x = model.addVariable()
        let y = model.addVariable()
        model.addConstraint(x - y, .lessOrEqual, 1)
        model.setObjective(x + y, .maximize)
        let result = try model.solve()
        #expect(result.termination == .unbounded)
        #expect(!result.hasSolution)
    }

    @Test("LP that is both primal and dual infeasible is reported infeasible")
    func infeasibleAndDualInfeasible() throws {
        var model = Model()
        let x = model.addVariable()
        let y = model.addVariable(lowerBound: nil)
        model.addConstraint(LinearExpression(x), .lessOrEqual, -1)
        model.setObjective(LinearExpression(y), .maximize)
        let result = try model.solve()
        #expect(result.termination == .infeasible)
    }

    @Test("empty models solve without GLPK trouble")
    func emptyModels() throws {
        let empty = try Model().solve()
        #expect(empty.termination == .optimal)
        #expect(empty.objective == 0)
        #expect(empty.values.isEmpty)

        var constantObjective = Model()
        constantObjective.setObjective(5, .maximize)
        #expect(try constantObjective.solve().objective == 5)

        var rowsOnly = Model()
        rowsOnly.addConstraint(LinearExpression(constant: 3), .lessOrEqual, 5)
        #expect(try rowsOnly.solve().termination == .optimal)
        rowsOnly.addConstraint(LinearExpression(constant: 3), .lessOrEqual, 1)
        #expect(try rowsOnly.solve().termination == .infeasible)

        var columnsOnly = Model()
        let x = columnsOnly.addVariable(lowerBound: 2)
        columnsOnly.setObjective(LinearExpression(x), .minimize)
        let result = try columnsOnly.solve()
        #expect(result.termination == .optimal)
        #expect(approximately(result.value(of: x), 2))

        var columnsOnlyMIP = Model()
        let n = columnsOnlyMIP.addVariable(upperBound: 3.5, kind: .integer)
        columnsOnlyMIP.setObjective(LinearExpression(n), .maximize)
        let mip = try columnsOnlyMIP.solve()
        #expect(mip.termination == .optimal)
        #expect(mip.isMIP)
        #expect(approximately(mip.objective, 3))
    }

    @Test("constraints without terms or bounds are harmless")
    func degenerateRows() throws {
        var (model, _, _) = wyndor()
        model.addConstraint(LinearExpression(), lowerBound: nil, upperBound: nil, name: "free")
        model.addConstraint(LinearExpression(), .lessOrEqual, 0, name: "empty")
        #expect(approximately(try model.solve().objective, 36))
    }

    @Test("LP relaxation of a knapsack bounds the integer optimum")
    func relaxation() throws {
        let knapsack = Knapsack(seed: 7, items: 12)
        let (model, x) = knapsack.model()
        let relaxed = try model.solve(SolveParameters(relaxIntegrality: true))
        #expect(!relaxed.isMIP)
        #expect(relaxed.termination == .optimal)
        let optimum = knapsack.bruteForceOptimum()
        #expect(try #require(relaxed.objective) >= optimum - 1e-6)
        #expect(x.allSatisfy { relaxed.value(of: $0) >= -1e-9 && relaxed.value(of: $0) <= 1 + 1e-9 })
    }
}
