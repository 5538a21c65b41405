import Foundation
import SESDomain
import SESInput
@testable import SESPlanning
import SESReports
import Testing
@testable import SESWeb

/// Explanation sentences, diagnosis conflicts and audit problems are values (``Reason``) with one
/// English rendering: every case reads the same in the terminal, in JSON (where its typed fields
/// carry the rule, citation and kind of the rule's one definition) and on the web pages (after
/// unescaping). The samples hold one value of every case; an exhaustive switch numbers the cases,
/// so a new case without a sample fails the count.
@Suite struct ReasonRenderingTests {
    static let d1 = Day(iso: "2027-01-15")!, d2 = Day(iso: "2027-03-01")!, asOf = Day(iso: "2026-12-01")!
    static let option = OptionRef(positionID: "P2", title: "Director <of> \"R&D\"", action: .reassignment)
    static let limit = PlanLimit(name: "max_moves", scope: .moves, rule: .maxMoves, limit: 3, citation: RuleID.maxMoves.citation)
    static let cap = PlanLimit(name: "noncareer_cap[DOL]", scope: .noncareerAgency("DOL"), rule: .noncareerCap, limit: 1,
                               citation: RuleID.noncareerCap.citation)
    static let finding = RuleFinding(rule: .careerReserved, message: "P1 is Career Reserved; E2 holds a noncareer appointment")

    // MARK: - Samples, one per case

    static let explanationSamples: [ExplanationReason] = [
        .outscores(executive: "E1", chosen: option, chosenScore: 12.5, alternative: OptionRef(positionID: nil, title: nil, action: .unplaced),
                   alternativeScore: 3, mainly: [TermDelta(name: "development", value: 8), TermDelta(name: "move", value: -3)]),
        .sameScore(executive: "E1", alternative: option, score: 4),
        .scoresMore(executive: "E1", alternative: option, alternativeScore: 9.25, chosenScore: 7),
        .seatGoesTo(position: "P2", holder: "E3", holderScore: 11),
        .holderHasNoOtherSeat(holder: "E3", position: "P2", executive: "E1"),
        .exchange(position: "P2", executive: "E1", holder: "E3", fallback: option, fallbackScore: 2, totalChange: -1.5),
        .sameTotal,
        .noSingleReason,
        .limitFull(limit: limit, needs: 1),
        .planRank(plan: 2, minDifference: 1),
        .planStatus(status: .timeLimit),
        .onlyOutcome(executive: "E1", staying: true),
        .mustFillWouldWait(position: "P4", fillBy: d2, enterer: "E5", leaver: "E6", date: d2.adding(days: 3), penalty: 100),
        .mustFillOnlyFiller(position: "P4", fillBy: nil, executive: "E5", penalty: 100),
        .mustFillLeftShort(position: "P4", fillBy: d2, penalty: 50),
        .nextBest(executive: "E1", option: option, score: 5),
        .noOtherOption(executive: "E1"),
        .scoreAgainst(chosenScore: 10, terms: [TermDelta(name: "ecq_fit", value: 6)], alternative: option, alternativeScore: 8,
                      mainly: [TermDelta(name: "ecq_fit", value: 2)]),
        .scoreOnlyOption(score: 10),
        .staysUnplaced(executive: "E5"),
        .staysInPlace(executive: "E1", position: "P1"),
        .placement(earliest: d1, waits: true),
        .noNotice(action: .transfer),
        .notice(days: 60, citation: RuleID.relocationNotice.citation, noticeRule: .relocationNotice, consult: "E3", waived: true),
        .moratoriumHold(why: "new agency head appointed 2026-09-15", firstDay: d1),
        .earliestDate(day: d1, own: false),
        .afterFillBy(position: "P4", fillBy: d2),
        .waitsFor(effective: d2, leaver: "E6", seat: "P4", leaves: d2),
        .leaverInTime(leaver: "E6", seat: "P4", leaves: d1),
        .cycle(count: 3, others: ["E2", "E4"], effective: d1),
        .waitMissesFillBy(seat: "P4", fillBy: d1),
    ]

