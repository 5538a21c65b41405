import Foundation
import LinearProgramming
import SESDomain
import Testing
@testable import SESPlanning

/// The Swift model and the MathProg reference model (`models/reassignment.mod`) solved by GLPK's
/// MathProg translator must agree on the optimum, for the best plan and for the next-best plan.
@Suite struct MathProgAgreementTests {
    static let modelText: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("models/reassignment.mod"), encoding: .utf8)) ?? ""
    }()

    @Test(arguments: 1...12)
    func referenceModelAgrees(seed: Int) throws {
        var instance = RandomInstances.make(seed: UInt64(900 + seed), executives: 5 + seed % 3, positions: 6 + seed % 4)
        instance.policy.plans = 2
        instance.policy.minDifference = 1 + seed % 2
        let problem = ReassignmentProblem(instance: instance)
        guard case .plans(let plans, _) = try Planner(problem: problem).run() else { return }
        #expect(!Self.modelText.isEmpty)
        let first = try MathProg.solve(modelText: Self.modelText, dataText: MathProgData.text(for: problem))
        #expect(first.termination == .optimal)
        #expect(abs((first.objective ?? .nan) - plans[0].objective) < 1e-6, "seed \(seed)")
        #expect(first.output.contains("objective "))
        guard plans.count > 1 else { return }
        let chosen = plans[0].moves.enumerated().map { i, m in
            m.toPositionID.flatMap { pid in problem.arcsOfExecutive[i].first { problem.instance.positions[problem.arcs[$0].position].id == pid } }
        }
        let cut = NoGoodCut(chosen: chosen, arcsOfExecutive: problem.arcsOfExecutive, minDifference: instance.policy.minDifference)
        let second = try MathProg.solve(modelText: Self.modelText, dataText: MathProgData.text(for: problem, noGoods: [cut]))
        #expect(abs((second.objective ?? .nan) - plans[1].objective) < 1e-6, "seed \(seed) plan 2")
    }

    /// The reference model states the fill-by rule on the dates that follow the vacancy chains, as
    /// the tool does, on instances where the chains change the optimum.
    @Test func referenceModelFollowsTheChains() throws {
        var checked = 0, chainsMatter = 0
        for seed in 1...30 as ClosedRange<UInt64> {
            var instance = ChainInstances.make(seed: seed, executives: 3 + Int(seed % 3), vacancies: 1 + Int(seed % 2),
                                               limits: seed % 3 == 0)
            instance.policy.plans = 2
            instance.policy.limits.mustFillHard = seed % 5 == 0
            let problem = ReassignmentProblem(instance: instance)
            if let own = BruteForce.best(problem, followChains: false), own != BruteForce.best(problem) { chainsMatter += 1 }
            let reference = try MathProg.solve(modelText: Self.modelText, dataText: MathProgData.text(for: problem))
            guard case .plans(let plans, _) = try Planner(problem: problem).run() else {
                #expect(reference.termination == .infeasible, "seed \(seed)")
                continue
            }
            #expect(abs((reference.objective ?? .nan) - plans[0].objective) < 1e-6, "seed \(seed)")
            checked += 1
            guard plans.count > 1 else { continue }
            let chosen = ChainOptimalityTests.chosenArcs(plans[0], problem)
            let cut = NoGoodCut(chosen: chosen, arcsOfExecutive: problem.arcsOfExecutive, minDifference: instance.policy.minDifference)
            let second = try MathProg.solve(modelText: Self.modelText, dataText: MathProgData.text(for: problem, noGoods: [cut]))
            #expect(abs((second.objective ?? .nan) - plans[1].objective) < 1e-6, "seed \(seed) plan 2")
        }
        #expect(checked >= 25 && chainsMatter >= 4, "checked \(checked), chains changed the optimum \(chainsMatter)")
    }

    @Test func identifiersWithQuotesAndSpacesSurviveTheDataFile() throws {
        let es = [Executive(id: "O'Brien, K", appointment: .career, agency: "AG"), Executive(id: "E 2", appointment: .career, agency: "AG")]
        let ps = [Position(id: "P'1", agency: "AG", priority: 5, ecqMinimum: [0, 0, 0, 0, 0]),
                  Position(id: "P 2", agency: "AG", priority: 3, ecqMinimum: [0, 0, 0, 0, 0])]
        let problem = ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: Policy(asOf: Day(iso: "2026-12-01")!)))
        guard case .plans(let plans, _) = try Planner(problem: problem).run() else { Issue.record("no plan"); return }
        let r = try MathProg.solve(modelText: Self.modelText, dataText: MathProgData.text(for: problem))
        #expect(abs((r.objective ?? .nan) - plans[0].objective) < 1e-6)
    }
}

/// Identifiers longer than GLPK's 100-byte symbols still give a data file glpsol reads, with the
/// same optimum (they are shortened to a prefix and a hash, distinct from each other).
@Suite struct MathProgLongIdentifierTests {
    @Test func longIdentifiersAreShortenedDistinctly() throws {
        let long = String(repeating: "é", count: 80)
        let es = [Executive(id: long + "1", appointment: .career, agency: "AG"),
                  Executive(id: long + "2", appointment: .career, agency: "AG")]
        let ps = [Position(id: String(repeating: "P'", count: 70), agency: "AG", priority: 5, ecqMinimum: [0, 0, 0, 0, 0]),
                  Position(id: String(repeating: "P'", count: 71), agency: "AG", priority: 3, ecqMinimum: [0, 0, 0, 0, 0])]
        let problem = ReassignmentProblem(instance: Instance(executives: es, positions: ps, policy: Policy(asOf: Day(iso: "2026-12-01")!)))
        guard case .plans(let plans, _) = try Planner(problem: problem).run() else { Issue.record("no plan"); return }
        let data = MathProgData.text(for: problem)
        let quoted = (es.map(\.id) + ps.map(\.id)).map(MathProgText.quote)
        #expect(Set(quoted).count == 4)
        for literal in quoted {
            let value = literal.dropFirst().dropLast().replacingOccurrences(of: "''", with: "'")
            #expect(value.utf8.count <= MathProgText.longestSymbol)
        }
        let r = try MathProg.solve(modelText: MathProgAgreementTests.modelText, dataText: data)
        #expect(r.termination == .optimal)
        #expect(abs((r.objective ?? .nan) - plans[0].objective) < 1e-6)
    }
}
