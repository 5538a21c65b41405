import Foundation
import Testing
@testable import LinearProgramming

@Suite("LP and MPS export")
struct ExportTests {
    /// A small production-planning MIP with ranges, equalities and an integer variable.
    func sample(tricky: Bool = false) -> (Model, [Variable]) {
        var model = Model(name: tricky ? "demo model: v1" : "demo")
        let names = tricky ? ["end", "e1", "inf", "x y", "1abc", "bounds"] : ["a", "b", "c", "d", "e", "f"]
        let v = [
            model.addVariable(name: names[0], upperBound: 40),
            model.addVariable(name: names[1], lowerBound: -5, upperBound: 30),
            model.addVariable(name: names[2], upperBound: 20, kind: .integer),
            model.addBinary(name: names[3]),
            model.addVariable(name: names[4], lowerBound: nil, upperBound: 25),
            model.addVariable(name: names[5], lowerBound: 2, upperBound: 2),
        ]
        model.addConstraint(v[0] + v[1] + v[2], .lessOrEqual, 50, name: tricky ? "st" : "capacity")
        model.addConstraint(v[0] - 2 * v[2] + 3 * v[3], lowerBound: -10, upperBound: 12, name: tricky ? "subject to" : "range")
        model.addConstraint(v[1] + v[4] + v[5], .equal, 7, name: tricky ? "free" : "balance")
        model.addConstraint(v[4] + v[0], .greaterOrEqual, -20, name: tricky ? "s.t." : "floor")
        model.setObjective(3 * v[0] + 2 * v[1] + 4 * v[2] + 10 * v[3] - v[4] + v[5], .maximize)
        return (model, v)
    }

    @Test("LP text contains the expected sections and rows")
    func lpContents() throws {
        let (model, _) = sample()
        let text = try model.lpText()
        for expected in ["Maximize", "obj:", "Subject To", "capacity:", "range", "balance:", "floor:", "Bounds", "Generals", "End"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        #expect(text.contains("\\* Problem: demo *\\"))
    }

    @Test("MPS text contains the expected records")
    func mpsContents() throws {
        let (model, _) = sample()
        let text = try model.mpsText()
        for expected in ["NAME demo\nOBJSENSE\n    MAX\n", "ROWS", " N ", " L capacity", " E range", " E balance", " G floor", "COLUMNS", "'MARKER'", "RHS", "RANGES", "BOUNDS", "ENDATA"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
    }

    @Test("exports are byte-identical run to run")
    func deterministic() throws {
        let first = sample().0
        let second = sample().0
        #expect(try first.lpText() == second.lpText())
        #expect(try first.mpsText() == second.mpsText())
        #expect(try first.lpText() == first.lpText())
    }

    @Test("round trip through a file gives the same optimum", arguments: [ModelFileFormat.lp, .freeMPS], [false, true])
    func roundTrip(format: ModelFileFormat, tricky: Bool) throws {
        let (model, variables) = sample(tricky: tricky)
        let direct = try model.solve()
        #expect(direct.termination == .optimal)

        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("lp-roundtrip-\(UUID().uuidString)\(format == .lp ? ".lp" : ".mps")").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        switch format {
        case .lp: try model.writeLP(to: path)
        case .freeMPS: try model.writeMPS(to: path)
        }
        let reread = try Model.solveFile(atPath: path, format: format)
        #expect(reread.termination == .optimal)
        #expect(reread.result.isMIP)
        #expect(approximately(reread.objective, try #require(direct.objective)))

        let names = model.exportNames().variables
        for (variable, name) in zip(variables, names) {
            #expect(approximately(reread.value(named: name), direct.value(of: variable)), "\(name)")
        }
    }

    @Test("sanitised names are valid, unique and fall back to generated names on collision")
    func sanitising() throws {
        let (tricky, _) = sample(tricky: true)
        let names = tricky.exportNames()
        #expect(names.variables == ["end", "e1", "inf", "x_y", "_1abc", "bounds"])
        #expect(names.constraints[Constraint(index: 0)] == "st")
        #expect(names.constraints[Constraint(index: 1)] == "subject_to")
        #expect(names.constraints[Constraint(index: 3)] == "s.t.")

        // "obj" is reserved for the objective row, so rows fall back to r1...
        var reserved = Model()
        let v = reserved.addVariable()
        reserved.addConstraint(LinearExpression(v), .lessOrEqual, 1, name: "obj")
        reserved.addConstraint(LinearExpression(v), .lessOrEqual, 2, name: "other")
        #expect(reserved.exportNames().constraints == [Constraint(index: 0): "r1", Constraint(index: 1): "r2"])
        reserved.setBounds(Constraint(index: 0), lower: nil, upper: nil)
        reserved.addConstraint(LinearExpression(v), .lessOrEqual, 3, name: "R0000000")
        #expect(reserved.exportNames().constraints == [Constraint(index: 1): "r2", Constraint(index: 2): "r3"])

        var clash = Model()
        _ = clash.addVariable(name: "a b")
        _ = clash.addVariable(name: "a_b")
        _ = clash.addVariable()
        #expect(clash.exportNames().variables == ["x1", "x2", "x3"])

        var free = Model()
        let x = free.addVariable(name: "x")
        free.addConstraint(LinearExpression(x), lowerBound: nil, upperBound: .infinity, name: "ignored")
        free.addConstraint(LinearExpression(x), .lessOrEqual, 1, name: "kept")
        free.setObjective(LinearExpression(x), .maximize)
        #expect(free.exportNames().constraints == [Constraint(index: 1): "kept"])
        let mps = try free.mpsText()
        #expect(mps.contains(" N "))
        #expect(mps.contains("OBJSENSE"))
        #expect(!mps.contains("ignored"))
    }

    @Test("writing to an unwritable path throws an I/O error")
    func ioError() {
        let (model, _) = sample()
        let printed = capturingStandardOutput {
            #expect(throws: ModelError.self) { try model.writeLP(to: "/nonexistent-directory/quiet.lp") }
        }
        #expect(!printed.contains("quiet.lp"))
        #expect {
            try model.writeLP(to: "/nonexistent-directory/model.lp")
        } throws: { error in
            if case .io(let path, let message) = error as? ModelError {
                path == "/nonexistent-directory/model.lp" && !message.isEmpty
            } else { false }
        }
        #expect(throws: ModelError.self) { try model.writeMPS(to: "/nonexistent-directory/model.mps") }
        #expect(throws: ModelError.self) { try Model.solveFile(atPath: "/nonexistent-directory/x.lp", format: .lp) }
    }
}