    /// Numbers every case (the switch fails to compile when a case is added without a number).
    static func number(_ r: ExplanationReason) -> Int {
        switch r {
        case .outscores: return 0
        case .sameScore: return 1
        case .scoresMore: return 2
        case .seatGoesTo: return 3
        case .holderHasNoOtherSeat: return 4
        case .exchange: return 5
        case .sameTotal: return 6
        case .noSingleReason: return 7
        case .limitFull: return 8
        case .planRank: return 9
        case .planStatus: return 10
        case .onlyOutcome: return 11
        case .mustFillWouldWait: return 12
        case .mustFillOnlyFiller: return 13
        case .mustFillLeftShort: return 14
        case .nextBest: return 15
        case .noOtherOption: return 16
        case .scoreAgainst: return 17
        case .scoreOnlyOption: return 18
        case .staysUnplaced: return 19
        case .staysInPlace: return 20
        case .placement: return 21
        case .noNotice: return 22
        case .notice: return 23
        case .moratoriumHold: return 24
        case .earliestDate: return 25
        case .afterFillBy: return 26
        case .waitsFor: return 27
        case .leaverInTime: return 28
        case .cycle: return 29
        case .waitMissesFillBy: return 30
        }
    }
    static let explanationCases = 31

    static let diagnosisSamples: [DiagnosisConflict] = [
        .noOutcome(executive: "E1", position: "P1"),
        .unlawfulPin(executive: "E2", position: "P1", findings: [finding]),
        .pin(executive: "E2", position: "P1"),
        .limit(limit: limit),
        .noEligible(position: "P4", fillBy: d2, excludedBy: [RuleCount(rule: .careerReserved, count: 2),
                                                               RuleCount(rule: .qualification, count: 1)]),
        .tooLate(position: "P4", fillBy: d1, earliest: d2),
        .neededElsewhere(position: "P4", fillBy: d2, eligible: 1),
        .oneEach,
        .notReproduced,
        .outOfTime,
        .solverTrouble(detail: "GLPK glp_intopt failed with code 5 (GLP_EFAIL)."),
    ]

    static func number(_ c: DiagnosisConflict) -> Int {
        switch c {
        case .noOutcome: return 0
        case .unlawfulPin: return 1
        case .pin: return 2
        case .limit: return 3
        case .noEligible: return 4
        case .tooLate: return 5
        case .neededElsewhere: return 6
        case .oneEach: return 7
        case .notReproduced: return 8
        case .outOfTime: return 9
        case .solverTrouble: return 10
        }
    }
    static let diagnosisCases = 11

    static let auditSamples: [AuditProblem] = [
        .unknownExecutive(executive: "E9"),
        .unknownPosition(position: "P9"),
        .twoRows(executive: "E1", otherLine: 2),
        .pairRule(finding: finding, waitsForSeat: false),
        .involuntaryTransfer(executive: "E6", agency: "FBE"),
        .beforeDraftingDate(given: asOf.adding(days: -3), asOf: asOf, notice: .notice, citation: RuleID.notice.citation),
        .shortNotice(given: asOf.adding(days: 19), asOf: asOf, requiredDays: 60, relocation: true, notice: .relocationNotice,
                     citation: RuleID.relocationNotice.citation),
        .insideMoratorium(given: asOf.adding(days: 20), why: "new agency head appointed 2026-09-15", firstLawfulDay: d1),
        .positionStillHeld(position: "P1", holder: "E1"),
        .positionTakenTwice(position: "P1", firstExecutive: "E1", line: 3),
        .vacancyTiming(executive: "E2", position: "P1", enters: d1, leaver: "E1", leaves: d2),
        .limitExceeded(limit: cap, counted: ["E2", "E7"]),
        .pinNotFollowed(executive: "E1", position: "P3", draftPosition: nil),
        .mustFillEmpty(position: "P4"),
        .lateFill(position: "P4", fillBy: d1, effective: d2),
    ]

    static func number(_ p: AuditProblem) -> Int {
        switch p {
        case .unknownExecutive: return 0
        case .unknownPosition: return 1
        case .twoRows: return 2
        case .pairRule: return 3
        case .involuntaryTransfer: return 4
        case .beforeDraftingDate: return 5
        case .shortNotice: return 6
        case .insideMoratorium: return 7
        case .positionStillHeld: return 8
        case .positionTakenTwice: return 9
        case .vacancyTiming: return 10
        case .limitExceeded: return 11
        case .pinNotFollowed: return 12
        case .mustFillEmpty: return 13
        case .lateFill: return 14
        }
    }
    static let auditCases = 15

