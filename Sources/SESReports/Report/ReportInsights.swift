import SESDomain
import SESPlanning

/// What the reports add to the plans when the planning input is at hand: a short explanation of
/// every move, the record of consent, and the positions' titles and places.
struct ReportInsights {
    /// One consent requirement and the plans whose move needs it.
    struct ConsentEntry {
        var plans: [Int]
        var item: ConsentRequirement
    }

    /// Plan number → executive id → short explanation of the move.
    var briefs: [Int: [String: String]] = [:]
    /// Consent requirements, merged over plans, in order of first appearance.
    var consent: [ConsentEntry] = []
    /// Position id → position.
    var positions: [String: Position] = [:]
    /// Plans that could not be explained against the input, with the reason.
    var problems: [String] = []
    /// False when no planning input was given (then there are no explanations or consent record).
    var available = false

    /// Explains every plan against the input it was made from.
    init(plans: [Plan], problem: ReassignmentProblem?) {
        guard let problem else { return }
        available = true
        for p in problem.instance.positions where positions[p.id] == nil { positions[p.id] = p }
        var index: [String: Int] = [:]
        for plan in plans {
            let explainer: PlanExplainer
            do {
                explainer = try PlanExplainer(problem: problem, plan: plan)
            } catch {
                problems.append("plan \(plan.number): \(error.message)")
                continue
            }
            var mine: [String: String] = [:]
            for m in plan.moves where m.action != .stay && m.action != .unplaced {
                if let brief = explainer.brief(executive: m.executiveID) { mine[m.executiveID] = brief }
            }
            briefs[plan.number] = mine
            for item in explainer.consentRecord() {
                let key = "\(item.executiveID)\u{1F}\(item.toPositionID)\u{1F}\(item.kind.rawValue)"
                if let k = index[key] {
                    consent[k].plans.append(plan.number)
                } else {
                    index[key] = consent.count
                    consent.append(ConsentEntry(plans: [plan.number], item: item))
                }
            }
        }
    }

    /// "agency · component · location" of a position, or empty.
    func place(of id: String?) -> String {
        guard let id, let p = positions[id] else { return "" }
        return [p.agency, p.component, p.location].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// A position's title, or empty.
    func title(of id: String) -> String { positions[id]?.title ?? "" }
}
