import Foundation
import SESDomain
import Testing
@testable import SESPlanning

/// `DraftAuditor` on adversarial drafts: each rule broken once, several at once, and compliant drafts.
@Suite struct AuditTests {
    static let asOf = Day(iso: "2026-12-01")!

    /// A career executive of AG in Washington, component C1, ECQs 4, in place since 2020.
    static func exec(_ id: String, _ appointment: Appointment = .career, position: String?, agency: String = "AG",
                     component: String = "C1", ecq: Int = 4, volunteer: Bool = false, waived: Bool = false,
                     transfer: Bool = false, relocate: Bool = true, disclosure: Bool = false,
                     appointmentEnd: String? = nil) -> Executive {
        Executive(id: id, name: "Synthetic \(id)", appointment: appointment, agency: agency, component: component,
                  positionID: position, positionStart: Day(iso: "2020-01-01"), sesStart: Day(iso: "2015-01-01"),
                  ecq: Array(repeating: ecq, count: 5), willingTransfer: transfer, willingRelocate: relocate,
                  volunteer: volunteer, noticeWaived: waived, protectedDisclosure: disclosure,
                  appointmentEnd: appointmentEnd.flatMap(Day.init(iso:)))
    }

    static func pos(_ id: String, agency: String = "AG", component: String = "C1", location: String = "Washington, DC",
                    designation: Designation = .general, mustFill: Bool = false, fillBy: String? = nil) -> Position {
        Position(id: id, title: "Synthetic \(id)", agency: agency, component: component, location: location,
                 designation: designation, priority: 5, mustFill: mustFill, fillBy: fillBy.flatMap(Day.init(iso:)),
                 ecqMinimum: [3, 3, 3, 3, 3])
    }

    /// The standard cast: E1 in P1, E2 in P2 (both career, AG, DC); vacancies V1 (DC), VD (Denver),
    /// CR1 (Career Reserved), Q1 (another agency); noncareer N1 and limited L1 unplaced.
    static func instance(executives extra: [Executive] = [], positions more: [Position] = [], agencies: [Agency] = [],
                         scores: [PairScore]? = nil, _ configure: (inout Policy) -> Void = { _ in }) -> Instance {
        var policy = Policy(asOf: asOf)
        configure(&policy)
        let es = [exec("E1", position: "P1"), exec("E2", position: "P2"), exec("N1", .noncareer, position: nil),
                  exec("L1", .limitedTerm, position: nil, appointmentEnd: "2026-12-10")] + extra
        let ps = [pos("P1"), pos("P2"), pos("V1"), pos("VD", location: "Denver, CO"),
                  pos("CR1", designation: .careerReserved), pos("Q1", agency: "OTHER")] + more
        return Instance(executives: es, positions: ps, agencies: agencies, scores: scores, policy: policy)
    }

    static func move(_ e: String, _ p: String, _ date: String? = nil, voluntary: Bool? = nil, line: Int? = nil) -> DraftMove {
        DraftMove(executiveID: e, toPositionID: p, effectiveDate: date.flatMap(Day.init(iso:)), voluntary: voluntary, line: line)
    }

    func audit(_ inst: Instance, _ draft: [DraftMove]) -> DraftAudit { DraftAuditor(instance: inst).audit(draft) }

    // MARK: - Compliant drafts

    @Test func compliantChainWithDerivedDates() {
        // E1 moves into V1, E2 into E1's seat, N1 placed in E2's seat.
        let result = audit(Self.instance(), [Self.move("E1", "V1"), Self.move("E2", "P1"), Self.move("N1", "P2")])
        #expect(result.compliant, "\(result.violations)")
        #expect(result.violations.isEmpty)
        #expect(result.summary.reassignments == 2 && result.summary.placements == 1)
        let e1 = result.moves.first { $0.executiveID == "E1" }!
        let e2 = result.moves.first { $0.executiveID == "E2" }!
        let n1 = result.moves.first { $0.executiveID == "N1" }!
        #expect(e1.earliestLawful == Self.asOf.adding(days: 15) && e1.effective == e1.earliestLawful && !e1.effectiveGiven)
        // N1's placement is lawful at once but waits for E2 to leave P2.
        #expect(n1.earliestLawful == Self.asOf)
        #expect(n1.effective == e2.effective)
    }

    @Test func emptyDraftIsCompliantAndEveryoneStays() {
        let result = audit(Self.instance(), [])
        #expect(result.compliant && result.moves.isEmpty && result.consent.isEmpty)
    }

