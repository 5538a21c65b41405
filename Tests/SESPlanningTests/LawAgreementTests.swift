import SESDomain
@testable import SESPlanning
import Testing
import SESSupport

/// Screening, assessment and the audit ask the same law kernel: on random instances that use every
/// statutory field, they must agree on every pair's verdict and every earliest date, and a draft
/// dated one day before the earliest lawful day must be refused while the earliest day passes.
@Suite struct LawAgreementTests {
    /// Random instances with the fields the statute turns on: written requests per position, blanket
    /// requests, moratorium exceptions and detail days, limited appointees and their positions.
    static func instance(seed: Int) -> Instance {
        var instance = RandomInstances.make(seed: UInt64(7000 + seed), executives: 8, positions: 9)
        var rng = SplitMix64(seed: UInt64(9000 + seed))
        let ids = instance.positions.map(\.id)
        for i in instance.executives.indices {
            if Int.random(in: 0..<3, using: &rng) == 0 {
                instance.executives[i].requestedPositions = ids.filter { _ in Int.random(in: 0..<4, using: &rng) == 0 }
            }
            if Int.random(in: 0..<6, using: &rng) == 0 { instance.executives[i].appointment = .limitedEmergency }
            if Int.random(in: 0..<6, using: &rng) == 0 {
                instance.executives[i].moratoriumException = MoratoriumException.allCases.randomElement(using: &rng)
            }
            instance.executives[i].detailDays = [0, 0, 30, 59, 60, 61, 200].randomElement(using: &rng)!
            if Int.random(in: 0..<5, using: &rng) == 0 {
                instance.executives[i].moratoriumUntil = RandomInstances.asOf.adding(days: Int.random(in: -5...90, using: &rng))
            }
            if Bool.random(using: &rng) {
                instance.executives[i].sesStart = RandomInstances.asOf.adding(days: -Int.random(in: 300...1200, using: &rng))
            }
        }
        for j in instance.positions.indices {
            instance.positions[j].urgentNeed = Bool.random(using: &rng)
            if Bool.random(using: &rng) {
                instance.positions[j].dutiesEnd = RandomInstances.asOf.adding(days: Int.random(in: 900...1300, using: &rng))
            }
        }
        let rules = instance.policy.rules
        var policy = instance.policy
        policy.rules = rules
        if seed % 3 == 0 { policy.rules.waiverKeepsFifteenDayNotice = false }
        if seed % 4 == 0 { policy.rules.relocateOnlyWilling = false }
        if seed % 5 == 0 { policy.rules.noticeForTransfers = false }
        if seed % 7 == 0 { policy.rules.otherAppointeeNoticeDays.value = 0 }
        instance.policy = policy
        var agency = instance.agency("AG")
        agency.headAppointed = RandomInstances.asOf.adding(days: -[10, 60, 100, 105, 119, 200][seed % 6])
        instance.agencies["AG"] = agency
        return instance
    }

    @Test func screenAssessorAndAuditAgreeOnEveryPairAndDate() {
        var pairs = 0, dated = 0
        for seed in 1...40 {
            let instance = Self.instance(seed: seed)
            let assessor = PairAssessor(instance: instance)
            let screen = PairScreen(instance: instance, positionIndex: assessor.positionIndex)
            let auditor = DraftAuditor(instance: instance)
            let pairRules = Set(RuleID.allCases.map(\.rawValue))
            for (i, e) in instance.executives.enumerated() {
                let context = assessor.context(for: e)
                for (j, p) in instance.positions.enumerated() where e.positionID != p.id {
                    let fast = screen.violations(executive: i, position: j)
                    let a = assessor.assess(e, p)
                    #expect(Set(fast.rules) == Set(a.findings.map(\.rule)), "seed \(seed) \(e.id)–\(p.id)")
                    #expect(fast == assessor.violations(e, p, context: context))
                    // The audit of the single move: the same pair verdict and the same earliest date.
                    let audit = auditor.audit([DraftMove(executiveID: e.id, toPositionID: p.id, effectiveDate: nil,
                                                         voluntary: nil, line: 2)])
                    let auditedPairRules = Set(audit.violations.map(\.rule.rawValue).filter { pairRules.contains($0) })
                    let expected = Set(a.findings.map(\.rule.rawValue))
                    #expect(auditedPairRules.isSuperset(of: expected), "seed \(seed) \(e.id)–\(p.id)")
                    #expect(audit.moves.first?.earliestLawful == a.earliestEffective)
                    pairs += 1
                    // At the boundary: the earliest day passes the timing rules, the day before does not.
                    guard a.allowed, a.earliestEffective > instance.policy.asOf else { continue }
                    let onTime = auditor.audit([DraftMove(executiveID: e.id, toPositionID: p.id,
                                                          effectiveDate: a.earliestEffective, voluntary: nil, line: 2)])
                    let timing: Set<String> = ["notice", "relocation_notice", "policy_notice", "moratorium"]
                    #expect(!onTime.violations.contains { timing.contains($0.rule.rawValue) }, "seed \(seed) \(e.id)–\(p.id)")
                    let early = auditor.audit([DraftMove(executiveID: e.id, toPositionID: p.id,
                                                         effectiveDate: a.earliestEffective.adding(days: -1), voluntary: nil,
                                                         line: 2)])
                    #expect(early.violations.contains { timing.contains($0.rule.rawValue) }, "seed \(seed) \(e.id)–\(p.id)")
                    dated += 1
                }
            }
        }
        // Count guard: the property was checked on many pairs and many dated boundaries.
        #expect(pairs >= 2_000)
        #expect(dated >= 300)
    }

    /// What explanations say of an option (from the screen's tables) is what the assessor gives for
    /// the pair, on every lawful arc, with and without a baseline to stay close to.
    @Test func optionNumbersAreTheAssessorsOnEveryArc() {
        var arcs = 0
        for seed in 1...60 {
            let instance = Self.instance(seed: seed)
            let ids = instance.positions.map(\.id)
            let baseline = seed % 2 == 0 ? nil : Baseline(outcomes: Dictionary(uniqueKeysWithValues: instance.executives.enumerated().map {
                ($1.id, $0 % 3 == 0 ? nil : ids[($0 * 5 + seed) % ids.count])
            }))
            let problem = ReassignmentProblem(instance: instance, baseline: baseline)
            for k in problem.arcs.indices {
                let option = problem.optionNumbers(of: k)
                let a = problem.assessment(of: k, detail: false)
                #expect(option.action == a.action && option.terms == a.terms && option.noticeDays == a.noticeDays
                        && option.earliestEffective == a.earliestEffective, "seed \(seed) arc \(k)")
                #expect(option.terms.total == problem.arcs[k].score)
                arcs += 1
            }
        }
        #expect(arcs >= 1_000)
    }
}
