import LinearProgramming

/// The time-aggregated relaxation of the time-indexed model: which host, and for how many periods,
/// each candidate gets, with time reduced to totals.
///
/// Variables: `x[b]` binary for every ``RotationBlock`` b (candidate, host, length); `u[c]` binary.
/// Constraints:
/// - `minimum[c]`: Σ maxCoverage·x + m·u[c] ≥ m (each block credited its best start);
/// - `minimum_periods[c]`: Σ min(length, P)·x + P·u[c] ≥ P (see ``RotationModel``);
/// - `count[c]`: Σ x + K·u[c] ≤ K; `once[c,h]`: Σ x (c at h) + u[c] ≤ 1;
/// - `time[c]`: Σ length·x + F·u[c] ≤ F, F = the periods some option of c covers;
/// - `host[h]`: Σ length·x (at h) ≤ capacity × the periods some option at h covers.
///
/// Every schedule of the time-indexed model maps to a solution here with the same objective
/// (x = the sum of y over starts), so this optimum is an upper bound on the schedule's; when a
/// schedule reaches it, that schedule is optimal.
public struct RotationBoundModel: Sendable {
    /// The blocks, in the order of ``RotationBlock/blocks(of:)``.
    public let blocks: [RotationBlock]
    /// The GLPK-ready model.
    public let model: Model
    /// The variable of each block.
    public let blockVariables: [Variable]
    /// The "unscheduled" variable of each candidate with at least one block.
    public let unscheduledVariables: [Variable?]

    /// Builds the relaxation of a problem.
    public init(problem: RotationProblem) {
        let blocks = RotationBlock.blocks(of: problem)
        self.blocks = blocks
        var model = Model(name: "rotation_bound")
        let minimum = Double(problem.minimumDays)
        let cap = Double(max(1, problem.policy.maxAssignments))
        var objective: [(Variable, Double)] = []
        var constant = 0.0
        let x = blocks.indices.map { model.addBinary(name: "x[\($0)]") }
        for (b, block) in blocks.enumerated() where block.score != 0 { objective.append((x[b], block.score)) }
        var blocksOfCandidate: [[Int]] = Array(repeating: [], count: problem.candidates.count)
        var blocksOfHost: [[Int]] = Array(repeating: [], count: problem.hosts.count)
        for (b, block) in blocks.enumerated() {
            blocksOfCandidate[block.candidate].append(b)
            blocksOfHost[block.host].append(b)
        }
        var unscheduled: [Variable?] = []
        for c in problem.candidates.indices {
            let own = blocksOfCandidate[c]
            guard !own.isEmpty else {
                unscheduled.append(nil)
                if minimum > 0 { constant -= problem.penalty }
                continue
            }
            let u = model.addBinary(name: "u[\(c)]")
            unscheduled.append(u)
            objective.append((u, -problem.penalty))
            if minimum > 0 {
                var terms = own.compactMap { b in blocks[b].coverageDays > 0 ? (x[b], Double(blocks[b].coverageDays)) : nil }
                terms.append((u, minimum))
                model.addConstraint(LinearExpression.sum(terms), .greaterOrEqual, minimum, name: "minimum[\(c)]")
            }
            let needed = Double(problem.minimumPeriods)
            if minimum > 0, needed > 1 {
                var terms = own.compactMap { b in blocks[b].coverageDays > 0 ? (x[b], min(needed, Double(blocks[b].length))) : nil }
                terms.append((u, needed))
                model.addConstraint(LinearExpression.sum(terms), .greaterOrEqual, needed, name: "minimum_periods[\(c)]")
            }
            model.addConstraint(LinearExpression.sum(own.map { x[$0] }) + cap * u, .lessOrEqual, cap, name: "count[\(c)]")
            var byHost: [Int: [Variable]] = [:]
            for b in own { byHost[blocks[b].host, default: []].append(x[b]) }
            for h in byHost.keys.sorted() where byHost[h]!.count > 1 {
                model.addConstraint(LinearExpression.sum(byHost[h]!) + u, .lessOrEqual, 1, name: "once[\(c),\(h)]")
            }
            let free = Double(Self.periodsCovered(by: own, blocks: blocks, problem: problem))
            let terms = own.map { (x[$0], Double(blocks[$0].length)) } + [(u, free)]
            model.addConstraint(LinearExpression.sum(terms), .lessOrEqual, free, name: "time[\(c)]")
        }
        for (h, host) in problem.hosts.enumerated() where !blocksOfHost[h].isEmpty {
            let supply = Double(host.capacity * Self.periodsCovered(by: blocksOfHost[h], blocks: blocks, problem: problem))
            let demand = blocksOfHost[h].map { (x[$0], Double(blocks[$0].length)) }
            if demand.reduce(0, { $0 + $1.1 }) > supply {
                model.addConstraint(LinearExpression.sum(demand), .lessOrEqual, supply, name: "host[\(h)]")
            }
        }
        model.setObjective(LinearExpression(terms: objective, constant: constant), .maximize)
        self.model = model
        self.blockVariables = x
        self.unscheduledVariables = unscheduled
    }

    /// The number of periods some option of the blocks covers.
    static func periodsCovered(by chosen: [Int], blocks: [RotationBlock], problem: RotationProblem) -> Int {
        var covered = [Bool](repeating: false, count: problem.grid.count)
        for b in chosen {
            for o in blocks[b].options {
                let option = problem.options[o]
                for t in option.start..<option.end { covered[t] = true }
            }
        }
        return covered.reduce(0) { $0 + ($1 ? 1 : 0) }
    }

    /// The variable values of a schedule given by its chosen options: each option's block is chosen,
    /// and a candidate whose options do not reach the minimum is unscheduled (a start for the solver).
    public func values(choosing chosen: [Int], in problem: RotationProblem) -> [Double] {
        var values = [Double](repeating: 0, count: model.variableCount)
        var coverage = [Int](repeating: 0, count: problem.candidates.count)
        var blockOf: [Int: Int] = [:]
        let pairs = Set(chosen.map { problem.options[$0].pair })
        for (b, block) in blocks.enumerated() where pairs.contains(block.pair) {
            for o in block.options { blockOf[o] = b }
        }
        for o in chosen {
            guard let b = blockOf[o] else { continue }
            values[blockVariables[b].index] = 1
            coverage[problem.options[o].candidate] += problem.options[o].coverageDays
        }
        for (c, u) in unscheduledVariables.enumerated() {
            if let u, problem.minimumDays > 0, coverage[c] < problem.minimumDays { values[u.index] = 1 }
        }
        return values
    }

    /// The blocks chosen in a solution, ascending.
    public func chosenBlocks(_ result: SolveResult) -> [Int] {
        blocks.indices.filter { result.value(of: blockVariables[$0]) > 0.5 }
    }
}
