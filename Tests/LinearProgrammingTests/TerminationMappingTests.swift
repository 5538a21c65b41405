import Testing
@testable import LinearProgramming

/// GLPK's return codes and statuses become one termination each: optimal only with a closed gap,
/// a gap stop with its gap, a time limit as such, and every failure code or undefined status as
/// numerical trouble, never as a time limit, even when an incumbent exists.
@Suite struct TerminationMappingTests {
    /// `glp_intopt` return codes and `glp_mip_status` values, as `glpk.h` numbers them.
    enum Code {
        static let badBasis: Int32 = 1, singular: Int32 = 2, illConditioned: Int32 = 3, bounds: Int32 = 4
        static let fail: Int32 = 5, timeLimit: Int32 = 9, noPrimalFeasible: Int32 = 10, root: Int32 = 12
        static let mipGap: Int32 = 14, noConvergence: Int32 = 16, instable: Int32 = 17
    }
    enum Status {
        static let undefined: Int32 = 1, feasible: Int32 = 2, noFeasible: Int32 = 4, optimal: Int32 = 5
    }

    @Test("every failure code is numerical trouble naming the code, with or without an incumbent")
    func failureCodes() {
        let failures: [(Int32, String)] = [
            (Code.badBasis, "GLP_EBADB"), (Code.singular, "GLP_ESING"), (Code.illConditioned, "GLP_ECOND"),
            (Code.bounds, "GLP_EBOUND"), (Code.fail, "GLP_EFAIL"), (Code.root, "GLP_EROOT"),
            (Code.noConvergence, "GLP_ENOCVG"), (Code.instable, "GLP_EINSTAB"),
        ]
        var checked = 0
        for (code, name) in failures {
            for status in [Status.undefined, Status.feasible, Status.noFeasible] {
                let termination = GLPKSolver.mipTermination(code: code, status: status, gap: 0.01)
                guard case .numericalTrouble(let detail) = termination else {
                    Issue.record("\(name) with status \(status) gave \(termination)")
                    continue
                }
                #expect(detail.contains(name) && detail.contains("glp_intopt"), "\(detail)")
                #expect(!termination.isTimeLimit && !termination.hasSolution)
                checked += 1
            }
        }
        #expect(checked == failures.count * 3)
    }

    @Test("a finished search without a defined status is numerical trouble")
    func undefinedStatus() {
        let termination = GLPKSolver.mipTermination(code: 0, status: Status.undefined, gap: nil)
        #expect(termination.isNumericalTrouble)
        #expect(termination.description.hasPrefix("numerical trouble: GLPK glp_mip_status gave the status 1 (GLP_UNDEF)"))
        // A gap stop GLPK reports without an incumbent is no gap stop.
        #expect(GLPKSolver.mipTermination(code: Code.mipGap, status: Status.undefined, gap: nil).isNumericalTrouble)
    }

    @Test("results, gap stops, time limits and infeasibility keep their meaning")
    func meaningfulCodes() {
        #expect(GLPKSolver.mipTermination(code: 0, status: Status.optimal, gap: nil) == .optimal)
        #expect(GLPKSolver.mipTermination(code: 0, status: Status.noFeasible, gap: nil) == .infeasible)
        #expect(GLPKSolver.mipTermination(code: Code.noPrimalFeasible, status: Status.undefined, gap: nil) == .infeasible)
        #expect(GLPKSolver.mipTermination(code: Code.timeLimit, status: Status.feasible, gap: 0.3) == .timeLimit(hasSolution: true))
        #expect(GLPKSolver.mipTermination(code: Code.timeLimit, status: Status.undefined, gap: nil) == .timeLimit(hasSolution: false))
        #expect(GLPKSolver.mipTermination(code: Code.mipGap, status: Status.feasible, gap: 0.02) == .feasible)
        #expect(GLPKSolver.mipTermination(code: Code.mipGap, status: Status.feasible, gap: 1e-12) == .optimal)
    }

    @Test("a failed simplex is numerical trouble with GLPK's own words")
    func simplexFailure() {
        let termination = GLPKSolver.failure("glp_simplex", code: Code.singular)
        #expect(termination == .numericalTrouble("GLPK glp_simplex failed with code 2 (GLP_ESING)."))
        #expect(termination.description == "numerical trouble: GLPK glp_simplex failed with code 2 (GLP_ESING).")
    }
}
