import SESDomain
import SESPlanning
import SESInput

/// Builds the notice packets of a plan's moves from the plan and the inputs it was made from.
public enum NoticeBuilder {
    /// One packet per executive whose outcome in the plan is a move to another position
    /// (reassignment, transfer or placement), in the plan's order. Stays and unplaced executives get none.
    public static func packets(plan: Plan, instance: Instance) throws(InputError) -> [NoticePacket] {
        let executives = Dictionary(instance.executives.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let positions = Dictionary(instance.positions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [InputProblem] = []
        var packets: [NoticePacket] = []
        for move in plan.moves where move.action != .stay {
            guard let toID = move.toPositionID else { continue }
            guard let executive = executives[move.executiveID] else {
                problems.append(InputProblem(file: "plan-\(plan.number)", message:
                    "executive '\(move.executiveID)' of the plan is not in the executives file; give the inputs the plan was made from"))
                continue
            }
            guard let to = positions[toID] else {
                problems.append(InputProblem(file: "plan-\(plan.number)", message:
                    "position '\(toID)' of the plan is not in the positions file; give the inputs the plan was made from"))
                continue
            }
            let from = move.fromPositionID.flatMap { positions[$0] }
            let statutory = move.action == .reassignment && executive.appointment == .career
            let kind: NoticePacket.Kind
            if !statutory {
                kind = .agencyPolicy
            } else if move.relocation {
                kind = executive.noticeWaived ? .sixtyDayWaived : .sixtyDay
            } else {
                kind = .fifteenDay
            }
            let effective = move.earliestEffective ?? plan.asOf.adding(days: move.noticeDays)
            packets.append(NoticePacket(
                kind: kind, planNumber: plan.number, asOf: plan.asOf, executiveID: executive.id,
                executiveName: executive.name.isEmpty ? move.executiveName : executive.name,
                appointment: executive.appointment, from: from, to: to, action: move.action,
                relocation: move.relocation, voluntary: move.voluntary, noticeDays: move.noticeDays,
                effectiveDate: effective, noticeBy: effective.adding(days: -move.noticeDays),
                preferences: executive.preferredPositions, willingRelocate: executive.willingRelocate,
                planReasons: reasons(move.scoreTerms), citations: move.citations, flags: move.flags))
        }
        if !problems.isEmpty { throw InputError(problems) }
        return packets
    }

    /// The plan's reasons in words: each score term that counted, largest first.
    static func reasons(_ t: ScoreTerms) -> [String] {
        let terms: [(String, Double)] = [
            ("fit of the executive's qualifications (ECQs) to the position's minimums", t.ecqFit),
            ("match of the executive's skills to the position's required and desired skills", t.skills),
            ("developmental value (time in the current position)", t.development),
            ("broadening to a new component or agency", t.broadening),
            ("the executive's stated preference for this position", t.preference),
            ("the priority of the position", t.priority),
        ]
        return terms.filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.map { "\($0.0) (score \(PlanCSV.format(($0.1 * 100).rounded() / 100)))" }
    }
}
