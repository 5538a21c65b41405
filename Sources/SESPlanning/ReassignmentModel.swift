import LinearProgramming
import SESDomain

/// The integer program of a reassignment plan built through the LP layer: `x[e,p]` binary per arc,
/// one position per executive (at most one for the unplaced), one executive per position,
/// must-fill positions filled in time or an explained shortfall, side constraints, pins, no-goods,
/// and the chain cuts found so far (``ChainCut``: a fill is in time only when its seat is vacated in time).
public struct ReassignmentModel: Sendable {
    /// Which constraint groups to include (the infeasibility diagnosis switches them off one by one).
    public struct Groups: Sendable, Hashable {
        /// Indices into `problem.pinnedArcs` that are on.
        public var pins: Set<Int>
        /// Indices into `problem.limits` that are on.
        public var limits: Set<Int>
        /// Must-fill positions (indices) held to a hard fill (policy `limits.must_fill_hard`).
        public var hardFills: Set<Int>
        public var noGoods = true

        /// Every group on.
        public init(problem: ReassignmentProblem) {
            pins = Set(problem.pinnedArcs.indices)
            limits = Set(problem.limits.indices)
            hardFills = problem.instance.policy.limits.mustFillHard ? Set(problem.mustFillPositions) : []
        }
    }

    public private(set) var model: Model
    /// Variable per arc; nil for arcs left out (`active`).
    public let x: [Variable?]
    /// Shortfall variable per must-fill position index.
    public let shortfall: [Int: Variable]
    public let problem: ReassignmentProblem

    /// Builds the model; `objective: false` builds a pure feasibility model (used by the diagnosis).
    /// `active`, when given, keeps only those arcs (the fast engine removes arcs that reduced-cost
    /// fixing proved cannot be in a better plan); a chain cut with an arc left out holds anyway and is left out.
    public init(problem: ReassignmentProblem, noGoods: [NoGoodCut] = [], chainCuts: [ChainCut] = [], groups: Groups? = nil,
                objective: Bool = true, active: [Bool]? = nil) {
        self.problem = problem
        let groups = groups ?? Groups(problem: problem)
        var m = Model(name: "sesplan_reassignment")
        let inst = problem.instance
        var x: [Variable?] = []
        x.reserveCapacity(problem.arcs.count)
        for (k, arc) in problem.arcs.enumerated() {
            guard active?[k] ?? true else { x.append(nil); continue }
            let e = inst.executives[arc.executive].id, p = inst.positions[arc.position].id
            x.append(m.addBinary(name: "x[\(e),\(p)]"))
        }
        func terms(_ arcs: some Collection<Int>) -> [(Variable, Double)] { arcs.compactMap { a in x[a].map { ($0, 1.0) } } }
        var shortfall: [Int: Variable] = [:]
        for j in problem.mustFillPositions {
            shortfall[j] = m.addVariable(name: "short[\(inst.positions[j].id)]", lowerBound: 0,
                                         upperBound: groups.hardFills.contains(j) ? 0 : 1)
        }
        // Each executive: exactly one position if placed now, at most one if unplaced.
        for (i, mine) in problem.arcsOfExecutive.enumerated() {
            let expr = LinearExpression.sum(terms(mine))
            let name = "exec[\(inst.executives[i].id)]"
            if problem.isPlaced[i] {
                m.addConstraint(expr, lowerBound: 1, upperBound: 1, name: name)
            } else if !terms(mine).isEmpty {
                m.addConstraint(expr, lowerBound: nil, upperBound: 1, name: name)
            }
        }
        // Each position: at most one executive; must-fill: a timely fill or a shortfall.
        for (j, theirs) in problem.arcsOfPosition.enumerated() where terms(theirs).count > 1 {
            m.addConstraint(LinearExpression.sum(terms(theirs)), lowerBound: nil, upperBound: 1,
                            name: "pos[\(inst.positions[j].id)]")
        }
        for j in problem.mustFillPositions {
            var expr = LinearExpression.sum(terms(problem.timelyArcs(into: j)))
            expr += LinearExpression.sum([(shortfall[j]!, 1.0)])
            m.addConstraint(expr, lowerBound: 1, upperBound: nil, name: "fill[\(inst.positions[j].id)]")
        }
        for (k, cut) in chainCuts.enumerated() {
            let xs = cut.arcs.compactMap { x[$0] }
            guard xs.count == cut.arcs.count else { continue }
            if let mover = cut.mover {
                // A limited appointee's service limit along the chain: not all of these together.
                guard let xm = x[mover] else { continue }
                m.addConstraint(LinearExpression.sum(([xm] + xs).map { ($0, 1.0) }), lowerBound: nil,
                                upperBound: Double(xs.count), name: "service[\(k + 1)]")
                continue
            }
            guard let s = shortfall[cut.position] else { continue }
            let expr = LinearExpression.sum([(s, 1.0)] + xs.map { ($0, -1.0) })
            m.addConstraint(expr, lowerBound: cut.lowerBound, upperBound: nil, name: "chain[\(k + 1)]")
        }
        for (k, limit) in problem.limits.enumerated() where groups.limits.contains(k) && terms(limit.arcs).count > limit.limit {
            m.addConstraint(LinearExpression.sum(terms(limit.arcs)), lowerBound: nil,
                            upperBound: Double(limit.limit), name: limit.name)
        }
        for (k, a) in problem.pinnedArcs.enumerated() where groups.pins.contains(k) {
            if let v = x[a] { m.setBounds(v, lower: 1, upper: 1) }
        }
        if groups.noGoods {
            for (k, cut) in noGoods.enumerated() {
                let expr = LinearExpression.sum(cut.coefficients.sorted { $0.key < $1.key }.compactMap { c in x[c.key].map { ($0, c.value) } })
                m.addConstraint(expr, lowerBound: nil, upperBound: cut.rhs, name: "nogood[\(k + 1)]")
            }
        }
        if objective {
            var obj = LinearExpression.sum(problem.arcs.indices.compactMap { a in x[a].map { ($0, problem.arcs[a].score) } })
            obj += LinearExpression.sum(shortfall.sorted { $0.key < $1.key }.map { ($0.value, -problem.shortfallPenalty) })
            m.setObjective(obj, .maximize)
        }
        model = m
        self.x = x
        self.shortfall = shortfall
    }

    /// Variable values for a plan given as the chosen arc per executive (a starting solution for
    /// GLPK), with the shortfalls the chain-consistent dates give, so every chain cut holds.
    public func values(for chosen: [Int?]) -> [Double] {
        var values = [Double](repeating: 0, count: model.variableCount)
        for a in chosen.compactMap({ $0 }) { if let v = x[a] { values[v.index] = 1 } }
        for j in ChainDates(problem: problem, chosen: chosen).shortfall { if let v = shortfall[j] { values[v.index] = 1 } }
        return values
    }

    /// The chosen arc per executive (nil: no position) read from a solution.
    public func chosenArcs(_ result: SolveResult) -> [Int?] {
        problem.arcsOfExecutive.map { mine in mine.first { a in x[a].map { result.value(of: $0) > 0.5 } ?? false } }
    }
}
