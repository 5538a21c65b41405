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
    /// Replaces `plans` (at least 1).
    public var plans: Int?
    /// Replaces `min_difference` (at least 1).
    public var minDifference: Int?
    /// Replaces `time_limit_seconds` (greater than 0).
    public var timeLimitSeconds: Double?
    /// Replaces `relative_gap` (at least 0).
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
            policy.asOf = asOf
            if !frameworkGiven { policy.ecqFramework = ECQFramework.inForce(on: asOf) }
        }
        if let ecqFramework { policy.ecqFramework = ecqFramework }
        if let plans {
            if plans >= 1 { policy.plans = plans } else { bad("plans must be at least 1, got \(plans)") }
        }
        if let minDifference {
            if minDifference >= 1 { policy.minDifference = minDifference } else {
                bad("min_difference must be at least 1, got \(minDifference)")
            }
        }
        if let timeLimitSeconds {
            if timeLimitSeconds.isFinite, timeLimitSeconds > 0 { policy.timeLimitSeconds = timeLimitSeconds } else {
                bad("time_limit_seconds must be a finite number greater than 0, got \(ValueText.number(timeLimitSeconds))")
            }
        }
        if let relativeGap {
            if relativeGap.isFinite, relativeGap >= 0 { policy.relativeGap = relativeGap } else {
                bad("relative_gap must be a finite number of at least 0, got \(ValueText.number(relativeGap))")
            }
        }
        return problems
    }
}
