/// A plan's moves as a draft for `sesplan check` (`moves.csv`: each reassignment, transfer and
/// placement with its own effective date and voluntary flag), from the plan's JSON.
enum PlanDraft {
    /// The moves of `plan` (a decoded `plan-N.json`) that take effect, in plan order.
    static func moves(of plan: [String: Any]) -> [[String: Any]] {
        (plan["moves"] as? [[String: Any]] ?? []).filter {
            ["reassignment", "transfer", "placement"].contains($0["action"] as? String ?? "")
        }
    }

    /// The draft's rows, the header first.
    static func rows(of plan: [String: Any]) -> [[String]] {
        [["executive_id", "to_position_id", "effective_date", "voluntary"]] + moves(of: plan).map { m in
            [m["executive_id"] as? String ?? "", m["to_position_id"] as? String ?? "",
             m["earliest_effective"] as? String ?? "", (m["voluntary"] as? Bool ?? false) ? "yes" : "no"]
        }
    }
}
