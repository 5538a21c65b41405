/// The rules, decided once. Every consumer (pair screening, pair assessment, plan dates, the audit,
/// explanations, corps rotations, reports) asks these functions; none decides a rule itself.
public enum LawKernel {
    // MARK: - Pairs

    /// The rules that forbid the pair (empty: the pair is allowed). `effective` is the move's
    /// earliest date, for the rules that depend on it (limited appointments).
    public static func violations(_ f: PairFacts, effective: Day, serviceEnd: Day?, rules: Policy.Rules) -> RuleMask {
        var mask: RuleMask = []
        guard !f.isStay else { return mask }
        // 5 U.S.C. 3132(b); 5 CFR 214.401.
        if f.designation == .careerReserved && f.appointment != .career { mask.insert(RuleMask(.careerReserved)) }
        // 5 U.S.C. 3395(d).
        if f.appointment == .noncareer && f.designation != .general { mask.insert(RuleMask(.noncareerGeneralOnly)) }
        if !f.sameAgency {
            if f.appointment != .career {
                // 5 U.S.C. 3395(a)(1)(B) is for career appointees; (b) keeps limited appointees in their agency.
                mask.insert(RuleMask(.reassignmentScope))
            } else if !(rules.allowTransfers && (f.requested || f.willingTransfer)) {
                // 5 U.S.C. 3395(a)(1)(B): the appointee's own move, asked for in writing.
                mask.insert(RuleMask(.voluntaryTransfer))
            }
        }
        // 5 U.S.C. 3395(a)(1)(A): qualified for the position.
        if !f.qualified { mask.insert(RuleMask(.qualification)) }
        // Agency policy: relocate only the willing (or those who asked for this very position).
        if f.relocation && rules.relocateOnlyWilling && !f.willingRelocate && !f.requested {
            mask.insert(RuleMask(.relocationConsent))
        }
        // Agency policy: hold executives with a protected disclosure unless they asked for the move.
        if f.isMove && rules.holdProtectedDisclosure && f.protectedDisclosure && !f.requested && !f.blanketRequest {
            mask.insert(RuleMask(.protectedDisclosure))
        }
        if f.appointment.isLimited && !f.placement {
            if let end = serviceEnd, effective >= end { mask.insert(RuleMask(.limitedAppointment)) }
            if serviceEnd == nil { mask.insert(RuleMask(.limitedAppointment)) }
            // 5 U.S.C. 3395(b)(1): a position established for a bona fide, unanticipated, urgent need.
            if f.appointment == .limitedEmergency && !f.urgentNeed { mask.insert(RuleMask(.limitedEmergencyPosition)) }
            // 5 U.S.C. 3395(b)(2): a position whose duties expire within the term (3 years).
            if f.appointment == .limitedTerm {
                let limit = effective.addingMonths(Int(rules.limitedTermMonths.value.rounded()))
                if f.dutiesEnd.map({ $0 > limit }) ?? true { mask.insert(RuleMask(.limitedTermPosition)) }
            }
        }
        return mask
    }

    /// The last day (exclusive) a limited appointee may serve under the appointment: the earlier of
    /// `appointment_end` and the service limit counted from `ses_start` (18 months for limited
    /// emergency, 3 years for limited term; 5 U.S.C. 3395(b)). Nil when neither date is known:
    /// the tool then cannot show the limit is kept and plans no move (the conservative reading).
    public static func limitedServiceEnd(_ executive: Executive, rules: Policy.Rules) -> Day? {
        guard executive.appointment.isLimited else { return nil }
        let months = executive.appointment == .limitedEmergency ? rules.limitedEmergencyMonths : rules.limitedTermMonths
        let byLimit = executive.sesStart.map { $0.addingMonths(Int(months.value.rounded())) }
        switch (executive.appointmentEnd, byLimit) {
        case let (a?, b?): return min(a, b)
        case let (a?, nil): return a
        case let (nil, b?): return b
        case (nil, nil): return nil
        }
    }

    // MARK: - Timing

