import Testing
@testable import SESDomain

@Suite struct HardRuleTests {
    @Test func careerReservedTakesCareerAppointeesOnly() {
        let cr = Fixture.position("P2", designation: .careerReserved)
        for appointment in [Appointment.noncareer, .limitedTerm, .limitedEmergency] {
            let a = Fixture.assessor([Fixture.executive(appointment: appointment)], [Fixture.position("P1"), cr])
                .assess(Fixture.executive(appointment: appointment), cr)
            #expect(a.findings.contains { $0.rule == .careerReserved && $0.citation.contains("3132(b)") })
            #expect(!a.allowed)
        }
        let career = Fixture.executive()
        #expect(Fixture.assessor([career], [Fixture.position("P1"), cr]).assess(career, cr).allowed)
    }

    @Test func noncareerGoesToGeneralOnly() {
        let e = Fixture.executive(appointment: .noncareer)
        let cr = Fixture.position("P2", designation: .careerReserved)
        let general = Fixture.position("P3")
        let assessor = Fixture.assessor([e], [Fixture.position("P1"), cr, general])
        #expect(assessor.assess(e, cr).findings.contains { $0.rule == .noncareerGeneralOnly && $0.citation.contains("3395(d)") })
        #expect(assessor.assess(e, general).allowed)
    }

    @Test func transfersAreVoluntaryAndCareerOnly() {
        let other = Fixture.position("Q1", agency: "OTHER")
        let unwilling = Fixture.executive()
        let willing = Fixture.executive(willingTransfer: true)
        let noncareer = Fixture.executive(appointment: .noncareer, willingTransfer: true)
        let assessor = Fixture.assessor([willing], [Fixture.position("P1"), other])
        #expect(assessor.assess(unwilling, other).findings.contains { $0.rule == .voluntaryTransfer })
        #expect(assessor.assess(noncareer, other).findings.contains { $0.rule == .reassignmentScope })
        let ok = assessor.assess(willing, other)
        #expect(ok.allowed && ok.action == .transfer && ok.voluntary)
        #expect(ok.citations.first == RuleID.voluntaryTransfer.citation)
        let off = Fixture.assessor([willing], [Fixture.position("P1"), other]) { $0.rules.allowTransfers = false }
        #expect(!off.assess(willing, other).allowed)
    }

    @Test func qualificationNeedsEveryMinimumAndRequiredSkill() {
        let e = Fixture.executive(ecq: [3, 3, 3, 3, 2], skills: ["budget"])
        let tooHigh = Fixture.position("P2", minimum: [2, 2, 2, 2, 3])
        let needsSkill = Fixture.position("P3", required: ["legal"])
        let fits = Fixture.position("P4", required: ["budget"])
        let assessor = Fixture.assessor([e], [Fixture.position("P1"), tooHigh, needsSkill, fits])
        #expect(assessor.assess(e, tooHigh).findings.map(\.rule) == [.qualification])
        #expect(assessor.assess(e, needsSkill).findings.first?.message.contains("legal") == true)
        #expect(assessor.assess(e, fits).allowed)
    }

    @Test func protectedDisclosureHoldsUnlessVolunteered() {
        let held = Fixture.executive(protectedDisclosure: true)
        let volunteered = Fixture.executive(volunteer: true, protectedDisclosure: true)
        let p2 = Fixture.position("P2")
        let assessor = Fixture.assessor([held], [Fixture.position("P1"), p2])
        #expect(assessor.assess(held, p2).findings.contains { $0.rule == .protectedDisclosure && $0.kind == .policy })
        #expect(assessor.assess(held, Fixture.position("P1")).allowed) // staying is always possible
        let ok = assessor.assess(volunteered, p2)
        #expect(ok.allowed && ok.flags.map(\.text).contains { $0.contains("protected disclosure") })
    }

