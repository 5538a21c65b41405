import SESSupport

/// Improves a feasible solution with pieces of another assignment (path relinking).
///
/// The symmetric difference of two assignments splits into alternating paths and cycles
/// (connected components over rows and columns). Switching the rows of one component from
/// the feasible solution's arcs to the other solution's arcs always yields an assignment
/// again: every column the component touches is used, in either solution, only by rows of
/// that component. So each component is an independent exchange with a value change and a
/// change in every side constraint's activity. The relinker applies improving exchanges
/// greedily (best value per unit of scarce capacity first) while all side constraints stay
/// satisfied.
///
/// Near the best multipliers both solutions are (almost) optimal Lagrangian solutions, so
/// their components are (almost) neutral in the Lagrangian and this fills the budgets that
/// the feasible solution leaves unused, which is where the duality gap of the plain
/// Lagrangian heuristic comes from.
struct SolutionRelinker {
    let problem: SparseAssignmentProblem
    let constraints: [SideConstraint]
    /// With at most eight constraints, all of coefficient 1 (budgets and caps), each arc's
    /// constraints as bits (constraint `k` is bit `k`: ``unitMembership(of:arcCount:)``), one byte
    /// per arc; otherwise nil and the table below.
    let membership: [UInt8]?
    /// For each arc, its (constraint, coefficient) entries in CSR form: offsets (32-bit while the
    /// entries fit), constraints, and coefficients (`nil` when every one is 1; this keeps the table
    /// at about 8 bytes per arc and constraint). Empty when ``membership`` is used.
    private let entryStart: [UInt32]
    private let wideEntryStart: [Int]?
    private let entryConstraint: [Int32]
    private let entryCoefficient: [Double]?

    init(problem: SparseAssignmentProblem, constraints: [SideConstraint]) {
        self.problem = problem
        self.constraints = constraints
        let total = constraints.reduce(0) { $0 + $1.arcs.count }
        let unit = constraints.allSatisfy(\.hasUnitCoefficients)
        membership = Self.unitMembership(of: constraints, arcCount: problem.arcCount)
        if membership != nil {
            (entryStart, wideEntryStart, entryConstraint, entryCoefficient) = ([], nil, [], nil)
        } else if total < Int(UInt32.max) {
            (entryStart, entryConstraint, entryCoefficient) = Self.table(UInt32.self, arcCount: problem.arcCount,
                                                                           constraints: constraints, total: total, unit: unit)
            wideEntryStart = nil
        } else {
            let wide: [Int]
            (wide, entryConstraint, entryCoefficient) = Self.table(Int.self, arcCount: problem.arcCount,
                                                                   constraints: constraints, total: total, unit: unit)
            entryStart = []
            wideEntryStart = wide
        }
    }

    /// The CSR table of `total` entries, each arc's in constraint order, with offsets of type
    /// `Offset`: one array of offsets used as each arc's fill cursor, then shifted back into place.
    private static func table<Offset: FixedWidthInteger>(
        _: Offset.Type, arcCount: Int, constraints: [SideConstraint], total: Int, unit: Bool
    ) -> ([Offset], [Int32], [Double]?) {
        var start = [Offset](repeating: 0, count: arcCount + 1)
        for constraint in constraints {
            for arc in constraint.arcs { start[arc] &+= 1 }
        }
        var sum: Offset = 0
        for arc in 0..<arcCount {
            let count = start[arc]
            start[arc] = sum
            sum &+= count
        }
        // Every entry is written once below (each arc's entries fill its run from its cursor).
        var entryCoefficient: [Double] = []
        let entryConstraint = HugePages.array(count: total) { (entryConstraint: UnsafeMutableBufferPointer<Int32>) in
            entryCoefficient = HugePages.array(count: unit ? 0 : total) { entryCoefficient in
                for (k, constraint) in constraints.enumerated() {
                    for (index, arc) in constraint.arcs.enumerated() {
                        let entry = Int(start[arc])
                        entryConstraint.initializeElement(at: entry, to: Int32(k))
                        if !unit { entryCoefficient.initializeElement(at: entry, to: constraint.coefficient(at: index)) }
                        start[arc] &+= 1
                    }
                }
            }
        }
        // Each cursor now holds the next arc's start.
        var arc = arcCount
        while arc > 0 {
            start[arc] = start[arc - 1]
            arc -= 1
        }
        start[0] = 0
        return (start, entryConstraint, unit ? nil : entryCoefficient)
    }

