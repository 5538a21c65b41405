import Foundation
import SESDomain
import SESPlanning
import SESInput

/// Reads a plan back from any file `sesplan plan` writes for it: `plan-N.json`, or the table of
/// `plan-N.csv` / `plan-N.xlsx` (one row per executive, the columns of ``PlanCSV``), so each can
/// serve `explain`, `--baseline`, `notices` and `diff`.
///
/// A table carries the moves with their score terms, citations and flags, but not the solve's
/// status, bound or unfilled positions: those come back as `feasible`, the objective as the bound,
/// and no unfilled positions; `as_of` is the date given.
public enum PlanTableReader {
    /// Reads a plan file; `asOf` dates a plan read from a table.
    public static func read(_ path: String, asOf: Day, ecqFramework: ECQFramework = .ecq2025) throws(InputError) -> Plan {
        let (file, _) = XLSXInput.split(path)
        if !XLSXWorkbook.isZip(path: file), let data = FileManager.default.contents(atPath: file),
           data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{") {
            do {
                return try PlanJSON.decode(data)
            } catch {
                throw InputError(file: path, "not a plan file written by sesplan plan: \(error)")
            }
        }
        let table: CSVTable
        do {
            table = try CSVTable(.file(path), required: ["executive_id", "to_position_id", "action"], optional: PlanCSV.header)
        } catch {
            throw InputError(file: path, "not a plan written by sesplan plan (plan-N.json, plan-N.csv or plan-N.xlsx): "
                             + error.problems.map(\.message).joined(separator: "; "))
        }
        var problems = table.problems
        var moves: [PlanMove] = []
        for var record in table.records {
            let id = record.requiredString("executive_id") ?? ""
            let appointmentText = record["appointment"]
            let appointment = Appointment(rawValue: appointmentText)
            if appointment == nil { record.report("appointment", "unknown appointment '\(appointmentText)'") }
            let actionText = record["action"]
            let action = MoveAction(rawValue: actionText)
            if action == nil { record.report("action", "unknown action '\(actionText)'") }
            var terms = ScoreTerms()
            terms.ecqFit = record.double("ecq_fit") ?? 0
            terms.skills = record.double("skills") ?? 0
            terms.development = record.double("development") ?? 0
            terms.broadening = record.double("broadening") ?? 0
            terms.preference = record.double("preference") ?? 0
            terms.priority = record.double("priority") ?? 0
            terms.move = record.double("move") ?? 0
            terms.relocation = record.double("relocation_cost") ?? 0
            terms.given = record.double("given") ?? 0
            terms.baseline = record.double("baseline") ?? 0
            let move = PlanMove.record(
                executiveID: id, executiveName: record["executive_name"], appointment: appointment ?? .career,
                fromPositionID: record.optionalString("from_position_id"), toPositionID: record.optionalString("to_position_id"),
                toTitle: record.optionalString("to_title"), action: action ?? .stay, relocation: record.bool("relocation"),
                voluntary: record.bool("voluntary"), noticeDays: record.int("notice_days", in: 0...100_000, default: 0) ?? 0,
                earliestEffective: record.day("earliest_effective"), score: record.double("score") ?? terms.total,
                scoreTerms: terms, citations: split(record["citations"]), flags: split(record["flags"]))
            problems += record.problems
            moves.append(move)
        }
        if !problems.isEmpty { throw InputError(problems) }
        let number = Int(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent.split(separator: "-").last ?? "") ?? 1
        var summary = PlanSummary.zero
        summary.count(moves.lazy.map { (action: $0.action, relocation: $0.relocation) })
        summary.scoreTotal = moves.reduce(0) { $0 + $1.score }
        summary.positionsFilled = moves.filter { $0.toPositionID != nil }.count
        return Plan(number: number, status: .feasible, objective: summary.scoreTotal, bound: summary.scoreTotal, gap: 0,
                    objectiveLoss: 0, asOf: asOf, ecqFramework: ecqFramework, moves: moves, unfilled: [], summary: summary,
                    solveSeconds: 0)
    }

    static func split(_ text: String) -> [String] {
        text.split(separator: ";").map { ValueText.trim(String($0)) }.filter { !$0.isEmpty }
    }
}
