import Testing
@testable import LinearProgramming

@Suite("GNU MathProg")
struct MathProgTests {
    static let assignmentModel = """
        set E;
        set P;
        param cost{E, P};
        var x{E, P} binary;
        minimize total: sum{e in E, p in P} cost[e, p] * x[e, p];
        s.t. each_executive{e in E}: sum{p in P} x[e, p] = 1;
        s.t. each_position{p in P}: sum{e in E} x[e, p] = 1;
        solve;
        printf "total = %g\\n", total;
        printf{e in E, p in P: x[e, p] > 0.5} "%s -> %s\\n", e, p;
        """

    static let assignmentData = """
        data;
        set E := E1 E2 E3;
        set P := P1 P2 P3;
        param cost:  P1 P2 P3 :=
                E1    4  2  8
                E2    4  3  7
                E3    3  1  6 ;
        end;
        """

    @Test("model with inline data section: optimum, column names and printed output")
    func inlineData() throws {
        let result = try MathProg.solve(modelText: Self.assignmentModel + "\n" + Self.assignmentData)
        #expect(result.termination == .optimal)
        #expect(result.result.isMIP)
        // Brute force over the 6 permutations: E1->P1, E2->P3, E3->P2 = 4 + 7 + 1 = 12.
        #expect(approximately(result.objective, 12))
        #expect(result.columnNames.count == 9)
        #expect(result.columnNames.contains("x[E1,P2]"))
        #expect(result.value(named: "x[E1,P1]") == 1)
        #expect(result.value(named: "x[E2,P3]") == 1)
        #expect(result.value(named: "x[E3,P2]") == 1)
        #expect(result.value(named: "x[E1,P2]") == 0)
        #expect(result.output.contains("total = 12"))
        #expect(result.output.contains("E3 -> P2"))
    }

    @Test("separate data text; the LP relaxation option")
    func separateData() throws {
        let result = try MathProg.solve(modelText: Self.assignmentModel + "\nend;\n", dataText: Self.assignmentData)
        #expect(result.termination == .optimal)
        #expect(approximately(result.objective, 12))
        let relaxed = try MathProg.solve(
            modelText: Self.assignmentModel + "\nend;\n", dataText: Self.assignmentData,
            parameters: SolveParameters(relaxIntegrality: true))
        #expect(!relaxed.result.isMIP)
        #expect(approximately(relaxed.objective, 12))
    }

    @Test("pure LP model")
    func linearModel() throws {
        let result = try MathProg.solve(modelText: """
            var x >= 0; var y >= 0;
            maximize z: 3 * x + 5 * y;
            s.t. a: x <= 4;
            s.t. b: 2 * y <= 12;
            s.t. c: 3 * x + 2 * y <= 18;
            end;
            """)
        #expect(!result.result.isMIP)
        #expect(approximately(result.objective, 36))
        #expect(approximately(result.value(named: "x"), 2))
        #expect(result.output.isEmpty)
    }

    @Test("infeasible model")
    func infeasible() throws {
        let result = try MathProg.solve(modelText: """
            var x integer >= 0;
            minimize z: x;
            s.t. c: 2 * x = 3;
            end;
            """)
        #expect(result.termination == .infeasible)
        #expect(result.columnValues.isEmpty)
        #expect(result.columnNames == ["x"])
    }

    @Test("syntax errors come back as ModelError.mathProg with the line, and print nothing")
    func syntaxError() throws {
        var caught: ModelError?
        let printed = capturingStandardOutput {
            do {
                _ = try MathProg.solve(modelText: "var x >= 0;\nmaximize z: x\ns.t. c x <= 1;\nend;\n")
            } catch let error as ModelError {
                caught = error
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        guard case .mathProg(let message) = caught else {
            Issue.record("expected a MathProg error, got \(String(describing: caught))")
            return
        }
        #expect(message.contains("model:3"))
        #expect(message.contains("syntax error") || message.contains("invalid"))
        #expect(!message.contains("/tmp"))
        #expect(!printed.contains("model:3"))
        #expect(!printed.contains("MathProg"))
    }

    @Test("data and generation errors are reported too")
    func dataAndGenerationErrors() {
        #expect {
            try MathProg.solve(
                modelText: "set E; param p{E}; var x{E} >= 0; minimize z: sum{e in E} p[e] * x[e]; end;",
                dataText: "data;\nset E := a b;\nparam p := a 1 b ;\nend;\n")
        } throws: { error in
            if case .mathProg(let message) = error as? ModelError { message.contains("data:") } else { false }
        }
        #expect {
            try MathProg.solve(modelText: "param n := 1 / 0; var x; minimize z: x * n; end;")
        } throws: { error in
            if case .mathProg = error as? ModelError { true } else { false }
        }
    }
}