    @Test func relocationNeedsWillingnessByDefault() {
        let e = Fixture.executive(willingRelocate: false)
        let denver = Fixture.position("P2", location: "Denver, CO")
        let arlington = Fixture.position("P3", location: "PENTAGON, ARLINGTON, VA")
        let assessor = Fixture.assessor([e], [Fixture.position("P1"), denver, arlington])
        #expect(assessor.assess(e, denver).findings.contains { $0.rule == .relocationConsent })
        #expect(assessor.assess(e, arlington).allowed) // same commuting area
        let permissive = Fixture.assessor([e], [Fixture.position("P1"), denver]) { $0.rules.relocateOnlyWilling = false }
        #expect(permissive.assess(e, denver).allowed)
    }

    @Test func limitedAppointeeCannotMovePastAppointmentEnd() {
        let e = Fixture.executive(appointment: .limitedTerm, appointmentEnd: "2026-12-10")
        let p2 = Fixture.position("P2")
        let a = Fixture.assessor([e], [Fixture.position("P1"), p2]).assess(e, p2)
        #expect(a.findings.contains { $0.rule == .limitedAppointment })
    }

    @Test func forbidsAndGivenScoresRestrictPairs() {
        let e = Fixture.executive()
        let p2 = Fixture.position("P2")
        let forbidden = Fixture.assessor([e], [Fixture.position("P1"), p2]) {
            $0.forbids = [.init(executiveID: "E1", positionID: "P2")]
        }
        #expect(forbidden.assess(e, p2).findings.contains { $0.rule == .pinForbid })
        var policy = Policy(asOf: Fixture.asOf)
        policy.plans = 1
        let scored = PairAssessor(instance: Instance(executives: [e], positions: [Fixture.position("P1"), p2],
                                                     scores: [PairScore(executiveID: "E1", positionID: "P1", score: 7)], policy: policy))
        #expect(!scored.assess(e, p2).allowed)
        #expect(scored.assess(e, Fixture.position("P1")).score == 7)
    }

    @Test func movesNeverChangeTheAppointment() {
        #expect(AppointmentUnchangedRule.check(before: .career, after: .career) == nil)
        #expect(AppointmentUnchangedRule.check(before: .career, after: .noncareer)?.citation == "5 CFR 317.904")
    }
}

@Suite struct TimingRuleTests {
    @Test func noticeIsFifteenDaysLocallyAndSixtyOutsideTheCommutingArea() {
        let e = Fixture.executive()
        let local = Fixture.position("P2")
        let far = Fixture.position("P3", location: "Denver, CO")
        let assessor = Fixture.assessor([e], [Fixture.position("P1"), local, far])
        let a = assessor.assess(e, local)
        #expect(a.noticeDays == 15 && a.earliestEffective.iso == "2026-12-16" && !a.relocation)
        let b = assessor.assess(e, far)
        #expect(b.noticeDays == 60 && b.earliestEffective.iso == "2027-01-30" && b.relocation)
        #expect(b.citations.contains { $0.hasPrefix("5 U.S.C. 3395(a)(2)(B)") })
    }

    @Test func waiverLiftsOnlyTheSixtyDayNoticeAndIsFlagged() {
        let e = Fixture.executive(noticeWaived: true)
        let far = Fixture.position("P2", location: "Denver, CO")
        let a = Fixture.assessor([e], [Fixture.position("P1"), far]).assess(e, far)
        #expect(a.noticeDays == 15 && a.earliestEffective == Fixture.asOf.adding(days: 15))
        #expect(a.flags.map(\.text).contains { $0.contains("waived") })
    }

    @Test func noticeDaysComeFromThePolicy() {
        let e = Fixture.executive()
        let a = Fixture.assessor([e], [Fixture.position("P1"), Fixture.position("P2")]) {
            $0.rules.noticeDays = RuleParameter(30, citation: "test citation")
        }.assess(e, Fixture.position("P2"))
        #expect(a.noticeDays == 30 && a.citations.contains("test citation"))
    }

