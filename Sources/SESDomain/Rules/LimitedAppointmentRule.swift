/// Limited term and limited emergency appointees serve in General positions only and may not be
/// moved past the end of their appointment (5 U.S.C. 3132(a)(5)–(6), 3394; 5 CFR 317.601–605).
public enum LimitedAppointmentRule {
    public static let citation = "5 U.S.C. 3394; 5 CFR 317.601"

    /// True when a limited appointee's move would take effect on or after the appointment's end.
    @inlinable public static func violates(_ executive: Executive, effective: Day) -> Bool {
        guard executive.appointment.isLimited, let end = executive.appointmentEnd else { return false }
        return effective >= end
    }

    /// A finding when a limited appointee's move would take effect on or after the appointment's end.
    public static func check(_ executive: Executive, effective: Day) -> RuleFinding? {
        guard violates(executive, effective: effective), let end = executive.appointmentEnd else { return nil }
        return RuleFinding(rule: .limitedAppointment, citation: citation,
                           message: "\(executive.id)'s limited appointment ends \(end.iso), before the move could take effect (\(effective.iso))")
    }
}
