import LinearProgramming
import SESDomain

/// The integer program of DESIGN section 3 built through the LP layer: `x[e,p]` binary per arc,
/// one position per executive (at most one for the unplaced), one executive per position,
/// must-fill positions filled in time or an explained shortfall, side constraints, pins, no-goods.
public struct ReassignmentModel: Sendable {
    /// Which constraint groups to include (the infeasibility diagnosis switches them off one by one).
    public struct Groups: Sendable, Hashable {
        /// Indices into `problem.pinnedArcs` that are on.
        public var pins: Set<Int>
        /// Indices into `problem.limits` that are on.
        public var limits: Set<Int>
        public var noGoods = true

        /// Every group on.
        public init(problem: ReassignmentProblem) {
            pins = Set(problem.pinnedArcs.indices)
            limits = Set(problem.limits.indices)
        }
    }

    public private(set) var model: Model
    /// Variable per arc.
    public let x: [Variable]
    /// Shortfall variable per must-fill position index.
    public let shortfall: [Int: Variable]
    public let problem: ReassignmentProblem

    /// Builds the model; `objective: false` builds a pure feasibility model (used by the diagnosis).
    public init(problem: ReassignmentProblem, noGoods: [NoGoodCut] = [], groups: Groups? = nil, objective: Bool = true) {
        self.problem = problem
        let groups = groups ?? Groups(problem: problem)
        var m = Model(name: "sesplan_reassignment")
        let inst = problem.instance
        var x: [Variable] = []
        x.reserveCapacity(problem.arcs.count)
        for arc in problem.arcs {
            let e = inst.executives[arc.executive].id, p = inst.positions[arc.position].id
            x.append(m.addBinary(name: "x[\(e),\(p)]"))
        }
        var shortfall: [Int: Variable] = [:]
        for j in problem.mustFillPositions {
            shortfall[j] = m.addVariable(name: "short[\(inst.positions[j].id)]", lowerBound: 0, upperBound: 1)
        }
        // Each executive: exactly one position if placed now, at most one if unplaced.
        for (i, mine) in problem.arcsOfExecutive.enumerated() {
            let expr = LinearExpression.sum(mine.map { (x[$0], 1.0) })
            let name = "exec[\(inst.executives[i].id)]"
            if problem.isPlaced[i] {
                m.addConstraint(expr, lowerBound: 1, upperBound: 1, name: name)
            } else if !mine.isEmpty {
                m.addConstraint(expr, lowerBound: nil, upperBound: 1, name: name)
            }
        }
        // Each position: at most one executive; must-fill: a timely fill or a shortfall.
        for (j, theirs) in problem.arcsOfPosition.enumerated() where theirs.count > 1 {
            m.addConstraint(LinearExpression.sum(theirs.map { (x[$0], 1.0) }), lowerBound: nil, upperBound: 1,
                            name: "pos[\(inst.positions[j].id)]")
        }
        for j in problem.mustFillPositions {
            var expr = LinearExpression.sum(problem.timelyArcs(into: j).map { (x[$0], 1.0) })
            expr += LinearExpression.sum([(shortfall[j]!, 1.0)])
            m.addConstraint(expr, lowerBound: 1, upperBound: nil, name: "fill[\(inst.positions[j].id)]")
        }
        for (k, limit) in problem.limits.enumerated() where groups.limits.contains(k) && limit.arcs.count > limit.limit {
            m.addConstraint(LinearExpression.sum(limit.arcs.map { (x[$0], 1.0) }), lowerBound: nil,
                            upperBound: Double(limit.limit), name: limit.name)
        }
        for (k, a) in problem.pinnedArcs.enumerated() where groups.pins.contains(k) {
            m.setBounds(x[a], lower: 1, upper: 1)
        }
        if groups.noGoods {
            for (k, cut) in noGoods.enumerated() {
                let expr = LinearExpression.sum(cut.coefficients.sorted { $0.key < $1.key }.map { (x[$0.key], $0.value) })
                m.addConstraint(expr, lowerBound: nil, upperBound: cut.rhs, name: "nogood[\(k + 1)]")
            }
        }
        if objective {
            var obj = LinearExpression.sum(problem.arcs.indices.map { (x[$0], problem.arcs[$0].score) })
            obj += LinearExpression.sum(shortfall.sorted { $0.key < $1.key }.map { ($0.value, -problem.shortfallPenalty) })
            m.setObjective(obj, .maximize)
        }
        model = m
        self.x = x
        self.shortfall = shortfall
    }

    /// The chosen arc per executive (nil: no position) read from a solution.
    public func chosenArcs(_ result: SolveResult) -> [Int?] {
        problem.arcsOfExecutive.map { mine in mine.first { result.value(of: x[$0]) > 0.5 } }
    }
}
