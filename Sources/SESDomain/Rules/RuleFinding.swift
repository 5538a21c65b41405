/// The rules sesplan encodes, each with a stable identifier used in plans, audits and reports.
public enum RuleID: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case careerReserved = "career_reserved"
    case noncareerGeneralOnly = "noncareer_general_only"
    case reassignmentScope = "reassignment_scope"
    case voluntaryTransfer = "voluntary_transfer"
    case qualification
    case relocationConsent = "relocation_consent"
    case limitedAppointment = "limited_appointment"
    case appointmentUnchanged = "appointment_unchanged"
    case protectedDisclosure = "protected_disclosure"
    case notice
    case moratorium
    case probation
    case rotationCadence = "rotation_cadence"
    case noncareerCap = "noncareer_cap"
    case fillBy = "fill_by"
    case pinForbid = "pin_forbid"
    case givenScores = "given_scores"

    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}

/// A rule's verdict on one executive–position pair: why the pair is not allowed, with the citation.
public struct RuleFinding: Sendable, Hashable, Codable {
    public var rule: RuleID
    public var citation: String
    /// Plain words an HR specialist can use.
    public var message: String

    /// Creates a finding.
    public init(rule: RuleID, citation: String, message: String) {
        self.rule = rule; self.citation = citation; self.message = message
    }
}
