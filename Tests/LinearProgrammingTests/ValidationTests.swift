import Testing
@testable import LinearProgramming

@Suite("Input validation (nothing reaches GLPK's abort paths)")
struct ValidationTests {
    func base() -> (Model, Variable, Variable) {
        var model = Model()
        let x = model.addVariable(name: "x", upperBound: 10)
        let y = model.addVariable(name: "y", upperBound: 10)
        model.addConstraint(x + y, .lessOrEqual, 15, name: "cap")
        model.setObjective(x + 2 * y, .maximize)
        return (model, x, y)
    }

    /// Expects `model` to be rejected by solve and by both exporters.
    func expectRejected(_ model: Model, sourceLocation: SourceLocation = #_sourceLocation, _ check: (ModelError) -> Bool) {
        for operation in ["solve", "lp", "mps"] {
            do {
                switch operation {
                case "solve": _ = try model.solve()
                case "lp": _ = try model.lpText()
                default: _ = try model.mpsText()
                }
                Issue.record("\(operation) should have thrown", sourceLocation: sourceLocation)
            } catch {
                #expect(check(error), "\(operation): unexpected \(error)", sourceLocation: sourceLocation)
                #expect(!error.description.isEmpty, sourceLocation: sourceLocation)
            }
        }
    }

    @Test("non-finite coefficients")
    func nonFinite() {
        var (model, x, y) = base()
        model.setObjective(Double.nan * x + y, .maximize)
        expectRejected(model) { if case .nonFiniteCoefficient(let s) = $0 { s.contains("objective") } else { false } }

        (model, x, y) = base()
        model.addConstraint(Double.infinity * x + y, .lessOrEqual, 3, name: "bad")
        expectRejected(model) { if case .nonFiniteCoefficient(let s) = $0 { s.contains("'bad'") } else { false } }

        (model, x, y) = base()
        model.addConstraint(x + .nan, .lessOrEqual, 3)
        expectRejected(model) { if case .nonFiniteCoefficient = $0 { true } else { false } }

        (model, x, y) = base()
        model.setObjective(x + .infinity, .maximize)
        expectRejected(model) { if case .nonFiniteCoefficient = $0 { true } else { false } }
    }

    @Test("invalid bounds")
    func bounds() {
        var (model, x, _) = base()
        model.setBounds(x, lower: 5, upper: 4)
        expectRejected(model) { if case .invalidBounds(let name, 5, 4) = $0 { name.contains("'x'") } else { false } }

        (model, x, _) = base()
        model.setBounds(x, lower: .nan, upper: nil)
        expectRejected(model) { if case .invalidBounds = $0 { true } else { false } }

        (model, x, _) = base()
        model.setBounds(x, lower: .infinity, upper: nil)
        expectRejected(model) { if case .invalidBounds = $0 { true } else { false } }

        (model, x, _) = base()
        model.setBounds(x, lower: nil, upper: -.infinity)
        expectRejected(model) { if case .invalidBounds = $0 { true } else { false } }

        (model, x, _) = base()
        model.addConstraint(LinearExpression(x), lowerBound: 3, upperBound: 1, name: "crossed")
        expectRejected(model) { if case .invalidBounds(let name, _, _) = $0 { name.contains("crossed") } else { false } }

        (model, x, _) = base()
        model.addConstraint(LinearExpression(x), lowerBound: .nan, upperBound: 1)
        expectRejected(model) { if case .invalidBounds = $0 { true } else { false } }

        (model, x, _) = base()
        model.addConstraint(x + 1e308, .lessOrEqual, -1e308)
        expectRejected(model) { if case .invalidBounds = $0 { true } else { false } }
    }

    @Test("variables from another model and unknown handles")
    func unknownHandles() {
        var other = Model()
        for _ in 0..<5 { _ = other.addVariable() }
        let foreign = other.addVariable()

        var (model, x, _) = base()
        model.addConstraint(x + foreign, .lessOrEqual, 1)
        expectRejected(model) { $0 == .unknownVariable(index: 5, variableCount: 2) }

        (model, x, _) = base()
        model.setObjective(LinearExpression(foreign), .minimize)
        expectRejected(model) { $0 == .unknownVariable(index: 5, variableCount: 2) }

        (model, x, _) = base()
        model.addConstraint(LinearExpression(Variable(index: -1)), .lessOrEqual, 1)
        expectRejected(model) { $0 == .unknownVariable(index: -1, variableCount: 2) }

        (model, x, _) = base()
        model.setBounds(foreign, lower: 0, upper: 1)
        expectRejected(model) { $0 == .unknownVariable(index: 5, variableCount: 2) }

        (model, x, _) = base()
        model.setBounds(Constraint(index: 9), lower: 0, upper: 1)
        expectRejected(model) { $0 == .unknownConstraint(index: 9, constraintCount: 1) }
    }

    @Test("invalid solve parameters", arguments: [
        SolveParameters(timeLimit: -1),
        SolveParameters(timeLimit: .nan),
        SolveParameters(timeLimit: .infinity),
        SolveParameters(relativeGap: .nan),
        SolveParameters(relativeGap: -0.1),
        SolveParameters(relativeGap: .infinity),
    ])
    func parameters(parameters: SolveParameters) {
        let (model, _, _) = base()
        #expect {
            _ = try model.solve(parameters)
        } throws: { error in
            if case .invalidParameter = error as? ModelError { true } else { false }
        }
        #expect(throws: ModelError.self) {
            _ = try MathProg.solve(modelText: "var x >= 0; maximize z: x; s.t. c: x <= 1; end;", parameters: parameters)
        }
    }

    @Test("huge time limits are clamped and zero is allowed")
    func extremeTimeLimits() throws {
        let (model, _, _) = base()
        #expect(try model.solve(SolveParameters(timeLimit: 1e12)).termination == .optimal)
        #expect(try model.solve(SolveParameters(timeLimit: Double.greatestFiniteMagnitude)).termination == .optimal)
        let zero = try model.solve(SolveParameters(timeLimit: 0))
        #expect(zero.termination == .optimal || zero.termination == .timeLimit(hasSolution: zero.hasSolution))
    }

    @Test("very long and odd names are sanitised, not fatal")
    func longNames() throws {
        var model = Model(name: String(repeating: "m", count: 400))
        let x = model.addVariable(name: String(repeating: "n", count: 300))
        let y = model.addVariable(name: "")
        model.addConstraint(x + y, .lessOrEqual, 1, name: String(repeating: "é", count: 300) + "\u{0}\n")
        model.setObjective(x + y, .maximize)
        #expect(approximately(try model.solve().objective, 1))
        let text = try model.lpText()
        #expect(text.contains(String(repeating: "n", count: 255)))
        #expect(!text.contains(String(repeating: "n", count: 256)))
        _ = try model.mpsText()
        let names = model.exportNames()
        #expect(names.variables[0].utf8.count == 255)
        #expect(names.variables[1] == "x2")
    }

    @Test("error descriptions are readable")
    func descriptions() {
        #expect(ModelError.glpkFailure(function: "glp_intopt", code: 5).description.contains("GLP_EFAIL"))
        #expect(ModelError.invalidBounds(name: "variable 'x'", lower: 2, upper: nil).description.contains("none"))
        #expect(ModelError.unknownVariable(index: 4, variableCount: 2).description.contains("4"))
    }
}
