import SESDomain

extension PlanMove {
    /// A move record, e.g. for a plan read back from its table (`plan-N.csv`).
    public static func record(executiveID: String, executiveName: String, appointment: Appointment, fromPositionID: String?,
                              toPositionID: String?, toTitle: String?, action: MoveAction, relocation: Bool, voluntary: Bool,
                              noticeDays: Int, earliestEffective: Day?, score: Double, scoreTerms: ScoreTerms,
                              citations: [String], flags: [String]) -> PlanMove {
        PlanMove(executiveID: executiveID, executiveName: executiveName, appointment: appointment,
                 fromPositionID: fromPositionID, toPositionID: toPositionID, toTitle: toTitle, action: action,
                 relocation: relocation, voluntary: voluntary, noticeDays: noticeDays,
                 earliestEffective: earliestEffective, score: score, scoreTerms: scoreTerms,
                 citations: citations, flags: flags)
    }
}
