/// Career appointees in their first (probationary) year may be reassigned; such moves are allowed
/// and flagged (5 CFR 317.901; 5 U.S.C. 3393(d)).
public enum ProbationRule {
    /// True when the executive's SES career appointment began less than the probation length before `asOf`.
    public static func isProbationary(_ executive: Executive, asOf: Day, rules: Policy.Rules) -> Bool {
        guard executive.appointment == .career, let start = executive.sesStart else { return false }
        return start.days(to: asOf) < rules.probationDays.days
    }
}
