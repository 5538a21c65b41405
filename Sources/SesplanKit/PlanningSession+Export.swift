import SESPlanning
import SESReports

extension PlanningSession {
    /// Writes the full model (before any reduction) as CPLEX LP (a path ending in `.lp`) or free
    /// MPS (`.mps`) (``PlanningPhase/exportingModel(file:)``); a failed write is ``SessionError/write(_:)``.
    public func exportModel(_ problem: ReassignmentProblem, to path: String) async throws {
        try await phase(.exportingModel(file: path), summary: { "done" }) {
            let model = ReassignmentModel(problem: problem).model
            let text = path.hasSuffix(".mps") ? try model.mpsText() : try model.lpText()
            try Self.writing { try AtomicFile.write(text, to: path) }
        }
    }

    /// Writes the MathProg data for `models/reassignment.mod` to `path`; a failed write is
    /// ``SessionError/write(_:)``.
    public func exportMathProg(_ problem: ReassignmentProblem, to path: String) async throws {
        try Task.checkCancellation()
        try Self.writing { try AtomicFile.write(MathProgData.text(for: problem), to: path) }
    }

    /// Runs a write into results, turning a failed write into ``SessionError/write(_:)``.
    static func writing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as FileWriteError {
            throw SessionError.write(error)
        }
    }
}
