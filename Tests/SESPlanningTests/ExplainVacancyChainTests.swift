import SESDomain
import Testing
@testable import SESPlanning

/// `VacancyChain`: who moves into whose seat, on hand-built plans.
@Suite struct ExplainVacancyChainTests {
    static func move(_ e: String, _ from: String?, _ to: String?, _ action: MoveAction) -> PlanMove {
        PlanMove(executiveID: e, executiveName: "Synthetic \(e)", appointment: .career, fromPositionID: from, toPositionID: to,
                 toTitle: to.map { "Title \($0)" }, action: action, relocation: false, voluntary: false, noticeDays: 15,
                 earliestEffective: nil, score: 0, scoreTerms: ScoreTerms(), citations: [], flags: [])
    }

    static func plan(_ moves: [PlanMove]) -> Plan {
        Plan(number: 1, status: .optimal, objective: 0, bound: 0, gap: 0, objectiveLoss: 0, asOf: Day(iso: "2026-12-01")!,
             ecqFramework: .ecq2025, moves: moves, unfilled: [], summary: PlanSummary(), solveSeconds: 0)
    }

    @Test func chainFromAPlacementToAVacancy() {
        // C (unplaced) takes B's seat P2, B takes A's seat P1, A fills vacancy V1; D stays.
        let chains = VacancyChain.chains(in: Self.plan([
            Self.move("A", "P1", "V1", .reassignment), Self.move("B", "P2", "P1", .reassignment),
            Self.move("C", nil, "P2", .placement), Self.move("D", "P4", "P4", .stay)]))
        #expect(chains.count == 1)
        #expect(chains[0].isCycle == false)
        #expect(chains[0].links.map(\.executiveID) == ["C", "B", "A"])
        #expect(chains[0].links.first?.fromPositionID == nil && chains[0].links.last?.toPositionID == "V1")
    }

    @Test func chainLeavingASeatVacantAndASwapCycle() {
        let chains = VacancyChain.chains(in: Self.plan([
            Self.move("X", "Q1", "Q2", .reassignment), Self.move("A", "P1", "V1", .transfer),
            Self.move("Y", "Q2", "Q1", .reassignment), Self.move("U", nil, nil, .unplaced)]))
        #expect(chains.count == 2)
        let chain = chains.first { !$0.isCycle }!, cycle = chains.first { $0.isCycle }!
        #expect(chain.links.map(\.executiveID) == ["A"] && chain.links[0].action == .transfer)
        #expect(cycle.links.map(\.executiveID) == ["X", "Y"])
        // Each link enters the seat the next one leaves; the last enters the first one's seat.
        for (k, link) in cycle.links.enumerated() {
            #expect(link.toPositionID == cycle.links[(k + 1) % cycle.links.count].fromPositionID)
        }
        #expect(chains.first?.links.first?.executiveID == "X")
    }

    @Test func everyMoveIsInExactlyOneChain() {
        let moves = (1...6).map { Self.move("E\($0)", "P\($0)", "P\($0 % 6 + 1)", .reassignment) }
            + [Self.move("F", "R1", "V9", .reassignment), Self.move("G", "R2", "R1", .reassignment)]
        let chains = VacancyChain.chains(in: Self.plan(moves))
        let ids = chains.flatMap { $0.links.map(\.executiveID) }
        #expect(ids.sorted() == moves.map(\.executiveID).sorted())
        #expect(chains.filter(\.isCycle).count == 1 && chains.first { $0.isCycle }?.links.count == 6)
    }
}
