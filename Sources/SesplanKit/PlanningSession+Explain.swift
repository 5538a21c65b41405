import SESDomain
import SESPlanning

extension PlanningSession {
    /// Screens the instance with the what-if settings applied (pins, forbids, locked moves, the
    /// baseline read back): the problem a plan made with them was solved on. Bad settings are
    /// ``SessionError`` values; the screening is ``PlanningPhase/screening``.
    public func screen(_ instance: Instance, whatIf: WhatIf) async throws -> ReassignmentProblem {
        try Task.checkCancellation()
        let (instance, baseline) = try whatIf.apply(to: instance)
        return try await screen(instance, baseline: baseline)
    }

    /// Explains `subject` in `plan` (read from `planFile`, named in messages) against the problem
    /// the plan was made from. A plan that does not fit the problem, or an unknown id, is
    /// ``SessionError/explain(planFile:_:)``.
    public func explain(_ subject: Explanation.Subject, in plan: Plan, planFile: String,
                        problem: ReassignmentProblem) async throws -> Explanation {
        try Task.checkCancellation()
        return try await workers.run { () throws -> Explanation in
            do throws(ExplainError) {
                let explainer = try PlanExplainer(problem: problem, plan: plan)
                switch subject {
                case .executive(let id): return .executive(try explainer.explain(executive: id))
                case .position(let id): return .position(try explainer.explain(position: id))
                }
            } catch {
                throw SessionError.explain(planFile: planFile, error)
            }
        }
    }

    /// Why a problem has no lawful plan: the smallest set of named rules, limits and data items that
    /// conflict, found within the policy's time limit (the diagnosis `plan` reports when infeasible).
    public func diagnose(_ problem: ReassignmentProblem) async throws -> Diagnosis {
        try Task.checkCancellation()
        return try await workers.run {
            InfeasibilityDiagnoser.diagnose(problem, timeLimit: problem.instance.policy.timeLimitSeconds)
        }
    }
}
