extension RuleID {
    /// The one definition of each rule: title, citation, law or agency policy, and effect.
    /// docs/rules.md lists the same table; a test holds the two together.
    public var definition: RuleDefinition {
        func law(_ title: String, _ citation: String, _ effect: String, key: String? = nil) -> RuleDefinition {
            RuleDefinition(id: self, title: title, citation: citation, kind: .law, effect: effect, policyKey: key)
        }
        func policy(_ title: String, _ key: String, _ effect: String) -> RuleDefinition {
            RuleDefinition(id: self, title: title, citation: "agency policy (\(key))", kind: .policy, effect: effect,
                           policyKey: key)
        }
        switch self {
        case .careerReserved:
            return law("Career Reserved positions take career appointees only", "5 U.S.C. 3132(b); 5 CFR 214.401",
                       "pair removed")
        case .noncareerGeneralOnly:
            return law("Noncareer appointees go to General positions only", "5 U.S.C. 3395(d); 5 CFR 214.401",
                       "pair removed")
        case .reassignmentScope:
            return law("A reassignment stays in the appointee's agency; only career appointees transfer",
                       "5 U.S.C. 3395(a)(1)(A), (b), (d)", "pair removed")
        case .voluntaryTransfer:
            return law("A transfer to another agency is the career appointee's own move, asked for in writing, "
                       + "with the gaining agency's approval", "5 U.S.C. 3395(a)(1)(B); 5 CFR 317.902",
                       "pair kept only when the executive asked for it in writing; approval flagged",
                       key: "rules.allow_transfers")
        case .qualification:
            return law("Reassignment only to a position the appointee is qualified for (the standard, such as ECQ "
                       + "minimums and required skills, is the agency's)", "5 U.S.C. 3395(a)(1)(A); 5 U.S.C. 3392(a)",
                       "pair removed")
        case .relocationConsent:
            return policy("Relocate only executives willing to relocate (the law allows a directed move after "
                          + "consultation and 60 days' notice)", "rules.relocate_only_willing", "pair removed when on")
        case .limitedAppointment:
            return law("A limited appointee's move takes effect before the appointment ends",
                       "5 U.S.C. 3132(a)(5)–(6)", "pair removed")
        case .limitedEmergencyPosition:
            return law("A limited emergency appointee may be reassigned only to a position established for a bona "
                       + "fide, unanticipated, urgent need, within 18 months in all", "5 U.S.C. 3395(b)(1)",
                       "pair removed", key: "rules.limited_emergency_months")
        case .limitedTermPosition:
            return law("A limited term appointee may be reassigned only to a position whose duties expire within "
                       + "3 years, within 3 years in all", "5 U.S.C. 3395(b)(2)", "pair removed",
                       key: "rules.limited_term_months")
        case .appointmentUnchanged:
            return law("A career appointee is never required to accept a noncareer or limited appointment",
                       "5 CFR 317.904", "never generated: a move keeps the appointment")
        case .protectedDisclosure:
            return policy("Hold executives who made a protected disclosure unless they asked for the move "
                          + "(5 U.S.C. 2302(b)(8) forbids acting because of a disclosure, not every move)",
                          "rules.hold_protected_disclosure", "pair removed when on; flagged")
        case .notice:
            return law("A career appointee's reassignment needs written notice 15 days before it takes effect; "
                       + "this notice cannot be waived", "5 U.S.C. 3395(a)(2)(A)", "earliest effective date",
                       key: "rules.notice_days")
        case .relocationNotice:
            return law("Outside the commuting area: consultation on the reasons and preferences first, then "
                       + "written notice with a statement of the reasons 60 days before; the 60 days (only) may be "
                       + "waived in writing", "5 U.S.C. 3395(a)(2)(B)", "earliest effective date; consultation listed",
                       key: "rules.relocation_notice_days")
        case .policyNotice:
            return policy("Notice before a transfer, or before moving a noncareer or limited appointee (no notice "
                          + "in the statute)", "rules.notice_for_transfers, rules.other_appointee_notice_days",
                          "earliest effective date")
        case .moratorium:
            return law("No involuntary reassignment of a career appointee within 120 days after a new agency head "
                       + "or a new noncareer supervisor with appraisal authority is appointed (day D: D+121 at the "
                       + "earliest); not for a reassignment under 5 U.S.C. 4314(b)(3) or a disciplinary action begun "
                       + "before; up to 60 days on detail do not count", "5 U.S.C. 3395(e)",
                       "earliest effective date", key: "rules.moratorium_days")
        case .probation:
            return law("Probationary career appointees may be reassigned", "5 U.S.C. 3393(d); 5 CFR 317.503",
                       "allowed, flagged", key: "rules.probation_days")
        case .rotationCadence:
            return RuleDefinition(id: self, title: "A developmental move every 3 to 5 years; details and other "
                                  + "developmental assignments count",
                                  citation: "OPM, Guidelines for Broadening the SES (Nov 7, 2008)", kind: .guidance,
                                  effect: "development term in the objective; \"past the 3–5-year goal\"",
                                  policyKey: "rules.rotation_due_years, rules.rotation_overdue_years")
        case .noncareerCap:
            return law("Noncareer appointees in an agency: at most the greater of 25% of its SES allocation and its "
                       + "1978 count; no limit under 4 allocated spaces", "5 U.S.C. 3134(d)", "side constraint",
                       key: "rules.noncareer_agency_cap_pct")
        case .noncareerGovernmentCap:
            return law("Noncareer appointees governmentwide: at most 10% of the total SES allocation",
                       "5 U.S.C. 3134(b)", "side constraint (when limits.governmentwide_allocation is given)",
                       key: "rules.noncareer_government_cap_pct")
        case .noncareerAuthority:
            return law("Each use of a noncareer appointment authority needs OPM's approval", "5 CFR 317.601(b)",
                       "flag on noncareer moves and placements")
        case .qrbCertification:
            return law("Placing an unplaced career candidate is an initial career appointment: the Qualifications "
                       + "Review Board certification must be on file", "5 U.S.C. 3393(c)", "flag on placements")
        case .fillBy:
            return policy("A must-fill position is filled by its fill_by date, counted on the chain-consistent date",
                          "positions.csv must_fill, fill_by; limits.must_fill_hard", "shortfall penalised or forbidden")
        case .pinForbid:
            return policy("Pins and forbids", "pins, forbids", "pair fixed or removed")
        case .givenScores:
            return policy("Only the pairs listed in scores.csv", "scores.csv", "pair removed")
        case .maxMoves:
            return policy("At most limits.max_moves reassignments and transfers", "limits.max_moves", "side constraint")
        case .maxRelocations:
            return policy("At most limits.max_relocations moves outside the commuting area", "limits.max_relocations",
                          "side constraint")
        case .componentMaxMoves:
            return policy("At most N moves out of or into a component", "limits.component_max_moves", "side constraint")
        }
    }
}
