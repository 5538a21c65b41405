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
            recorder.piece(i, m, into: &bytes) { bytes in
                var first = true
                fields(m) { field in
                    if !first { bytes.append(UInt8(ascii: ",")) }
                    CSVFormatter.appendField(field, to: &bytes)
                    first = false
                }
            }
        }
        return recorder.pieces(of: plan.moves, in: bytes)
    }

    /// The header and one row per executive, as in the CSV (also the rows of `plan-N.xlsx`).
    public static func rows(_ plan: Plan) -> [[String]] {
        [header] + plan.moves.map(row)
    }

    /// One executive's row.
    static func row(_ m: PlanMove) -> [String] {
        var row: [String] = []
        row.reserveCapacity(header.count)
        fields(m) { row.append($0) }
        return row
    }

    /// Hands one executive's row to `field`, one field at a time (the writers append each as it
    /// comes, without building the row).
    static func fields(_ m: PlanMove, _ field: (String) -> Void) {
        let t = m.scoreTerms
        field(m.executiveID); field(m.executiveName); field(m.appointment.rawValue); field(m.fromPositionID ?? "")
        field(m.toPositionID ?? ""); field(m.toTitle ?? ""); field(m.action.rawValue)
        field(m.relocation ? "true" : "false"); field(m.voluntary ? "true" : "false"); field(String(m.noticeDays))
        field(m.earliestEffective?.iso ?? ""); field(m.ownEarliest?.iso ?? ""); field(m.waitsFor ?? "")
        field(format(m.score))
        field(format(t.ecqFit)); field(format(t.skills)); field(format(t.development)); field(format(t.broadening))
        field(format(t.preference)); field(format(t.priority)); field(format(t.move)); field(format(t.relocation))
        field(format(t.given)); field(format(t.baseline))
        field(m.citations.count == 1 ? m.citations[0] : m.citations.joined(separator: "; "))
        field(m.flags.count == 1 ? m.flags[0] : m.flags.joined(separator: "; "))
    }

    /// A number as short as it can be written exactly (no `.0` on whole numbers).
    public static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return "\(x)"
    }
}