    static let fixSamples: [AuditFix] = [
        .useKnownIDs, .keepOneRow(executive: "E1"), .followPin(executive: "E1", position: "P3"),
        .obtainTransferConsent(executive: "E6", agency: "OFA"), .earliestLawfulDate(day: d1),
        .afterMoratorium(day: d1, executive: "E3"), .moveHolderOut(holder: "E1", position: "P1", executive: "E2"),
        .chooseAnotherPosition(executive: "E2", other: "E1"), .reorderMoves(executive: "E2", leaves: d2, leaver: "E1"),
        .dropNoncareer(count: 1), .dropOrRaise(count: 2, limit: "max_moves"), .placeSomeone(position: "P4"),
        .startBy(day: d2), .generalOrCareer(executive: "E2", position: "P1"), .generalPosition(executive: "E2"),
        .stayInAgency(agency: "FBE", appointment: .noncareer),
        .recordTransferRequest(executive: "E6", position: "P4", gainingAgency: "FBE", agency: "OFA"),
        .allowTransfers(agency: "OFA"), .qualifiedPair(executive: "E5", position: "P3"),
        .stayInCommutingArea(executive: "E3", area: "DENVER, CO"), .beforeServiceEnd(end: nil, executive: "E7"),
        .urgentNeedPosition(executive: "E7"), .limitedTermPosition(executive: "E7"), .holdUnlessRequested(executive: "E4"),
        .forbidden(executive: "E1", position: "P5"), .listedPair, .seeRule(rule: .moratorium),
    ]

    static func number(_ f: AuditFix) -> Int {
        switch f {
        case .useKnownIDs: return 0
        case .keepOneRow: return 1
        case .followPin: return 2
        case .obtainTransferConsent: return 3
        case .earliestLawfulDate: return 4
        case .afterMoratorium: return 5
        case .moveHolderOut: return 6
        case .chooseAnotherPosition: return 7
        case .reorderMoves: return 8
        case .dropNoncareer: return 9
        case .dropOrRaise: return 10
        case .placeSomeone: return 11
        case .startBy: return 12
        case .generalOrCareer: return 13
        case .generalPosition: return 14
        case .stayInAgency: return 15
        case .recordTransferRequest: return 16
        case .allowTransfers: return 17
        case .qualifiedPair: return 18
        case .stayInCommutingArea: return 19
        case .beforeServiceEnd: return 20
        case .urgentNeedPosition: return 21
        case .limitedTermPosition: return 22
        case .holdUnlessRequested: return 23
        case .forbidden: return 24
        case .listedPair: return 25
        case .seeRule: return 26
        }
    }
    static let fixCases = 27

    // MARK: - Helpers

    /// The text of an HTML page as a reader sees it.
    static func unescaped(_ html: String) -> String {
        html.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func json(_ value: some Encodable) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try #require(try JSONSerialization.jsonObject(with: encoder.encode(value)) as? [String: Any])
    }

