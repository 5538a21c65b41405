import SESDomain

/// The rule a draft breaks: one of the pair rules (``RuleID``) or a rule over the whole plan that
/// no single pair shows (two executives in one seat, budgets, caps, pins).
public struct AuditRule: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var rawValue: String

    /// Wraps an identifier.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The audit rule for a pair rule.
    public init(_ rule: RuleID) { rawValue = rule.rawValue }

    /// Two executives drafted into one position.
    public static let positionTakenTwice = AuditRule(rawValue: "position_taken_twice")
    /// An executive drafted into a position whose incumbent stays.
    public static let positionStillHeld = AuditRule(rawValue: "position_still_held")
    /// An executive drafted to start before the incumbent of the seat leaves it.
    public static let vacancyTiming = AuditRule(rawValue: "vacancy_timing")
    /// More reassignments and transfers than `limits.max_moves`.
    public static let maxMoves = AuditRule(rawValue: "max_moves")
    /// More relocations than `limits.max_relocations`.
    public static let maxRelocations = AuditRule(rawValue: "max_relocations")
    /// More moves out of or into a component than `limits.component_max_moves`.
    public static let componentMaxMoves = AuditRule(rawValue: "component_max_moves")
    /// A policy pin the draft does not follow.
    public static let pin = AuditRule(rawValue: "pin")
    /// An id in the draft that the input does not have (the reader refuses these first).
    public static let unknownID = AuditRule(rawValue: "unknown_id")
    /// A must-fill position the draft leaves empty or fills after its `fill_by` date (advisory).
    public static let mustFill = AuditRule(rawValue: "must_fill")
    /// A transfer the draft marks as not voluntary.
    public static let voluntaryTransfer = AuditRule(.voluntaryTransfer)
    /// The notice period (5 U.S.C. 3395(a)(2)).
    public static let notice = AuditRule(.notice)
    /// The 120-day moratorium (5 U.S.C. 3395(e)).
    public static let moratorium = AuditRule(.moratorium)
    /// The noncareer caps (5 U.S.C. 3134).
    public static let noncareerCap = AuditRule(.noncareerCap)
    /// The end of a limited appointment (5 U.S.C. 3394).
    public static let limitedAppointment = AuditRule(.limitedAppointment)

    public var description: String { rawValue }

    /// Law or agency policy. A pair rule or limit takes its kind from its one definition; a draft that
    /// puts two executives in one seat (or a seat before it is free) cannot be carried out at all and
    /// counts with the law; a pin and a must-fill date are agency policy.
    public var kind: RuleKind {
        if let rule = RuleID(rawValue: rawValue) { return rule.kind }
        switch self {
        case .pin, .mustFill: return .policy
        default: return .law
        }
    }

    public static func < (a: AuditRule, b: AuditRule) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
