/// No involuntary reassignment of a career appointee within 120 days after the appointment of a
/// new agency head, or of a new noncareer immediate supervisor with appraisal authority
/// (5 U.S.C. 3395(e); 5 CFR 317.901(c)). Volunteers are not held.
public enum MoratoriumRule {
    /// The day the moratorium ends for this executive (nil when none applies), with its reason.
    public static func end(for executive: Executive, currentPosition: Position?, agency: Agency,
                           rules: Policy.Rules) -> (day: Day, reason: String)? {
        guard executive.appointment == .career else { return nil }
        let length = max(0, rules.moratoriumDays.days)
        var candidates: [(Day, String)] = []
        if let head = agency.headAppointed {
            candidates.append((head.adding(days: length), "new agency head appointed \(head.iso)"))
        }
        if let supervisor = currentPosition?.supervisorStart {
            candidates.append((supervisor.adding(days: length), "new noncareer supervisor from \(supervisor.iso)"))
        }
        if let explicit = executive.moratoriumUntil {
            candidates.append((explicit, "moratorium recorded until \(explicit.iso)"))
        }
        return candidates.max { $0.0 < $1.0 }
    }

    /// Whether the moratorium holds back this move: an involuntary reassignment effective before its end.
    public static func applies(_ executive: Executive, action: MoveAction) -> Bool {
        action == .reassignment && !executive.volunteer && executive.appointment == .career
    }
}