    /// The typed fields of a reason as JSON writes them: rule, citation and kind from the rule's one
    /// definition, and the text.
    static func expectRecord(_ object: [String: Any]?, _ reason: some Reason, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(object?["text"] as? String == reason.text, sourceLocation: sourceLocation)
        if let rule = reason.rule {
            #expect(object?["rule"] as? String == rule.rawValue, sourceLocation: sourceLocation)
            #expect(object?["citation"] as? String == rule.definition.citation, sourceLocation: sourceLocation)
            #expect(object?["kind"] as? String == rule.definition.kind.rawValue, sourceLocation: sourceLocation)
        } else {
            #expect(object?["rule"] is NSNull && object?["citation"] is NSNull && object?["kind"] is NSNull,
                    sourceLocation: sourceLocation)
        }
    }

    static let view = ViewContext(csrf: "t", userName: nil, path: "/")
    static let scenario = Scenario(id: 1, name: "s", version: 1, parentID: nil, createdAt: "2026-01-01T00:00:00Z",
                                   updatedAt: "2026-01-01T00:00:00Z")

    // MARK: - Tests

    @Test func everyExplanationReasonReadsTheSameInTerminalJSONAndWeb() throws {
        #expect(Set(Self.explanationSamples.map(Self.number)) == Set(0..<Self.explanationCases))
        let outcome = OptionSummary(positionID: "P1", title: "T", action: .stay, score: 1, terms: ScoreTerms(), noticeDays: 0,
                                    earliestEffective: Self.asOf, holderInPlan: nil)
        let x = ExecutiveExplanation(
            plan: 1, executiveID: "E1", executiveName: "N", appointment: .career, fromPositionID: "P1", outcome: outcome,
            citations: [], flags: [], alternative: nil, comparison: [], why: Self.explanationSamples, lawfulOptions: 1,
            excluded: [], when: Self.explanationSamples, consent: [])
        let terminal = x.text
        let object = try Self.json(x)
        let reasons = try #require(object["reasons"] as? [String]), timing = try #require(object["timing"] as? [String])
        let details = try #require(object["reason_details"] as? [[String: Any]])
        let timingDetails = try #require(object["timing_details"] as? [[String: Any]])
        let web = Self.unescaped(ExplanationPages.executive(x, scenario: Self.scenario, run: 1, Self.view).body.html)
        let contender = Contender(executiveID: "E1", executiveName: "N", scoreHere: 1, planPositionID: "P1", planAction: .stay,
                                  planScore: 1, why: Self.explanationSamples)
        let contenderObject = try Self.json(contender)
        var checked = 0
        for (k, reason) in Self.explanationSamples.enumerated() {
            let text = reason.text
            #expect(terminal.contains("  " + text + "\n"), "terminal lacks '\(text)'")
            #expect(reasons[k] == text && timing[k] == text)
            Self.expectRecord(details[k], reason)
            Self.expectRecord(timingDetails[k], reason)
            #expect((contenderObject["reasons"] as? [String])?[k] == text)
            #expect(web.contains("<li>" + text + "</li>"), "web page lacks '\(text)'")
            let back = try JSONDecoder().decode(ReasonRecord<ExplanationReason>.self,
                                                from: JSONEncoder().encode(ReasonRecord(reason)))
            #expect(back.detail == reason)
            checked += 1
        }
        #expect(checked == Self.explanationCases)
    }

    @Test func everyDiagnosisConflictReadsTheSameInTerminalAndJSON() throws {
        #expect(Set(Self.diagnosisSamples.map(Self.number)) == Set(0..<Self.diagnosisCases))
        let diagnosis = Diagnosis(items: Self.diagnosisSamples, hint: .relax)
        let terminal = diagnosis.description
        let object = try Self.json(diagnosis)
        let conflicts = try #require(object["conflicts"] as? [String])
        let details = try #require(object["conflict_details"] as? [[String: Any]])
        var checked = 0
        for (k, conflict) in Self.diagnosisSamples.enumerated() {
            #expect(terminal.contains("  - " + conflict.text + "\n"), "terminal lacks '\(conflict.text)'")
            #expect(conflicts[k] == conflict.text)
            Self.expectRecord(details[k], conflict)
            checked += 1
        }
        #expect(checked == Self.diagnosisCases)
        var hints = 0
        for hint in DiagnosisHint.allCases {
            let d = Diagnosis(items: [.oneEach], hint: hint)
            let object = try Self.json(d)
            #expect(d.description.contains("\n  " + hint.text) && object["hint"] as? String == hint.text)
            hints += 1
        }
        #expect(hints == 4)
        let back = try JSONDecoder().decode(Diagnosis.self, from: JSONEncoder().encode(diagnosis))
        #expect(back == diagnosis)
    }

    @Test func everyAuditProblemReadsTheSameInTerminalJSONAndWeb() throws {
        #expect(Set(Self.auditSamples.map(Self.number)) == Set(0..<Self.auditCases))
        let findings = Self.auditSamples.enumerated().map { k, p in
            AuditFinding(executiveID: "E\(k)", positionID: "P\(k)", problem: p, fix: Self.fixSamples[k % Self.fixSamples.count],
                         line: k + 2)
        }
        let audit = DraftAudit(asOf: Self.asOf, moves: [], violations: findings, advisories: [], consent: [],
                               summary: DraftAudit.Summary())
        let terminal = DraftAuditText.text(audit, file: "moves.csv")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(DraftAuditText.json(audit).utf8)) as? [String: Any])
        let violations = try #require(object["violations"] as? [[String: Any]])
        let web = Self.unescaped(AuditPage.list(findings).html)
        var checked = 0
        for (k, f) in findings.enumerated() {
            let text = f.problem.text
            #expect(f.message == text)
            #expect(terminal.contains("      " + text + "\n"), "terminal lacks '\(text)'")
            #expect(terminal.contains("(\(f.citation); \(f.kind.label))"))
            #expect(web.contains("<td>" + text + "</td>"), "web page lacks '\(text)'")
            let v = violations[k]
            #expect(v["message"] as? String == text)
            #expect(v["rule"] as? String == f.rule.rawValue && v["citation"] as? String == f.citation)
            #expect(v["kind"] as? String == f.kind.rawValue)
            if let rule = f.problem.rule {
                #expect(v["rule_id"] as? String == rule.rawValue)
                #expect(v["rule_citation"] as? String == rule.definition.citation)
                #expect(f.kind == rule.definition.kind, "\(f.rule) is \(f.kind) but rests on \(rule), \(rule.kind)")
            } else {
                #expect(v["rule_id"] is NSNull && f.kind == .law)
            }
            checked += 1
        }
        #expect(checked == Self.auditCases)
        let back = try JSONDecoder().decode(DraftAudit.self, from: Data(DraftAuditText.json(audit).utf8))
        #expect(back == audit)
    }

    @Test func everyAuditFixReadsTheSameInTerminalJSONAndWeb() throws {
        #expect(Set(Self.fixSamples.map(Self.number)) == Set(0..<Self.fixCases))
        let findings = Self.fixSamples.enumerated().map { k, fix in
            AuditFinding(executiveID: "E\(k)", positionID: nil, problem: .mustFillEmpty(position: "P\(k)"), fix: fix, line: k + 2)
        }
        let audit = DraftAudit(asOf: Self.asOf, moves: [], violations: [], advisories: findings, consent: [],
                               summary: DraftAudit.Summary())
        let terminal = DraftAuditText.text(audit, file: "moves.csv")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(DraftAuditText.json(audit).utf8)) as? [String: Any])
        let advisories = try #require(object["advisories"] as? [[String: Any]])
        let web = Self.unescaped(AuditPage.list(findings).html)
        var checked = 0
        for (k, f) in findings.enumerated() {
            let text = f.cure.text
            #expect(f.fix == text)
            #expect(terminal.contains("      fix: " + text + "\n"), "terminal lacks '\(text)'")
            #expect(web.contains("<td>" + text + "</td>"), "web page lacks '\(text)'")
            #expect(advisories[k]["fix"] as? String == text)
            checked += 1
        }
        #expect(checked == Self.fixCases)
        let back = try JSONDecoder().decode(DraftAudit.self, from: Data(DraftAuditText.json(audit).utf8))
        #expect(back == audit)
    }

    // MARK: - On the bundled example

    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/small")

    static func exampleInstance() throws -> Instance {
        try InstanceLoader.load(
            executives: example.appendingPathComponent("executives.csv").path,
            positions: example.appendingPathComponent("positions.csv").path,
            agencies: example.appendingPathComponent("agencies.csv").path,
            policy: example.appendingPathComponent("policy.yaml").path, defaultAsOf: Day(iso: "2026-12-01")!)
    }

    /// The example's plans, explained: every sentence of every executive's and position's
    /// explanation reads the same in `sesplan explain`'s text, its JSON and the web page, and every
    /// move's summary the same in report.md and report.html.
    @Test func theExamplesExplanationsReadTheSameEverywhere() throws {
        let instance = try Self.exampleInstance()
        let problem = ReassignmentProblem(instance: instance)
        guard case .plans(let plans, let note) = try Planner(problem: problem).run() else {
            Issue.record("no plan")
            return
        }
        let files = try PlanWriter.files(plans: plans, note: note, policy: instance.policy, inputs: [], problem: problem)
        func text(_ name: String) throws -> String {
            String(decoding: try #require(files.first { $0.name == name }).data, as: UTF8.self)
        }
        let markdown = try text("report.md"), html = Self.unescaped(try text("report.html"))
        var sentences = 0, briefs = 0
        var seen: Set<Int> = []
        for plan in plans {
            let explainer = try PlanExplainer(problem: problem, plan: plan)
            for e in instance.executives {
                let x = try explainer.explain(executive: e.id)
                let terminal = x.text
                let object = try Self.json(x)
                let web = Self.unescaped(ExplanationPages.executive(x, scenario: Self.scenario, run: 1, Self.view).body.html)
                let details = (object["reason_details"] as? [[String: Any]] ?? []) + (object["timing_details"] as? [[String: Any]] ?? [])
                for (k, reason) in (x.why + x.when).enumerated() {
                    #expect(terminal.contains("  " + reason.text + "\n"), "explain lacks '\(reason.text)'")
                    #expect(web.contains("<li>" + reason.text + "</li>"), "web page lacks '\(reason.text)'")
                    Self.expectRecord(k < details.count ? details[k] : nil, reason)
                    seen.insert(Self.number(reason))
                    sentences += 1
                }
                if let reasons = explainer.briefReasons(executive: e.id) {
                    let brief = try #require(explainer.brief(executive: e.id))
                    #expect(brief == reasons.map(\.text).joined(separator: " "))
                    if plan.number == 1 { #expect(markdown.contains(Markdown.escape(brief)), "report.md lacks '\(brief)'") }
                    #expect(html.contains(brief), "report.html lacks '\(brief)'")
                    reasons.forEach { seen.insert(Self.number($0)) }
                    briefs += 1
                }
            }
            for p in instance.positions {
                let x = try explainer.explain(position: p.id)
                let terminal = x.text
                let web = Self.unescaped(ExplanationPages.position(x, scenario: Self.scenario, run: 1, Self.view).body.html)
                for c in x.eligible + (x.holder.map { [$0] } ?? []) {
                    for reason in c.why {
                        #expect(terminal.contains(reason.text), "explain lacks '\(reason.text)'")
                        #expect(web.contains(reason.text), "web page lacks '\(reason.text)'")
                        seen.insert(Self.number(reason))
                        sentences += 1
                    }
                }
                for ex in x.excluded {
                    #expect(terminal.contains(ex.sentence(noun: "executive")) && web.contains(ex.description))
                    #expect(ex.citation == ex.rule.definition.citation && ex.kind == ex.rule.definition.kind)
                }
            }
        }
        #expect(sentences >= 100, "only \(sentences) sentences checked")
        #expect(briefs >= 4, "only \(briefs) move summaries checked")
        #expect(seen.count >= 10, "only \(seen.count) kinds of sentence met: \(seen.sorted())")
    }

    /// The example's draft (examples/small/draft-moves.csv): every finding reads the same in
    /// `sesplan check`, its JSON and the web audit page, with the rule of its one definition.
    @Test func theExampleDraftsFindingsReadTheSameEverywhere() throws {
        let instance = try Self.exampleInstance()
        let draft = try DraftMovesReader.read(.file(Self.example.appendingPathComponent("draft-moves.csv").path), instance: instance)
        let audit = DraftAuditor(instance: instance).audit(draft)
        let terminal = DraftAuditText.text(audit, file: "draft-moves.csv")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(DraftAuditText.json(audit).utf8)) as? [String: Any])
        let json = (object["violations"] as? [[String: Any]] ?? []) + (object["advisories"] as? [[String: Any]] ?? [])
        let findings = audit.violations + audit.advisories
        let web = Self.unescaped(AuditPage.list(findings).html)
        #expect(json.count == findings.count)
        var checked = 0
        for (k, f) in findings.enumerated() where k < json.count {
            #expect(terminal.contains("      " + f.message + "\n"))
            #expect(web.contains("<td>" + f.message + "</td>"))
            #expect(json[k]["message"] as? String == f.message)
            if let rule = f.problem.rule {
                #expect(json[k]["rule_id"] as? String == rule.rawValue && f.kind == rule.definition.kind)
            }
            checked += 1
        }
        #expect(checked >= 4, "only \(checked) findings checked")
    }
}
