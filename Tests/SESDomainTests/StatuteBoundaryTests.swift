import SESDomain
import Testing

/// Each statutory point broken once at its boundary (5 U.S.C. 3395, 3134; the policy switches).
@Suite struct StatuteBoundaryTests {
    let home = Fixture.position("P1")
    let near = Fixture.position("P2")
    let far = Fixture.position("P3", location: "Denver, CO")

    @Test func fifteenDayNoticeIsNeverWaived() {
        let e = Fixture.executive(noticeWaived: true)
        let a = Fixture.assessor([e], [home, near]).assess(e, near)
        #expect(a.noticeDays == 15)
        #expect(a.earliestEffective == Fixture.asOf.adding(days: 15))
        #expect(a.timing.noticeRule == .notice && !a.timing.waiverReliedOn)
    }

    @Test func sixtyDayNoticeWaivedInWritingLeavesFifteen() {
        let waived = Fixture.executive(noticeWaived: true)
        let a = Fixture.assessor([waived], [home, far]).assess(waived, far)
        #expect(a.noticeDays == 15 && a.timing.waiverReliedOn && a.timing.consultation)
        let plain = Fixture.executive()
        let b = Fixture.assessor([plain], [home, far]).assess(plain, far)
        #expect(b.noticeDays == 60 && b.timing.noticeRule == .relocationNotice && b.timing.consultation)
        #expect(b.earliestEffective == Fixture.asOf.adding(days: 60))
        // The other reading, as a parameter: the waiver lifts every notice of the move.
        let other = Fixture.assessor([waived], [home, far]) { $0.rules.waiverKeepsFifteenDayNotice = false }
        #expect(other.assess(waived, far).noticeDays == 0)
    }

    @Test func moratoriumEndsOnDayOneHundredTwentyOne() {
        // Agency head appointed on D: D+120 is still "within 120 days after"; D+121 is the first lawful day.
        let d = Fixture.asOf.adding(days: -100)
        let e = Fixture.executive()
        let assessor = Fixture.assessor([e], [home, near], agencies: [Agency(name: "AG", headAppointed: d)])
        let a = assessor.assess(e, near)
        #expect(a.earliestEffective == d.adding(days: 121))
        #expect(a.timing.heldByMoratorium)
        #expect(a.earliestEffective > d.adding(days: 120))
    }

    @Test func detailDaysExtendTheMoratoriumUpToSixty() {
        let d = Fixture.asOf.adding(days: -100)
        for (detail, extra) in [(30, 30), (60, 60), (61, 60), (400, 60)] {
            var e = Fixture.executive()
            e.detailDays = detail
            let assessor = Fixture.assessor([e], [home, near], agencies: [Agency(name: "AG", headAppointed: d)])
            #expect(assessor.assess(e, near).earliestEffective == d.adding(days: 121 + extra))
        }
    }

    @Test func moratoriumExceptionsLiftIt() {
        let d = Fixture.asOf.adding(days: -10)
        for exception in MoratoriumException.allCases {
            var e = Fixture.executive()
            e.moratoriumException = exception
            let a = Fixture.assessor([e], [home, near], agencies: [Agency(name: "AG", headAppointed: d)]).assess(e, near)
            #expect(!a.timing.heldByMoratorium && a.earliestEffective == Fixture.asOf.adding(days: 15))
        }
    }

    @Test func voluntarinessBelongsToTheMove() {
        let d = Fixture.asOf.adding(days: -10)
        var e = Fixture.executive()
        e.requestedPositions = ["P2"]
        let other = Fixture.position("P4")
        let assessor = Fixture.assessor([e], [home, near, other], agencies: [Agency(name: "AG", headAppointed: d)])
        let asked = assessor.assess(e, near)
        #expect(asked.voluntary && asked.requested && !asked.timing.heldByMoratorium)
        let notAsked = assessor.assess(e, other)
        #expect(!notAsked.voluntary && notAsked.timing.heldByMoratorium)
        #expect(notAsked.earliestEffective == d.adding(days: 121))
    }

    @Test func protectedDisclosureHoldIsPolicyAndPerMove() {
        var e = Fixture.executive(protectedDisclosure: true)
        e.requestedPositions = ["P2"]
        let other = Fixture.position("P4")
        let assessor = Fixture.assessor([e], [home, near, other])
        #expect(assessor.assess(e, near).allowed)
        let held = assessor.assess(e, other)
        #expect(held.findings.map(\.rule) == [.protectedDisclosure])
        #expect(held.findings[0].kind == .policy)
        let off = Fixture.assessor([e], [home, near, other]) { $0.rules.holdProtectedDisclosure = false }
        #expect(off.assess(e, other).allowed)
    }

    @Test func relocationConsentIsPolicy() {
        let unwilling = Fixture.executive(willingRelocate: false)
        let a = Fixture.assessor([unwilling], [home, far]).assess(unwilling, far)
        #expect(a.findings.map(\.rule) == [.relocationConsent] && a.findings[0].kind == .policy)
        let off = Fixture.assessor([unwilling], [home, far]) { $0.rules.relocateOnlyWilling = false }
        let directed = off.assess(unwilling, far)
        #expect(directed.allowed && directed.noticeDays == 60 && directed.timing.consultation)
    }

