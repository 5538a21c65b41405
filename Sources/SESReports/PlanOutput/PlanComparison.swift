import SESPlanning

/// The figures that set candidate plans side by side, shared by `report.md` and `report.html`
/// so both always show the same rows.
public enum PlanComparison {
    /// One row per figure: its name (which may hold a limit's name from the policy, so renderers
    /// escape it) and its value in each plan (status words and numbers only).
    public static func rows(_ plans: [Plan]) -> [(name: String, values: [String])] {
        var rows: [(name: String, values: [String])] = []
        func row(_ name: String, _ value: (Plan) -> String) { rows.append((name, plans.map(value))) }
        row("status") { $0.status.rawValue }
        row("objective") { PlanCSV.format($0.objective) }
        row("bound") { PlanCSV.format($0.bound) }
        row("gap") { PlanCSV.format($0.gap) }
        row("loss vs plan 1") { PlanCSV.format($0.objectiveLoss) }
        row("reassignments") { "\($0.summary.reassignments)" }
        row("transfers") { "\($0.summary.transfers)" }
        row("placements") { "\($0.summary.placements)" }
        row("relocations") { "\($0.summary.relocations)" }
        row("stays") { "\($0.summary.stays)" }
        row("positions filled") { "\($0.summary.positionsFilled)" }
        row("positions unfilled") { "\($0.summary.positionsUnfilled)" }
        row("must-fill shortfall") { "\($0.summary.mustFillShortfall)" }
        if let first = plans.first {
            for (k, limit) in first.summary.limits.enumerated() {
                row("\(limit.name) (≤ \(limit.limit))") { k < $0.summary.limits.count ? "\($0.summary.limits[k].used)" : "" }
            }
        }
        return rows
    }
}