    @Test func swapTakesEffectTogether() {
        let inst = Self.instance(executives: [Self.exec("E3", position: "P3")], positions: [Self.pos("P3", location: "Denver, CO")])
        // E1 (DC) and E3 (Denver) swap: both relocate, 60 days' notice each; a swap moves on one day.
        let result = audit(inst, [Self.move("E1", "P3"), Self.move("E3", "P1")])
        #expect(result.compliant, "\(result.violations)")
        let dates = Set(result.moves.map(\.effective))
        #expect(dates == [Self.asOf.adding(days: 60)])
        #expect(result.consent.filter { $0.kind == .relocation }.count == 2)
    }

    // MARK: - Each rule broken once

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let instance: @Sendable () -> Instance
        let draft: [DraftMove]
        let expected: Set<String>
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "Career Reserved to a limited appointee", instance: { instance() },
             draft: [move("L1", "CR1", line: 2)], expected: ["career_reserved"]),
        Case(name: "noncareer to a non-General position", instance: { instance() },
             draft: [move("N1", "CR1", line: 2)], expected: ["career_reserved", "noncareer_general_only"]),
        Case(name: "noncareer across agencies", instance: { instance(agencies: [Agency(name: "OTHER", sesAllocation: 8)]) },
             draft: [move("N1", "Q1", line: 2)], expected: ["reassignment_scope"]),
        Case(name: "transfer without consent", instance: { instance() },
             draft: [move("E1", "Q1", line: 2)], expected: ["voluntary_transfer"]),
        Case(name: "transfer marked involuntary", instance: { instance(executives: [exec("T1", position: "P9", transfer: true)],
                                                                      positions: [pos("P9")]) },
             draft: [move("T1", "Q1", voluntary: false, line: 2)], expected: ["voluntary_transfer"]),
        Case(name: "transfers switched off", instance: { instance(executives: [exec("T1", position: "P9", transfer: true)],
                                                                  positions: [pos("P9")]) { $0.rules.allowTransfers = false } },
             draft: [move("T1", "Q1", line: 2)], expected: ["voluntary_transfer"]),
        Case(name: "unqualified", instance: { instance(executives: [exec("W1", position: "P9", ecq: 2)], positions: [pos("P9")]) },
             draft: [move("W1", "V1", line: 2)], expected: ["qualification"]),
        Case(name: "relocation of an unwilling executive", instance: { instance(executives: [exec("R1", position: "P9", relocate: false)],
                                                                                positions: [pos("P9")]) },
             draft: [move("R1", "VD", line: 2)], expected: ["relocation_consent"]),
        Case(name: "limited appointment ends before the move", instance: {
                 instance(executives: [exec("L2", .limitedTerm, position: "P9", appointmentEnd: "2026-12-10")], positions: [pos("P9")]) },
             draft: [move("L2", "V1", line: 2)], expected: ["limited_appointment", "limited_term_position"]),
        Case(name: "limited appointment ends before a later draft date", instance: {
                 instance(executives: [exec("L2", .limitedTerm, position: "P9", appointmentEnd: "2027-01-01")], positions: [pos("P9")]) },
             draft: [move("L2", "V1", "2027-02-01", line: 2)], expected: ["limited_appointment", "limited_term_position"]),
        Case(name: "protected disclosure, not voluntary", instance: { instance(executives: [exec("D1", position: "P9", disclosure: true)],
                                                                               positions: [pos("P9")]) },
             draft: [move("D1", "V1", line: 2)], expected: ["protected_disclosure"]),
        Case(name: "notice too short", instance: { instance() },
             draft: [move("E1", "V1", "2026-12-05", line: 2)], expected: ["notice"]),
        Case(name: "effective before as_of", instance: { instance() },
             draft: [move("N1", "V1", "2026-11-30", line: 2)], expected: ["notice"]),
        Case(name: "relocation notice too short", instance: { instance() },
             draft: [move("E1", "VD", "2027-01-15", line: 2)], expected: ["relocation_notice"]),
        Case(name: "inside the moratorium", instance: { instance(agencies: [Agency(name: "AG", headAppointed: Day(iso: "2026-11-01"))]) },
             draft: [move("E1", "V1", "2026-12-20", line: 2)], expected: ["moratorium"]),
        Case(name: "volunteer flag overridden by the draft", instance: {
                 instance(executives: [exec("M1", position: "P9", volunteer: true)], positions: [pos("P9", fillBy: nil)],
                          agencies: [Agency(name: "AG", headAppointed: Day(iso: "2026-11-01"))]) },
             draft: [move("M1", "V1", "2026-12-20", voluntary: false, line: 2)], expected: ["moratorium"]),
        Case(name: "forbidden pair", instance: { instance { $0.forbids = [.init(executiveID: "E1", positionID: "V1")] } },
             draft: [move("E1", "V1", line: 2)], expected: ["pin_forbid"]),
        Case(name: "pair not in scores.csv", instance: {
                 instance(scores: [PairScore(executiveID: "E1", positionID: "P1", score: 1),
                                   PairScore(executiveID: "E2", positionID: "P2", score: 1)]) },
             draft: [move("E1", "V1", line: 2)], expected: ["given_scores"]),
        Case(name: "two executives in one seat", instance: { instance() },
             draft: [move("E1", "V1", line: 2), move("N1", "V1", line: 3)], expected: ["position_taken_twice"]),
        Case(name: "seat whose incumbent stays", instance: { instance() },
             draft: [move("E1", "P2", line: 2)], expected: ["position_still_held"]),
        Case(name: "seat entered before it is vacated", instance: { instance() },
             draft: [move("E1", "VD", line: 2), move("E2", "P1", "2026-12-20", line: 3)], expected: ["vacancy_timing"]),
        Case(name: "move budget", instance: { instance { $0.limits.maxMoves = 1 } },
             draft: [move("E1", "V1", line: 2), move("E2", "P1", line: 3)], expected: ["max_moves"]),
        Case(name: "relocation budget", instance: { instance { $0.limits.maxRelocations = 0 } },
             draft: [move("E1", "VD", line: 2)], expected: ["max_relocations"]),
        Case(name: "component budget", instance: { instance { $0.limits.componentMaxMoves = ["C1": 1] } },
             draft: [move("E1", "V1", line: 2), move("E2", "P1", line: 3)], expected: ["component_max_moves"]),
        Case(name: "agency noncareer cap", instance: {
                 instance(executives: [exec("N2", .noncareer, position: "P9")], positions: [pos("P9")],
                          agencies: [Agency(name: "AG", sesAllocation: 4, noncareerCapPct: 25)]) },
             draft: [move("N1", "V1", line: 2)], expected: ["noncareer_cap"]),
        Case(name: "governmentwide noncareer cap", instance: {
                 instance(executives: [exec("N2", .noncareer, position: "P9")], positions: [pos("P9")]) {
                     $0.limits.governmentwideAllocation = 10 } },
             draft: [move("N1", "V1", line: 2)], expected: ["noncareer_cap", "noncareer_government_cap"]),
        Case(name: "pin not followed", instance: { instance { $0.pins = [.init(executiveID: "E2", positionID: "V1")] } },
             draft: [move("E1", "V1", line: 2)], expected: ["pin"]),
    ]

    @Test(arguments: cases)
    func eachRuleBrokenOnce(_ c: Case) {
        let result = audit(c.instance(), c.draft)
        #expect(!result.compliant)
        #expect(Set(result.violations.map(\.rule.rawValue)) == c.expected, "\(result.violations.map { "\($0.rule): \($0.message)" })")
        for v in result.violations {
            #expect(!v.citation.isEmpty && !v.message.isEmpty && !v.fix.isEmpty)
        }
        // Pair rules point at the row that breaks them.
        let pairRules: Set<String> = ["career_reserved", "noncareer_general_only", "reassignment_scope", "voluntary_transfer",
                                      "qualification", "relocation_consent", "limited_appointment", "protected_disclosure",
                                      "notice", "moratorium", "pin_forbid", "given_scores"]
        for v in result.violations where pairRules.contains(v.rule.rawValue) {
            #expect(v.line != nil && v.executiveID != nil && v.positionID != nil)
        }
    }

    @Test(arguments: cases)
    func theSameDraftWithoutTheBreachIsCompliant(_ c: Case) {
        // Dropping the rows that break the rule leaves a compliant draft (the break is the only problem).
        let result = audit(c.instance(), c.draft)
        let bad = Set(result.violations.compactMap(\.line))
        let rest = c.draft.filter { !bad.contains($0.line ?? -1) }
        if rest.count < c.draft.count {
            let again = audit(c.instance(), rest)
            #expect(again.compliant || !again.violations.contains { c.expected.contains($0.rule.rawValue) && $0.line != nil },
                    "\(again.violations)")
        }
    }

    // MARK: - Fixes carry the earliest lawful date

    @Test func noticeFixGivesTheEarliestLawfulDate() {
        let result = audit(Self.instance(), [Self.move("E1", "VD", "2026-12-20", line: 2)])
        let v = result.violations.first!
        #expect(v.rule == AuditRule(.relocationNotice) && v.citation.contains("3395(a)(2)(B)"))
        #expect(v.fix == "earliest lawful effective date is 2027-01-30")
        #expect(v.message.contains("60 days"))
    }

    @Test func moratoriumFixGivesItsEndAndTheWayOut() {
        let inst = Self.instance(agencies: [Agency(name: "AG", headAppointed: Day(iso: "2026-11-01"))])
        let result = audit(inst, [Self.move("E1", "V1", "2026-12-20", line: 2)])
        let v = result.violations.first!
        #expect(v.rule == .moratorium && v.citation.contains("3395(e)"))
        #expect(v.fix.contains("earliest lawful effective date is 2027-03-02") && v.fix.contains("written request"))
        // Without a date the draft is lawful and takes effect when the moratorium ends.
        let derived = audit(inst, [Self.move("E1", "V1", line: 2)])
        #expect(derived.compliant && derived.moves[0].effective.iso == "2027-03-02") // D+121
    }

    // MARK: - Several at once

    @Test func severalViolationsAreAllReportedInLineOrder() {
        let inst = Self.instance { $0.limits.maxMoves = 1 }
        let result = audit(inst, [Self.move("N1", "CR1", line: 2), Self.move("E1", "V1", "2026-12-02", line: 3),
                                  Self.move("E2", "Q1", line: 4), Self.move("L1", "V1", line: 5)])
        let rules = result.violations.map(\.rule.rawValue)
        for rule in ["career_reserved", "noncareer_general_only", "notice", "voluntary_transfer", "position_taken_twice", "max_moves"] {
            #expect(rules.contains(rule), "missing \(rule) in \(rules)")
        }
        let lines = result.violations.map { $0.line ?? Int.max }
        #expect(lines == lines.sorted())
        #expect(result.violations.last?.rule == .maxMoves && result.violations.last?.line == nil)
        #expect(result.summary.violations == result.violations.count)
    }

    // MARK: - Consent and voluntariness

    @Test func voluntaryClaimInsideTheMoratoriumNeedsTheWrittenRequest() {
        let inst = Self.instance(agencies: [Agency(name: "AG", headAppointed: Day(iso: "2026-11-01"))])
        let result = audit(inst, [Self.move("E1", "V1", voluntary: true, line: 2)])
        #expect(result.compliant)
        #expect(result.moves[0].effective == Self.asOf.adding(days: 15))
        let item = result.consent.first { $0.kind == .moratoriumRequest }
        #expect(item != nil)
        #expect(item?.onFile.contains { $0.contains("written request") } == true)
        #expect(item?.onFile.contains { $0.contains("records no written request of E1") } == true)
        #expect(item?.citation.contains("3395(e)") == true)
    }

    @Test func voluntaryClaimOutsideTheMoratoriumIsListed() {
        let result = audit(Self.instance(), [Self.move("E1", "V1", voluntary: true, line: 2)])
        #expect(result.compliant)
        #expect(result.consent.map(\.kind) == [.voluntaryClaim])
    }

    @Test func protectedDisclosureExecutiveMayMoveAtOwnRequest() {
        let inst = Self.instance(executives: [Self.exec("D1", position: "P9", disclosure: true)], positions: [Self.pos("P9")])
        let result = audit(inst, [Self.move("D1", "V1", voluntary: true, line: 2)])
        #expect(result.compliant)
        #expect(result.consent.contains { $0.kind == .protectedDisclosureRequest && $0.citation.contains("agency policy") })
    }

    @Test func transferAndWaivedNoticeAreOnTheConsentRecord() {
        let inst = Self.instance(executives: [Self.exec("T1", position: "P9", waived: true, transfer: true)], positions: [Self.pos("P9")])
        let result = audit(inst, [Self.move("T1", "Q1", line: 2)])
        #expect(result.compliant, "\(result.violations)")
        // The 15-day notice of a transfer is agency policy here, and no waiver lifts it.
        let kinds = Set(result.consent.map(\.kind))
        #expect(kinds == [.transfer])
        let transfer = result.consent.first { $0.kind == .transfer }!
        #expect(transfer.onFile.contains { $0.contains("OTHER's written approval") })
        #expect(result.moves[0].noticeDays == 15 && result.moves[0].effective == Self.asOf.adding(days: 15))
    }

    @Test func mustFillLeftEmptyIsAnAdvisoryNotAViolation() {
        let inst = Self.instance(positions: [Self.pos("MF", mustFill: true, fillBy: "2026-12-10")])
        let empty = audit(inst, [])
        #expect(empty.compliant && empty.advisories.map(\.rule) == [.mustFill])
        let late = audit(inst, [Self.move("E1", "MF", line: 2)])
        #expect(late.compliant && late.advisories.first?.message.contains("must be filled by 2026-12-10") == true)
    }

    @Test func auditJSONHasOneShapeAndRoundTrips() throws {
        let result = audit(Self.instance(), [Self.move("E1", "Q1", line: 2)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(result)
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(object["compliant"] as? Bool == false)
        let v = (object["violations"] as! [[String: Any]])[0]
        for key in ["executive_id", "position_id", "rule", "citation", "message", "fix", "line"] { #expect(v[key] != nil, "\(key)") }
        let back = try JSONDecoder().decode(DraftAudit.self, from: data)
        #expect(back == result)
    }
}
