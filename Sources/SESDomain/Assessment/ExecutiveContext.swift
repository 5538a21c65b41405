/// Facts about one executive that every pair assessment needs, computed once per executive.
public struct ExecutiveContext: Sendable {
    public var current: Position?
    /// The first day an involuntary reassignment may take effect under the moratorium
    /// (5 U.S.C. 3395(e)), with its reason; nil when none applies.
    public var moratorium: (day: Day, reason: String)?
    public var probationary: Bool
    /// Past the 3–5-year rotation goal (guidance).
    public var overdue: Bool
    /// Development factor 0...1 from the rotation cadence.
    public var dueFactor: Double
    /// For a limited appointee, the day service under the appointment must end (5 U.S.C. 3395(b)).
    public var serviceEnd: Day?
}

/// A set of rules, as a bit mask: the fast path's verdict on a pair.
public struct RuleMask: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// The mask holding one rule.
    public init(_ rule: RuleID) { rawValue = 1 << UInt32(RuleID.allCases.firstIndex(of: rule)!) }

    /// The rules in the mask, in declaration order.
    public var rules: [RuleID] { RuleID.allCases.enumerated().filter { rawValue & (1 << UInt32($0.offset)) != 0 }.map(\.element) }
}