    @Test func moratoriumDelaysInvoluntaryReassignmentOfCareerAppointees() {
        let agency = Agency(name: "AG", headAppointed: Day(iso: "2026-10-01"))
        let involuntary = Fixture.executive()
        let p2 = Fixture.position("P2")
        let a = Fixture.assessor([involuntary], [Fixture.position("P1"), p2], agencies: [agency]).assess(involuntary, p2)
        #expect(a.earliestEffective.iso == "2027-01-30") // 2026-10-01 + 121 days: day 120 is still "within"
        #expect(a.citations.contains { $0.contains("3395(e)") })
        let volunteer = Fixture.executive(volunteer: true)
        let v = Fixture.assessor([volunteer], [Fixture.position("P1"), p2], agencies: [agency]).assess(volunteer, p2)
        #expect(v.earliestEffective.iso == "2026-12-16")
        #expect(v.flags.map(\.text).contains { $0.contains("written request") })
        let noncareer = Fixture.executive(appointment: .noncareer)
        let n = Fixture.assessor([noncareer], [Fixture.position("P1"), p2], agencies: [agency]).assess(noncareer, p2)
        #expect(n.earliestEffective.iso == "2026-12-16")
    }

    @Test func moratoriumFromNewNoncareerSupervisorAndExplicitDate() {
        let e = Fixture.executive(moratoriumUntil: "2027-02-01")
        let p1 = Fixture.position("P1", supervisorStart: "2026-11-01")
        let p2 = Fixture.position("P2")
        let a = Fixture.assessor([e], [Fixture.position("P1"), p2]).assess(e, p2)
        #expect(a.earliestEffective.iso == "2027-02-02") // the day after the recorded last day
        #expect(Fixture.assessor([e], [p1, p2]).assess(e, p2).earliestEffective.iso == "2027-03-02") // the later end wins
        let f = Fixture.executive()
        let b = Fixture.assessor([f], [p1, p2]).assess(f, p2)
        #expect(b.earliestEffective.iso == "2027-03-02") // 2026-11-01 + 121
    }

    @Test func probationaryCareerAppointeesAreFlagged() {
        let e = Fixture.executive(sesStart: "2026-06-01")
        let a = Fixture.assessor([e], [Fixture.position("P1"), Fixture.position("P2")]).assess(e, Fixture.position("P2"))
        #expect(a.allowed && a.flags.map(\.text).contains { $0.contains("probationary") })
    }

    @Test func rotationCadenceGrowsFromThreeToFiveYears() {
        let rules = Policy.Rules()
        func factor(_ start: String) -> Double {
            RotationCadenceRule.dueFactor(Fixture.executive(positionStart: start), asOf: Fixture.asOf, rules: rules)
        }
        #expect(factor("2025-01-01") == 0)
        #expect(abs(factor("2022-12-01") - 0.5) < 0.01)
        #expect(factor("2020-01-01") == 1)
        #expect(RotationCadenceRule.isOverdue(Fixture.executive(positionStart: "2020-01-01"), asOf: Fixture.asOf, rules: rules))
        let e = Fixture.executive(positionStart: "2020-01-01")
        let a = Fixture.assessor([e], [Fixture.position("P1"), Fixture.position("P2")]).assess(e, Fixture.position("P2"))
        #expect(a.terms.development == Policy.Weights().development)
    }

    @Test func fillByMarksLateArrivals() {
        let e = Fixture.executive()
        let urgent = Fixture.position("P2", mustFill: true, fillBy: "2026-12-10")
        let a = Fixture.assessor([e], [Fixture.position("P1"), urgent]).assess(e, urgent)
        #expect(!a.timely && a.allowed)
    }

    @Test func noncareerCapNeverRaisesAboveTwentyFivePercent() {
        let rules = Policy.Rules()
        #expect(LawKernel.noncareerAgencyLimit(allocation: 100, capPct: 25, count1978: nil, current: 10, rules: rules) == 25)
        #expect(LawKernel.noncareerAgencyLimit(allocation: 10, capPct: 25, count1978: nil, current: 4, rules: rules) == 4)
        #expect(LawKernel.noncareerAgencyLimit(allocation: 10, capPct: 25, count1978: nil, current: 1, rules: rules) == 2)
    }
}