    @Test func transferOnlyWhenAskedInWriting() {
        let elsewhere = Fixture.position("Q1", agency: "OTHER")
        var asked = Fixture.executive()
        asked.requestedPositions = ["Q1"]
        let assessor = Fixture.assessor([asked], [home, elsewhere])
        let t = assessor.assess(asked, elsewhere)
        #expect(t.allowed && t.action == .transfer && t.voluntary)
        // Transfer notice is agency policy.
        #expect(t.timing.noticeRule == .policyNotice && t.timing.noticeRule?.kind == .policy)
        let silent = Fixture.executive()
        #expect(assessor.assess(silent, elsewhere).findings.map(\.rule) == [.voluntaryTransfer])
    }

    @Test func noncareerAppointeesGetOnlyPolicyNotice() {
        let e = Fixture.executive(appointment: .noncareer)
        let a = Fixture.assessor([e], [home, far]).assess(e, far)
        #expect(a.timing.noticeRule == .policyNotice && !a.timing.consultation)
        let none = Fixture.assessor([e], [home, far]) { $0.rules.otherAppointeeNoticeDays.value = 0 }
        #expect(none.assess(e, far).noticeDays == 0)
        #expect(a.flags.map(\.text).contains { $0.contains("OPM's approval") })
    }

    @Test func limitedEmergencyOnlyToUrgentNeedWithinEighteenMonths() {
        let e = Fixture.executive(appointment: .limitedEmergency, sesStart: "2026-01-01")
        var urgent = Fixture.position("P5")
        urgent.urgentNeed = true
        let assessor = Fixture.assessor([e], [home, near, urgent])
        #expect(assessor.assess(e, near).findings.map(\.rule) == [.limitedEmergencyPosition])
        #expect(assessor.assess(e, urgent).allowed)
        // 18 months from 2025-06-17 end on 2026-12-17: a move effective 2026-12-16 (15 days' policy notice) is the last.
        let late = Fixture.executive(appointment: .limitedEmergency, sesStart: "2025-06-16")
        let lastDay = Fixture.executive(appointment: .limitedEmergency, sesStart: "2025-06-17")
        #expect(Fixture.assessor([late], [home, urgent]).assess(late, urgent).findings.map(\.rule) == [.limitedAppointment])
        #expect(Fixture.assessor([lastDay], [home, urgent]).assess(lastDay, urgent).allowed)
    }

    @Test func limitedTermOnlyToDutiesEndingWithinThreeYears() {
        let e = Fixture.executive(appointment: .limitedTerm, sesStart: "2026-06-01")
        var within = Fixture.position("P6")
        within.dutiesEnd = Day(iso: "2029-12-16")
        var beyond = Fixture.position("P7")
        beyond.dutiesEnd = Day(iso: "2029-12-17")
        let assessor = Fixture.assessor([e], [home, within, beyond])
        #expect(assessor.assess(e, within).allowed)
        #expect(assessor.assess(e, beyond).findings.map(\.rule) == [.limitedTermPosition])
        #expect(assessor.assess(e, near).findings.map(\.rule) == [.limitedTermPosition])
    }

    @Test func noncareerLimitExemptsAgenciesUnderFourSpaces() {
        let rules = Policy.Rules()
        #expect(LawKernel.noncareerAgencyLimit(allocation: 3, capPct: 25, count1978: nil, current: 0, rules: rules) == nil)
        #expect(LawKernel.noncareerAgencyLimit(allocation: 4, capPct: 25, count1978: nil, current: 0, rules: rules) == 1)
        #expect(LawKernel.noncareerAgencyLimit(allocation: 40, capPct: 25, count1978: 14, current: 0, rules: rules) == 14)
        #expect(LawKernel.noncareerAgencyLimit(allocation: 40, capPct: 25, count1978: 9, current: 0, rules: rules) == 10)
        #expect(LawKernel.noncareerGovernmentLimit(allocation: 8_000, current: 0, rules: rules) == 800)
    }

    @Test func placementFlagsTheQualificationsReviewBoard() {
        let candidate = Fixture.executive(position: nil)
        let a = Fixture.assessor([candidate], [near]).assess(candidate, near)
        #expect(a.action == .placement && a.flags.map(\.text).contains { $0.contains("Qualifications Review Board") })
    }

    @Test func everyRuleHasOneDefinitionWithItsKind() {
        for rule in RuleID.allCases {
            let d = rule.definition
            #expect(d.id == rule && !d.title.isEmpty && !d.citation.isEmpty)
            if d.kind == .policy { #expect(d.citation.hasPrefix("agency policy")) }
        }
        #expect(RuleID.relocationConsent.kind == .policy && RuleID.protectedDisclosure.kind == .policy)
        #expect(RuleID.maxMoves.kind == .policy && RuleID.rotationCadence.kind == .guidance)
        #expect(RuleID.notice.kind == .law && RuleID.moratorium.kind == .law && RuleID.noncareerCap.kind == .law)
    }
}
