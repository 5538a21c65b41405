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
        self.init(parts: problem.map { problem in plans.map { PlanInsight(plan: $0, problem: problem) } }, problem: problem)
    }

    /// Merges the plans' own explanations (in plan order); nil parts: no planning input.
    init(parts: [PlanInsight]?, problem: ReassignmentProblem?) {
        guard let parts, let problem else { return }
        available = true
        positions.reserveCapacity(problem.instance.positions.count)
        for p in problem.instance.positions where positions[p.id] == nil { positions[p.id] = p }
        var index: [String: Int] = [:]
        for part in parts {
            if let failure = part.failure {
                problems.append("plan \(part.number): \(failure)")
                continue
            }
            briefs[part.number] = part.briefs
            for item in part.consent {
                let key = "\(item.executiveID)\u{1F}\(item.toPositionID)\u{1F}\(item.kind.rawValue)"
                if let k = index[key] {
                    consent[k].plans.append(part.number)
                } else {
                    index[key] = consent.count
                    consent.append(ConsentEntry(plans: [part.number], item: item))
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
