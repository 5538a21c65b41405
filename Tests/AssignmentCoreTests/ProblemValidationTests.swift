import Testing
import AssignmentCore

@Suite("Problem validation")
struct ProblemValidationTests {
    private func make(
        rows: Int = 2, columns: Int = 2, arcRow: [Int32], arcColumn: [Int32], arcScore: [Double],
        must: [Bool]? = nil
    ) throws -> SparseAssignmentProblem {
        try SparseAssignmentProblem(
            rowCount: rows, columnCount: columns, arcRow: arcRow, arcColumn: arcColumn, arcScore: arcScore,
            mustAssign: must ?? [Bool](repeating: false, count: max(rows, 0)))
    }

    @Test("invalid input throws")
    func invalidInputThrows() throws {
        #expect(throws: AssignmentError.rowOutOfRange(arc: 0, row: 2)) {
            try make(arcRow: [2], arcColumn: [0], arcScore: [1])
        }
        #expect(throws: AssignmentError.columnOutOfRange(arc: 1, column: -1)) {
            try make(arcRow: [0, 0], arcColumn: [0, -1], arcScore: [1, 1])
        }
        #expect(throws: AssignmentError.nonFiniteScore(arc: 0)) {
            try make(arcRow: [0], arcColumn: [0], arcScore: [.nan])
        }
        #expect(throws: AssignmentError.nonFiniteScore(arc: 0)) {
            try make(arcRow: [0], arcColumn: [0], arcScore: [.infinity])
        }
        #expect(throws: AssignmentError.duplicateArc(row: 1, column: 1)) {
            try make(arcRow: [0, 1, 1], arcColumn: [1, 1, 1], arcScore: [1, 2, 3])
        }
        #expect(throws: AssignmentError.arcsNotSortedByRow(arc: 1)) {
            try make(arcRow: [1, 0], arcColumn: [0, 0], arcScore: [1, 1])
        }
        #expect(throws: AssignmentError.arcArrayLengthMismatch(rows: 1, columns: 1, scores: 2)) {
            try make(arcRow: [0], arcColumn: [0], arcScore: [1, 2])
        }
        #expect(throws: AssignmentError.mustAssignLengthMismatch(expected: 2, actual: 1)) {
            try make(arcRow: [0], arcColumn: [0], arcScore: [1], must: [true])
        }
        #expect(throws: AssignmentError.negativeDimension(rows: -1, columns: 2)) {
            try make(rows: -1, arcRow: [], arcColumn: [], arcScore: [], must: [])
        }
        #expect(throws: AssignmentError.rowOutOfRange(arc: 0, row: 5)) {
            try SparseAssignmentProblem(rowCount: 2, columnCount: 2, arcs: [(5, 0, 1)], mustAssign: [false, false])
        }
    }

    @Test("score overrides, side constraints and pins are validated")
    func overridesAndSideInputs() throws {
        let problem = try SparseAssignmentProblem(
            rowCount: 2, columnCount: 2, arcs: [(0, 0, 1), (0, 1, 2), (1, 0, 3)], mustAssign: [false, false])
        let solver = AssignmentSolver(problem: problem)
        #expect(throws: AssignmentError.invalidScoreOverride(expectedCount: 3, actualCount: 2, firstNonFiniteArc: nil)) {
            try solver.solve(scores: [1, 2])
        }
        #expect(throws: AssignmentError.invalidScoreOverride(expectedCount: 3, actualCount: 3, firstNonFiniteArc: 1)) {
            try solver.solve(scores: [1, .nan, 2])
        }
        #expect(throws: AssignmentError.self) {
            try LagrangianSolver(problem: problem, constraints: [SideConstraint(arcs: [0, 7], rhs: 1)])
        }
        #expect(throws: AssignmentError.self) {
            try LagrangianSolver(problem: problem, constraints: [SideConstraint(arcs: [0, 0], rhs: 1)])
        }
        #expect(throws: AssignmentError.self) {
            try LagrangianSolver(problem: problem, constraints: [SideConstraint(arcs: [0], coefficients: [1, 2], rhs: 1)])
        }
        #expect(throws: AssignmentError.self) {
            try LagrangianSolver(problem: problem, constraints: [SideConstraint(arcs: [0], rhs: .infinity)])
        }
        #expect(throws: AssignmentError.pinOutOfRange(arc: 9)) {
            try LagrangianSolver(problem: problem, constraints: [], pinnedArcs: [9])
        }
        #expect(throws: AssignmentError.conflictingPins(first: 0, second: 1)) {
            try LagrangianSolver(problem: problem, constraints: [], pinnedArcs: [0, 1])
        }
        #expect(throws: AssignmentError.conflictingPins(first: 0, second: 2)) {
            try LagrangianSolver(problem: problem, constraints: [], pinnedArcs: [0, 2])
        }
        let lagrangian = try LagrangianSolver(problem: problem, constraints: [SideConstraint(arcs: [0], rhs: 1)])
        #expect(throws: AssignmentError.self) { try lagrangian.solve(initialMultipliers: [1, 2]) }
    }

    @Test("arcs given in any order are sorted stably by row")
    func tupleInitialiserSorts() throws {
        let problem = try SparseAssignmentProblem(
            rowCount: 3, columnCount: 3, arcs: [(2, 0, 1), (0, 2, 2), (2, 1, 3), (0, 0, 4)],
            mustAssign: [false, false, false])
        #expect(problem.arcRow == [0, 0, 2, 2])
        #expect(problem.arcColumn == [2, 0, 0, 1])
        #expect(problem.arcScore == [2, 4, 1, 3])
        #expect(problem.rowStart == [0, 2, 2, 4])
        #expect(problem.arc(row: 2, column: 1) == 3)
        #expect(problem.arc(row: 1, column: 1) == nil)
    }
}
