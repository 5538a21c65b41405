import SESPlanning

/// One plan's share of ``ReportInsights``: the short explanation of each of its moves and its
/// consent requirements, worked out on its own so a plan can be explained as soon as it is found.
struct PlanInsight: Sendable {
    /// The plan's number.
    var number: Int
    /// Executive id → short explanation of the move.
    var briefs: [String: String] = [:]
    /// The plan's consent requirements, in the explainer's order.
    var consent: [ConsentRequirement] = []
    /// Why the plan could not be explained against the input, if it could not.
    var failure: String?

    /// Explains `plan` against the problem it was solved from.
    init(plan: Plan, problem: ReassignmentProblem) {
        number = plan.number
        let explainer: PlanExplainer
        do {
            explainer = try PlanExplainer(problem: problem, plan: plan)
        } catch {
            failure = error.message
            return
        }
        for m in plan.moves where m.action != .stay && m.action != .unplaced {
            if let brief = explainer.brief(executive: m.executiveID) { briefs[m.executiveID] = brief }
        }
        consent = explainer.consentRecord()
    }
}
