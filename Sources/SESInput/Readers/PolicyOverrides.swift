import SESDomain

/// Settings given on the command line that take precedence over `policy.yaml`.
///
/// When `asOf` is overridden and no framework is given anywhere, the ECQ framework is the one in
/// force on the overriding date.
public struct PolicyOverrides: Sendable, Hashable {
    /// Replaces `as_of`.
    public var asOf: Day?
    /// Replaces `ecq_framework`.
    public var ecqFramework: ECQFramework?
    /// Replaces `plans` (1–100).
    public var plans: Int?
    /// Replaces `min_difference` (1–1,000,000).
    public var minDifference: Int?
    /// Replaces `time_limit_seconds` (above 0, at most one week).
    public var timeLimitSeconds: Double?
    /// Replaces `relative_gap` (0–1).
    public var relativeGap: Double?

    /// Creates overrides; nil leaves the policy file's value.
    public init(asOf: Day? = nil, ecqFramework: ECQFramework? = nil, plans: Int? = nil, minDifference: Int? = nil,
                timeLimitSeconds: Double? = nil, relativeGap: Double? = nil) {
        self.asOf = asOf; self.ecqFramework = ecqFramework; self.plans = plans
        self.minDifference = minDifference; self.timeLimitSeconds = timeLimitSeconds; self.relativeGap = relativeGap
    }

    /// Applies the overrides to a policy, returning problems for values out of range
    /// (reported against the file name `command line`).
    func apply(to policy: inout Policy, frameworkGiven: Bool) -> [InputProblem] {
        var problems: [InputProblem] = []
        func bad(_ message: String) { problems.append(InputProblem(file: "command line", message: message)) }
        if let asOf {
            if let message = InputLimits.planningDayProblem(asOf, name: "as_of") { bad(message) }
            policy.asOf = asOf
            if !frameworkGiven { policy.ecqFramework = ECQFramework.inForce(on: asOf) }
        }
        if let ecqFramework { policy.ecqFramework = ecqFramework }
        if let plans {
            if InputLimits.plans.contains(plans) { policy.plans = plans } else {
                bad("plans must be between \(InputLimits.plans.lowerBound) and \(InputLimits.plans.upperBound), got \(plans)")
            }
        }
        if let minDifference {
            if InputLimits.minDifference.contains(minDifference) { policy.minDifference = minDifference } else {
                bad("min_difference must be between 1 and \(InputLimits.minDifference.upperBound), got \(minDifference)")
            }
        }
        if let timeLimitSeconds {
            if timeLimitSeconds > 0, timeLimitSeconds <= InputLimits.maxTimeLimitSeconds {
                policy.timeLimitSeconds = timeLimitSeconds
            } else {
                bad("time_limit_seconds must be greater than 0 and at most \(ValueText.number(InputLimits.maxTimeLimitSeconds)), "
                    + "got \(ValueText.number(timeLimitSeconds))")
            }
        }
        if let relativeGap {
            if InputLimits.relativeGap.contains(relativeGap) { policy.relativeGap = relativeGap } else {
                bad("relative_gap must be between 0 and 1, got \(ValueText.number(relativeGap))")
            }
        }
        return problems
    }
}