    /// Notice, then the moratorium (5 U.S.C. 3395(a)(2), (e)).
    /// - Parameter moratoriumFirstDay: the first day an involuntary reassignment may take effect
    ///   under the moratorium (``moratoriumFirstDay(_:currentPosition:agency:rules:)``).
    public static func timing(_ f: PairFacts, noticeWaived: Bool, moratoriumFirstDay: Day?, asOf: Day,
                              rules: Policy.Rules) -> MoveTiming {
        var t = MoveTiming(noticeDays: 0, noticeRule: nil, noticeCitation: nil, consultation: false,
                           waiverReliedOn: false, earliest: asOf, heldByMoratorium: false)
        switch f.action {
        case .stay, .placement, .unplaced:
            return t
        case .transfer:
            // The statute's notice is for reassignments; notice on transfers is agency policy.
            guard rules.noticeForTransfers else { return t }
            let days = career(f, noticeWaived: noticeWaived, rules: rules)
            t.noticeDays = days.days
            t.noticeRule = .policyNotice
            t.noticeCitation = "agency policy (rules.notice_for_transfers)"
        case .reassignment:
            if f.appointment == .career {
                let days = career(f, noticeWaived: noticeWaived, rules: rules)
                t.noticeDays = days.days
                t.noticeRule = days.rule
                t.noticeCitation = days.citation
                t.consultation = f.relocation
                t.waiverReliedOn = f.relocation && noticeWaived
            } else {
                // 3395(a)(2) speaks of career appointees; any other notice is the agency's policy.
                t.noticeDays = max(0, rules.otherAppointeeNoticeDays.days)
                t.noticeRule = t.noticeDays > 0 ? .policyNotice : nil
                t.noticeCitation = t.noticeDays > 0 ? rules.otherAppointeeNoticeDays.citation : nil
            }
        }
        t.earliest = asOf.adding(days: t.noticeDays)
        // 5 U.S.C. 3395(e): involuntary reassignments of career appointees only.
        if f.action == .reassignment, f.appointment == .career, !f.voluntary, let first = moratoriumFirstDay,
           first > t.earliest {
            t.earliest = first
            t.heldByMoratorium = true
        }
        return t
    }

    /// A career appointee's notice: 15 days (5 U.S.C. 3395(a)(2)(A), never waived); outside the
    /// commuting area 60 days with reasons ((a)(2)(B)(i)(II)), which only the executive may waive in
    /// writing ((a)(2)(B)(ii)); after a waiver the 15 days still apply (the conservative reading,
    /// `rules.waiver_keeps_15_day_notice`).
    static func career(_ f: PairFacts, noticeWaived: Bool, rules: Policy.Rules) -> (days: Int, rule: RuleID, citation: String) {
        let base = max(0, rules.noticeDays.days)
        guard f.relocation else { return (base, .notice, rules.noticeDays.citation) }
        if noticeWaived {
            let days = rules.waiverKeepsFifteenDayNotice ? base : 0
            return (days, .notice, "\(rules.noticeDays.citation); 60-day notice waived in writing, 5 U.S.C. 3395(a)(2)(B)(ii)")
        }
        return (max(base, rules.relocationNoticeDays.days), .relocationNotice, rules.relocationNoticeDays.citation)
    }

    /// The first day an involuntary reassignment of this career appointee may take effect, with the
    /// reason, or nil when no moratorium applies. For an appointment on day D, "within 120 days
    /// after" ends on D+120, so D+121 is the first lawful day; up to 60 days on detail extend it
    /// (5 U.S.C. 3395(e)(1), (e)(3)); an (e)(2) exception lifts it.
    public static func moratoriumFirstDay(_ executive: Executive, currentPosition: Position?, agency: Agency,
                                          rules: Policy.Rules) -> (day: Day, reason: String)? {
        guard executive.appointment == .career, executive.moratoriumException == nil else { return nil }
        let length = max(0, rules.moratoriumDays.days)
        let credit = min(max(0, executive.detailDays), max(0, rules.moratoriumDetailDays.days))
        let creditText = credit > 0 ? ", \(credit) detail days not counted" : ""
        var candidates: [(Day, String)] = []
        if let head = agency.headAppointed {
            candidates.append((head.adding(days: length + credit + 1), "new agency head appointed \(head.iso)\(creditText)"))
        }
        if let supervisor = currentPosition?.supervisorStart {
            candidates.append((supervisor.adding(days: length + credit + 1),
                               "new noncareer supervisor from \(supervisor.iso)\(creditText)"))
        }
        if let until = executive.moratoriumUntil {
            candidates.append((rules.moratoriumUntilInclusive ? until.adding(days: 1) : until,
                               "moratorium recorded until \(until.iso)"))
        }
        return candidates.max { $0.0 < $1.0 }
    }

    // MARK: - Caps

    /// The largest number of noncareer appointees an agency may have after the plan, or nil when
    /// the agency limit does not apply (fewer than 4 allocated spaces): the greater of 25% of the
    /// allocation and the 1978 count (5 U.S.C. 3134(d)); a plan never raises a count already above it.
    public static func noncareerAgencyLimit(allocation: Int, capPct: Double, count1978: Int?, current: Int,
                                            rules: Policy.Rules) -> Int? {
        guard allocation >= rules.noncareerSmallAgencySpaces.days else { return nil }
        let byShare = Int((Double(allocation) * capPct / 100).rounded(.down))
        return max(current, max(byShare, count1978 ?? 0))
    }

    /// The largest governmentwide number of noncareer appointees: 10% of the allocation (5 U.S.C. 3134(b)).
    public static func noncareerGovernmentLimit(allocation: Int, current: Int, rules: Policy.Rules) -> Int {
        max(current, Int((Double(allocation) * rules.noncareerGovernmentCapPct.value / 100).rounded(.down)))
    }
}
