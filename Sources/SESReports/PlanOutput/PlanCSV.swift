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

    /// The same text's bytes, with each move's line copied from `reference` (the CSV of another
    /// plan) where the move is the same, and the pieces of this text for the next plan.
    static func pieces(_ plan: Plan, reusing reference: MovePieces?) -> MovePieces {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 + plan.moves.count * 300)
        CSVFormatter.appendRow(header, to: &bytes)
        var recorder = MovePieces.Recorder(reference: reference, count: plan.moves.count)
        for (i, m) in plan.moves.enumerated() {
            bytes.append(UInt8(ascii: "\n"))
            recorder.piece(i, m, into: &bytes) { CSVFormatter.appendRow(row(m), to: &$0) }
        }
        return recorder.pieces(of: plan.moves, in: bytes)
    }

    /// The header and one row per executive, as in the CSV (also the rows of `plan-N.xlsx`).
    public static func rows(_ plan: Plan) -> [[String]] {
        [header] + plan.moves.map(row)
    }

    /// One executive's row.
    static func row(_ m: PlanMove) -> [String] {
        let t = m.scoreTerms
        return [
            m.executiveID, m.executiveName, m.appointment.rawValue, m.fromPositionID ?? "", m.toPositionID ?? "",
            m.toTitle ?? "", m.action.rawValue, m.relocation ? "true" : "false", m.voluntary ? "true" : "false",
            String(m.noticeDays), m.earliestEffective?.iso ?? "", m.ownEarliest?.iso ?? "", m.waitsFor ?? "",
            format(m.score),
            format(t.ecqFit), format(t.skills), format(t.development), format(t.broadening), format(t.preference),
            format(t.priority), format(t.move), format(t.relocation), format(t.given), format(t.baseline),
            m.citations.joined(separator: "; "), m.flags.joined(separator: "; "),
        ]
    }

    /// A number as short as it can be written exactly (no `.0` on whole numbers).
    public static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }
}
