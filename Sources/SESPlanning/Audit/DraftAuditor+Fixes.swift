import SESDomain

extension DraftAuditor {
    /// What would cure a pair rule's finding, in words an HR specialist can act on.
    func fix(for finding: RuleFinding, executive e: Executive, position p: Position) -> String {
        let rules = instance.policy.rules
        switch finding.rule {
        case .careerReserved:
            return "choose a General position for \(e.id), or a career appointee for \(p.id)"
        case .noncareerGeneralOnly:
            return "choose a General position for \(e.id)"
        case .reassignmentScope:
            return "choose a position in \(e.agency); a \(e.appointment.rawValue) appointee cannot transfer to another agency"
        case .voluntaryTransfer:
            return rules.allowTransfers
                ? "record \(e.id)'s written request for \(p.id) (requested_positions) and \(p.agency)'s approval, or choose a position in \(e.agency)"
                : "choose a position in \(e.agency), or allow transfers in the policy (rules.allow_transfers)"
        case .qualification:
            return "choose a position whose ECQ minimums and required skills \(e.id) meets, or another executive for \(p.id)"
        case .relocationConsent:
            let home = assessor.currentPosition(of: e)?.commutingArea ?? ""
            return "choose a position in \(e.id)'s commuting area (\(home)), record willing_relocate, or switch off the agency policy rules.relocate_only_willing (the law then needs consultation and 60 days' notice)"
        case .limitedAppointment:
            return "choose an effective date before \(LawKernel.limitedServiceEnd(e, rules: rules)?.iso ?? "the appointment's end (record ses_start or appointment_end)"), or leave \(e.id) in place"
        case .limitedEmergencyPosition:
            return "choose a position established for an urgent need (urgent_need), or leave \(e.id) in place"
        case .limitedTermPosition:
            return "choose a position whose duties expire within the term (duties_end), or leave \(e.id) in place"
        case .protectedDisclosure:
            return "leave \(e.id) in place, unless \(e.id) asks for this move in writing (then mark the row voluntary and keep the request on file)"
        case .pinForbid:
            return "the policy forbids \(e.id) in \(p.id): choose another position, or change the policy's forbids"
        case .givenScores:
            return "choose a pair listed in scores.csv"
        default:
            return "see \(finding.rule.definition.citedAs)"
        }
    }
}
