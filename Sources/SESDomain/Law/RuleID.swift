/// The rules sesplan encodes, each with a stable identifier used in plans, audits and reports.
/// What each says, its citation and whether it is law or agency policy: ``definition``.
public enum RuleID: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case careerReserved = "career_reserved"
    case noncareerGeneralOnly = "noncareer_general_only"
    case reassignmentScope = "reassignment_scope"
    case voluntaryTransfer = "voluntary_transfer"
    case qualification
    case relocationConsent = "relocation_consent"
    case limitedAppointment = "limited_appointment"
    case limitedEmergencyPosition = "limited_emergency_position"
    case limitedTermPosition = "limited_term_position"
    case appointmentUnchanged = "appointment_unchanged"
    case protectedDisclosure = "protected_disclosure"
    case notice
    case relocationNotice = "relocation_notice"
    case policyNotice = "policy_notice"
    case moratorium
    case probation
    case rotationCadence = "rotation_cadence"
    case noncareerCap = "noncareer_cap"
    case noncareerGovernmentCap = "noncareer_government_cap"
    case noncareerAuthority = "noncareer_authority"
    case qrbCertification = "qrb_certification"
    case fillBy = "fill_by"
    case pinForbid = "pin_forbid"
    case givenScores = "given_scores"
    case maxMoves = "max_moves"
    case maxRelocations = "max_relocations"
    case componentMaxMoves = "component_max_moves"

    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }

    /// The rule's citation (shorthand for `definition.citation`).
    public var citation: String { definition.citation }
    /// Law, agency policy or guidance (shorthand for `definition.kind`).
    public var kind: RuleKind { definition.kind }
}

/// A rule's verdict on one executive–position pair: why the pair is not allowed, with the citation.
public struct RuleFinding: Sendable, Hashable, Codable {
    public var rule: RuleID
    public var citation: String
    /// Plain words an HR specialist can use.
    public var message: String

    /// Creates a finding; the citation defaults to the rule's own.
    public init(rule: RuleID, citation: String? = nil, message: String) {
        self.rule = rule; self.citation = citation ?? rule.citation; self.message = message
    }

    /// Law or agency policy: the rule's kind.
    public var kind: RuleKind { rule.kind }
}
