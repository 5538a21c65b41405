/// Every SES member should take a developmental move at least once every 3 to 5 years
/// (OPM, Guidelines for Broadening the SES, Nov 7 2008). The development value of a move grows
/// linearly from 0 at `rotation_due_years` in position to 1 at `rotation_overdue_years`; from then
/// on the executive is "overdue".
public enum RotationCadenceRule {
    /// Years in the current position on `asOf` (nil when unknown or unplaced).
    public static func yearsInPosition(_ executive: Executive, asOf: Day) -> Double? {
        guard executive.positionID != nil, let start = executive.positionStart else { return nil }
        return Double(start.days(to: asOf)) / 365.25
    }

    /// Development factor in 0...1 for a move of this executive.
    public static func dueFactor(_ executive: Executive, asOf: Day, rules: Policy.Rules) -> Double {
        guard let years = yearsInPosition(executive, asOf: asOf) else { return 0 }
        let due = rules.rotationDueYears.value, overdue = rules.rotationOverdueYears.value
        if years < due { return 0 }
        if years >= overdue || overdue <= due { return 1 }
        return (years - due) / (overdue - due)
    }

    /// True when the executive has been in position at least `rotation_overdue_years`.
    public static func isOverdue(_ executive: Executive, asOf: Day, rules: Policy.Rules) -> Bool {
        guard let years = yearsInPosition(executive, asOf: asOf) else { return false }
        return years >= rules.rotationOverdueYears.value
    }
}
