import SESDomain

extension DraftAuditor {
    /// What would cure a pair rule's finding (``AuditFix/text`` gives the words).
    func fix(for finding: RuleFinding, executive e: Executive, position p: Position) -> AuditFix {
        let rules = instance.policy.rules
        switch finding.rule {
        case .careerReserved: return .generalOrCareer(executive: e.id, position: p.id)
        case .noncareerGeneralOnly: return .generalPosition(executive: e.id)
        case .reassignmentScope: return .stayInAgency(agency: e.agency, appointment: e.appointment)
        case .voluntaryTransfer:
            return rules.allowTransfers
                ? .recordTransferRequest(executive: e.id, position: p.id, gainingAgency: p.agency, agency: e.agency)
                : .allowTransfers(agency: e.agency)
        case .qualification: return .qualifiedPair(executive: e.id, position: p.id)
        case .relocationConsent:
            return .stayInCommutingArea(executive: e.id, area: assessor.currentPosition(of: e)?.commutingArea ?? "")
        case .limitedAppointment: return .beforeServiceEnd(end: LawKernel.limitedServiceEnd(e, rules: rules), executive: e.id)
        case .limitedEmergencyPosition: return .urgentNeedPosition(executive: e.id)
        case .limitedTermPosition: return .limitedTermPosition(executive: e.id)
        case .protectedDisclosure: return .holdUnlessRequested(executive: e.id)
        case .pinForbid: return .forbidden(executive: e.id, position: p.id)
        case .givenScores: return .listedPair
        default: return .seeRule(rule: finding.rule)
        }
    }
}
