import SESPlanning
import SESInput

/// Writes `plan-N.csv`: one row per executive's outcome (moves, placements and stays).
/// `earliest_effective` is the date the outcome takes effect along the vacancy chains;
/// `own_earliest` the move's own earliest lawful date and `waits_for` the executive whose
/// departure from the new seat it waits for, when that makes it later.
public enum PlanCSV {
    /// The column names, in order.
    public static let header = ["executive_id", "executive_name", "appointment", "from_position_id", "to_position_id",
                                "to_title", "action", "relocation", "voluntary", "notice_days", "earliest_effective",
                                "own_earliest", "waits_for", "score", "ecq_fit", "skills", "development", "broadening", "preference", "priority",
                                "move", "relocation_cost", "given", "baseline", "citations", "flags"]

    /// The CSV text of a plan.
    public static func encode(_ plan: Plan) -> String {
        CSVFormatter.document(rows(plan), finalNewline: false)
    }

    /// The header and one row per executive, as in the CSV (also the rows of `plan-N.xlsx`).
    public static func rows(_ plan: Plan) -> [[String]] {
        var rows = [header]
        rows.reserveCapacity(plan.moves.count + 1)
        for m in plan.moves {
            let t = m.scoreTerms
            rows.append([
                m.executiveID, m.executiveName, m.appointment.rawValue, m.fromPositionID ?? "", m.toPositionID ?? "",
                m.toTitle ?? "", m.action.rawValue, m.relocation ? "true" : "false", m.voluntary ? "true" : "false",
                String(m.noticeDays), m.earliestEffective?.iso ?? "", m.ownEarliest?.iso ?? "", m.waitsFor ?? "",
                format(m.score),
                format(t.ecqFit), format(t.skills), format(t.development), format(t.broadening), format(t.preference),
                format(t.priority), format(t.move), format(t.relocation), format(t.given), format(t.baseline),
                m.citations.joined(separator: "; "), m.flags.joined(separator: "; "),
            ])
        }
        return rows
    }

    /// A number as short as it can be written exactly (no `.0` on whole numbers).
    public static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }
}
