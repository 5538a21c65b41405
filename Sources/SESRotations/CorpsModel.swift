import LinearProgramming

/// The integer program of corps mode.
///
/// Variables: `x[o]` binary for every ``CorpsOption``; `u[e]` binary for every overdue executive
/// with an option (left unplaced).
/// Constraints: `one[e]`: Σ x ≤ 1 (due) or Σ x + u[e] = 1 (overdue); `capacity[h,q]`: arrivals at
/// host h in quarter q ≤ its capacity; `component[k,q]`: rotations out of component k in quarter q
/// ≤ its limit (each only where it can bind).
/// Objective (maximise): Σ score·x − penalty·Σ u, minus the penalty of each overdue executive with
/// no option (a constant): as few overdue executives as possible are left unplaced.
public struct CorpsModel: Sendable {
    /// The problem.
    public let problem: CorpsProblem
    /// The GLPK-ready model.
    public let model: Model
    /// The variable of each option.
    public let optionVariables: [Variable]

    /// Builds the model.
    public init(problem: CorpsProblem) {
        self.problem = problem
        var model = Model(name: "rotation_corps")
        var objective: [(Variable, Double)] = []
        var constant = 0.0
        let x = problem.options.indices.map { model.addBinary(name: "x[\($0)]") }
        for (o, option) in problem.options.enumerated() where option.score != 0 { objective.append((x[o], option.score)) }
        for e in problem.executives.indices {
            let own = problem.optionsOfExecutive[e]
            if own.isEmpty {
                if problem.overdue[e] { constant -= problem.penalty }
                continue
            }
            if problem.overdue[e] {
                let u = model.addBinary(name: "u[\(e)]")
                objective.append((u, -problem.penalty))
                model.addConstraint(LinearExpression.sum(own.map { x[$0] }) + u, .equal, 1, name: "one[\(e)]")
            } else if own.count > 1 {
                model.addConstraint(LinearExpression.sum(own.map { x[$0] }), .lessOrEqual, 1, name: "one[\(e)]")
            }
        }
        let quarters = problem.grid.count
        var byHost: [[[Int]]] = Array(repeating: Array(repeating: [], count: quarters), count: problem.hosts.count)
        var byComponent: [[[Int]]] = Array(repeating: Array(repeating: [], count: quarters), count: problem.components.count)
        for (o, option) in problem.options.enumerated() {
            byHost[option.host][option.quarter].append(o)
            byComponent[problem.componentOfExecutive[option.executive]][option.quarter].append(o)
        }
        func distinct(_ options: [Int]) -> Int { Set(options.map { problem.options[$0].executive }).count }
        for (h, host) in problem.hosts.enumerated() {
            for q in 0..<quarters where distinct(byHost[h][q]) > host.capacity {
                model.addConstraint(LinearExpression.sum(byHost[h][q].map { x[$0] }), .lessOrEqual,
                                    Double(host.capacity), name: "capacity[\(h),\(q)]")
            }
        }
        for (k, component) in problem.components.enumerated() {
            for q in 0..<quarters where distinct(byComponent[k][q]) > component.limit {
                model.addConstraint(LinearExpression.sum(byComponent[k][q].map { x[$0] }), .lessOrEqual,
                                    Double(component.limit), name: "component[\(k),\(q)]")
            }
        }
        model.setObjective(LinearExpression(terms: objective, constant: constant), .maximize)
        self.model = model
        optionVariables = x
    }

    /// The options chosen in a solution, ascending.
    public func chosenOptions(_ result: SolveResult) -> [Int] {
        optionVariables.indices.filter { result.value(of: optionVariables[$0]) > 0.5 }
    }
}