    /// With at most eight side constraints, each of coefficient 1 on its arcs, the constraints of
    /// each arc as bits (constraint `k` is bit `k`); otherwise nil.
    static func unitMembership(of constraints: [SideConstraint], arcCount: Int) -> [UInt8]? {
        guard constraints.count <= 8, constraints.allSatisfy(\.hasUnitCoefficients) else { return nil }
        var bits = [UInt8](repeating: 0, count: arcCount)
        bits.withUnsafeMutableBufferPointer { bits in
            nonisolated(unsafe) let bits = bits
            for (k, constraint) in constraints.enumerated() {
                let bit = UInt8(1) << k
                constraint.arcs.withUnsafeBufferPointer { arcs in
                    nonisolated(unsafe) let arcs = arcs
                    // An arc appears once in a constraint, so the halves set bits of different arcs.
                    Parallel.halves(count: arcs.count) { run in
                        for index in run { bits[arcs[index]] |= bit }
                    }
                }
            }
        }
        return bits
    }

    /// Calls `body` with each (constraint, coefficient) of `arc`, in constraint order.
    @inline(__always)
    private func forEachEntry(of arc: Int, _ body: (Int, Double) -> Void) {
        if let membership {
            var set = membership[arc]
            while set != 0 {
                body(set.trailingZeroBitCount, 1)
                set &= set &- 1
            }
            return
        }
        let entries = if let wideEntryStart {
            wideEntryStart[arc]..<wideEntryStart[arc + 1]
        } else {
            Int(entryStart[arc])..<Int(entryStart[arc + 1])
        }
        for entry in entries { body(Int(entryConstraint[entry]), entryCoefficient?[entry] ?? 1) }
    }

    /// Side-constraint activities of a choice of arc per row, each added up in row order (the
    /// same sums as ``SideConstraint/activity(of:in:)`` whenever every coefficient is a whole number).
    func activity(of arcForRow: [Int?]) -> [Double] {
        var activity = [Double](repeating: 0, count: constraints.count)
        for case let arc? in arcForRow {
            forEachEntry(of: arc) { k, coefficient in activity[k] += coefficient }
        }
        return activity
    }

