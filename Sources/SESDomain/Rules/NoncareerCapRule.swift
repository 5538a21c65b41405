/// Noncareer appointees may not exceed 25% of an agency's SES allocation nor 10% of the SES
/// governmentwide (5 U.S.C. 3134(b), (d)). A plan may not raise the count above the cap; where an
/// agency is already above it, the plan may not raise it further.
public enum NoncareerCapRule {
    /// The largest number of noncareer executives the agency may have after the plan.
    public static func agencyLimit(allocation: Int, capPct: Double, current: Int) -> Int {
        max(current, Int((Double(allocation) * capPct / 100).rounded(.down)))
    }

    /// The largest governmentwide number of noncareer executives after the plan.
    public static func governmentLimit(allocation: Int, capPct: Double, current: Int) -> Int {
        max(current, Int((Double(allocation) * capPct / 100).rounded(.down)))
    }
}
