import SESDomain
import Testing
@testable import SESPlanning

/// The limits' sides computed for all limits at once agree with each limit's own `matches`, and the
/// model's arc groups are exactly the arcs that `PlanLimit.counts` says count (synthetic instances).
@Suite struct PlanLimitSidesTests {
    static func instance(seed: UInt64) -> Instance {
        var instance = RandomInstances.make(seed: seed, executives: 9, positions: 10)
        instance.policy.limits.componentMaxMoves = ["C1": 1, "C2": 2, "C3": 0]
        instance.policy.limits.governmentwideAllocation = 2
        instance.policy.limits.maxMoves = 3
        instance.policy.limits.maxRelocations = 2
        return instance
    }

    @Test func sidesAgreeWithMatches() {
        var checked: [String: Int] = [:]
        for seed in UInt64(0)..<150 {
            let instance = Self.instance(seed: seed)
            let limits = PlanLimit.all(for: instance)
            let sides = PlanLimit.sides(of: limits, executives: instance.executives, positions: instance.positions)
            #expect(sides.count == limits.count)
            for (limit, side) in zip(limits, sides) {
                #expect(side.executives == instance.executives.map { limit.matches($0) }, "\(limit.name), seed \(seed)")
                #expect(side.positions == instance.positions.map { limit.matches($0) }, "\(limit.name), seed \(seed)")
                checked[String(limit.name.prefix { $0 != "[" }), default: 0] += 1
            }
        }
        // Every kind of limit was compared, many times.
        for kind in ["max_moves", "max_relocations", "component_max_moves", "noncareer_cap"] { #expect(checked[kind, default: 0] >= 100, "\(kind)") }
    }

    @Test func arcGroupsAreTheArcsThatCount() {
        var groups = 0, nonEmpty = 0
        for seed in UInt64(0)..<150 {
            let instance = Self.instance(seed: seed)
            let problem = ReassignmentProblem(instance: instance)
            var expected: [ReassignmentProblem.ArcLimit] = []
            for limit in PlanLimit.all(for: instance) {
                let arcs = problem.arcs.indices.filter { k in
                    let a = problem.arcs[k]
                    return limit.counts(instance.executives[a.executive], instance.positions[a.position],
                                        action: a.action, relocation: a.relocation)
                }
                switch limit.scope {
                case .noncareerAgency, .noncareerGovernment:
                    // A cap no plan could exceed is left out of the model.
                    if Set(arcs.map { problem.arcs[$0].executive }).count <= limit.limit { continue }
                case .moves, .relocations, .component:
                    break
                }
                expected.append(ReassignmentProblem.ArcLimit(definition: limit, arcs: arcs))
            }
            #expect(problem.limits == expected, "seed \(seed)")
            groups += expected.count
            nonEmpty += expected.filter { !$0.arcs.isEmpty }.count
        }
        #expect(groups >= 300 && nonEmpty >= 150)
    }
}