    /// Applies exchanges from `other` to `base` (arc per row, reduced problem indices, scores
    /// `scores`). When `base` violates a side constraint, exchanges that reduce the violation
    /// are applied first (least value lost per violation removed) until it is feasible; then
    /// improving exchanges that keep it feasible. Returns the new solution — feasible, and
    /// better than `base` when `base` was feasible — or `nil`.
    func improve(base: [Int?], other: [Int?], scores: [Double], tolerance: Double) -> [Int?]? {
        let rowCount = problem.rowCount
        var parent = [Int32](repeating: -1, count: rowCount + problem.columnCount)
        func find(_ node: Int) -> Int {
            var root = node
            while parent[root] >= 0 { root = Int(parent[root]) }
            var current = node
            while parent[current] >= 0 && Int(parent[current]) != root {
                let next = Int(parent[current])
                parent[current] = Int32(root)
                current = next
            }
            return root
        }
        func union(_ a: Int, _ b: Int) {
            let x = find(a)
            let y = find(b)
            if x != y { parent[max(x, y)] = Int32(min(x, y)) }
        }
        var differing: [Int] = []
        for row in 0..<rowCount where base[row] != other[row] {
            differing.append(row)
            if let arc = base[row] { union(row, rowCount + Int(problem.arcColumn[arc])) }
            if let arc = other[row] { union(row, rowCount + Int(problem.arcColumn[arc])) }
        }
        guard !differing.isEmpty else { return nil }

        // Group differing rows by component and total each exchange.
        var componentOfRoot: [Int: Int] = [:]
        var rowsOf: [[Int]] = []
        var gain: [Double] = []
        var change: [[Double]] = []
        let constraintCount = constraints.count
        for row in differing {
            let root = find(row)
            let component: Int
            if let existing = componentOfRoot[root] {
                component = existing
            } else {
                component = rowsOf.count
                componentOfRoot[root] = component
                rowsOf.append([])
                gain.append(0)
                change.append([Double](repeating: 0, count: constraintCount))
            }
            rowsOf[component].append(row)
            if let arc = other[row] {
                gain[component] += scores[arc]
                forEachEntry(of: arc) { k, coefficient in change[component][k] += coefficient }
            }
            if let arc = base[row] {
                gain[component] -= scores[arc]
                forEachEntry(of: arc) { k, coefficient in change[component][k] -= coefficient }
            }
        }

        var activity = activity(of: base)
        let baseValue = base.reduce(0.0) { $0 + ($1.map { scores[$0] } ?? 0) }
        var applied = [Bool](repeating: false, count: gain.count)
        var value = baseValue
        func limit(_ k: Int) -> Double { constraints[k].rhs + 1e-9 * max(1, abs(constraints[k].rhs)) }
        func violation(_ activity: [Double]) -> Double {
            var total = 0.0
            for k in 0..<constraintCount where activity[k] > limit(k) {
                total += (activity[k] - constraints[k].rhs) / max(1, abs(constraints[k].rhs))
            }
            return total
        }
        func apply(_ component: Int) {
            applied[component] = true
            value += gain[component]
            for k in 0..<constraintCount { activity[k] += change[component][k] }
        }

        // Phase 1 (infeasible base): exchanges that reduce the violation, most violation
        // removed per unit of value lost first, in a few passes.
        let baseWasFeasible = violation(activity) == 0
        var currentViolation = violation(activity)
        var pass = 0
        while currentViolation > 0 && pass < 4 {
            pass += 1
            func score(_ component: Int) -> Double {
                var trial = activity
                for k in 0..<constraintCount { trial[k] += change[component][k] }
                return (currentViolation - violation(trial)) / (1e-9 + max(0, -gain[component]))
            }
            let order = gain.indices.filter { !applied[$0] }.map { ($0, score($0)) }
                .filter { $0.1 > 0 }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            for (component, _) in order where currentViolation > 0 {
                var trial = activity
                for k in 0..<constraintCount { trial[k] += change[component][k] }
                let reduced = violation(trial)
                if reduced < currentViolation - 1e-12 {
                    apply(component)
                    currentViolation = reduced
                }
            }
        }
        if currentViolation > 0 { return nil }

        // Phase 2: improving exchanges that keep every constraint, best value per unit of
        // scarce capacity first, then a second pass by value.
        let slack = (0..<constraintCount).map { max(1, constraints[$0].rhs - activity[$0]) }
        func density(_ component: Int) -> Double {
            var use = 0.0
            for k in 0..<constraintCount where change[component][k] > 0 { use += change[component][k] / slack[k] }
            return gain[component] / (1e-9 + use)
        }
        let candidates = gain.indices.filter { !applied[$0] && gain[$0] > tolerance }
        let byDensity = candidates.sorted { (density($0), $1) > (density($1), $0) }
        let byGain = candidates.sorted { (gain[$0], $1) > (gain[$1], $0) }
        for component in byDensity + byGain where !applied[component] {
            var fits = true
            for k in 0..<constraintCount where change[component][k] > 0 {
                if activity[k] + change[component][k] > limit(k) {
                    fits = false
                    break
                }
            }
            if fits { apply(component) }
        }
        guard !baseWasFeasible || applied.contains(true) else { return nil }
        if baseWasFeasible && value <= baseValue + tolerance { return nil }
        var result = base
        for component in gain.indices where applied[component] {
            for row in rowsOf[component] { result[row] = other[row] }
        }
        return result
    }
}
