/// The words of each finding: why a rule forbids a pair, for one executive and one position.
/// The decision is ``LawKernel``'s; this only says it, with the rule's one citation.
public enum RuleMessages {
    /// The finding for `rule`, which the kernel said the pair breaks.
    public static func finding(_ rule: RuleID, _ e: Executive, _ p: Position, effective: Day, serviceEnd: Day?,
                               framework: ECQFramework) -> RuleFinding {
        let message: String
        switch rule {
        case .careerReserved:
            message = "\(p.id) is Career Reserved; \(e.id) holds a \(e.appointment.rawValue) appointment"
        case .noncareerGeneralOnly:
            message = "noncareer appointee \(e.id) may go to General positions only; \(p.id) is \(p.designation.rawValue)"
        case .reassignmentScope:
            message = "\(e.id) is a \(e.appointment.rawValue) appointee; only career appointees transfer between agencies"
        case .voluntaryTransfer:
            message = "\(p.id) is in \(p.agency); a transfer is \(e.id)'s own move and needs \(e.id)'s written request "
                + "(requested_positions, or willing_transfer) and transfers allowed in the policy (rules.allow_transfers)"
        case .qualification:
            message = QualificationRule.gaps(e, p, framework: framework)
        case .relocationConsent:
            message = "the move leaves \(e.id)'s commuting area and \(e.id) is not willing to relocate"
        case .limitedAppointment:
            message = serviceEnd.map {
                "\(e.id)'s limited appointment allows service until \($0.iso) at most; the move could take effect only \(effective.iso)"
            } ?? "neither ses_start nor appointment_end is known for limited appointee \(e.id), so the service limit cannot be shown to be kept"
        case .limitedEmergencyPosition:
            message = "\(p.id) is not marked as established for a bona fide, unanticipated, urgent need (urgent_need); "
                + "limited emergency appointee \(e.id) may be reassigned only to such a position"
        case .limitedTermPosition:
            message = "\(p.id)'s duties do not expire within the limited term (duties_end \(p.dutiesEnd?.iso ?? "unknown")); "
                + "limited term appointee \(e.id) may be reassigned only to such a position"
        case .protectedDisclosure:
            message = "\(e.id) made a protected disclosure and did not ask for this move; kept in place"
        case .pinForbid:
            message = "the policy forbids \(e.id) in \(p.id)"
        case .givenScores:
            message = "\(e.id)–\(p.id) is not listed in the scores file"
        default:
            message = rule.definition.title
        }
        return RuleFinding(rule: rule, message: message)
    }
}
