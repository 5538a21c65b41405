import SESPlanning
import SESSupport

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
        // Each move is explained on its own, so the moves are shared out among the cores.
        let moving = plan.moves.compactMap { $0.action != .stay && $0.action != .unplaced ? $0.executiveID : nil }
        let texts = Parallel.map(count: moving.count) { explainer.brief(executive: moving[$0]) }
        briefs.reserveCapacity(moving.count)
        for (id, brief) in zip(moving, texts) { if let brief { briefs[id] = brief } }
        consent = explainer.consentRecord()
    }
}
