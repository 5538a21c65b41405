/// A career appointee cannot be required to accept a noncareer or limited appointment
/// (5 CFR 317.904). A sesplan move never changes anybody's appointment: the executive keeps
/// theirs in the new position; this unit states and checks that invariant.
public enum AppointmentUnchangedRule {
    public static let citation = "5 CFR 317.904"

    /// A finding when a move would leave the executive with a different appointment type.
    public static func check(before: Appointment, after: Appointment) -> RuleFinding? {
        guard before != after else { return nil }
        return RuleFinding(rule: .appointmentUnchanged, citation: citation,
                           message: "a move may not change a \(before.rawValue) appointment into \(after.rawValue)")
    }
}
