import Dispatch

/// Exact maximum-weight assignment for a ``SparseAssignmentProblem``.
///
/// The arc graph is split once into connected components (union–find); each component is
/// solved on its own, in parallel when ``Options/parallel`` is set, and the results are
/// merged in component order, so the outcome does not depend on scheduling. (When one
/// component holds nearly every arc the problem is solved whole instead, with the same result:
/// see ``solvesWhole(_:problem:options:)``.) A sparse
/// component is solved by successive shortest augmenting paths with potentials (Dijkstra
/// with a four-ary heap; an optional row's “unassigned” choice is an implicit zero-score column
/// private to it). A dense component (see ``Options/denseDensityThreshold``) is padded to a
/// square matrix and solved Jonker–Volgenant style (column reduction, augmenting row
/// reduction, array-based shortest augmenting paths).
///
/// Both paths return an optimal primal–dual pair (see ``AssignmentSolution``). With floating
/// scores “optimal” means up to rounding in the last bits; integer scores below 2^53 are
/// solved exactly.
///
/// Scores can be overridden per call (the Lagrangian changes them every iteration) without
/// rebuilding the structure, and a previous solution can warm-start the sparse path: its
/// column potentials are kept and its pairs that stay tight under the new scores are kept;
/// everything else is re-augmented, so warm starts never change optimality.
public struct AssignmentSolver: Sendable {
    /// How components are solved.
    public enum Method: Sendable, Equatable {
        /// Dense path for dense components, sparse otherwise.
        case automatic
        /// Always the sparse heap-based path.
        case sparse
        /// Always the dense path (components larger than ``Options/denseMaximumEntries`` still
        /// use the sparse path).
        case dense
    }

    /// Solver settings.
    public struct Options: Sendable {
        /// Solve connected components separately (default `true`).
        public var decompose: Bool
        /// Solve components concurrently (default `true`; results are identical either way).
        public var parallel: Bool
        /// Which algorithm to use per component.
        public var method: Method
        /// With ``Method/automatic``, a component uses the dense path when
        /// `arcs ≥ threshold × rows × columns` and it has at least ``denseMinimumRows`` rows.
        public var denseDensityThreshold: Double
        /// Smallest component (rows) for which the dense path is considered.
        public var denseMinimumRows: Int
        /// Largest padded square matrix (entries) the dense path may allocate.
        public var denseMaximumEntries: Int

        /// Creates options; the defaults suit the SES instances and dense benchmarks.
        public init(
            decompose: Bool = true,
            parallel: Bool = true,
            method: Method = .automatic,
            denseDensityThreshold: Double = 0.25,
            denseMinimumRows: Int = 200,
            denseMaximumEntries: Int = 64_000_000
        ) {
            self.decompose = decompose
            self.parallel = parallel
            self.method = method
            self.denseDensityThreshold = denseDensityThreshold
            self.denseMinimumRows = denseMinimumRows
            self.denseMaximumEntries = denseMaximumEntries
        }
    }

    /// The problem being solved.
    public let problem: SparseAssignmentProblem
    /// The settings in force.
    public let options: Options
    let components: [AssignmentComponent]
    /// Local index of each column within its component (-1 when the column has no arcs).
    private let localColumnOfColumn: [Int32]
    /// Each sparse component's solver, kept between solves with its arcs by column.
    private let sparseSolvers: SparseSolverPool

    /// Prepares `problem` (splits it into components when ``Options/decompose`` is set).
    public init(problem: SparseAssignmentProblem, options: Options = Options()) {
        self.problem = problem
        self.options = options
        components = options.decompose
            ? AssignmentComponent.split(problem) { Self.solvesWhole($0, problem: problem, options: options) }
            : [AssignmentComponent(wholeProblem: problem)]
        var local = [Int32](repeating: -1, count: problem.columnCount)
        for component in components {
            for (index, column) in component.columns.enumerated() { local[Int(column)] = Int32(index) }
        }
        localColumnOfColumn = local
        sparseSolvers = SparseSolverPool(count: components.count)
    }

    /// Number of independent components solved separately.
    public var componentCount: Int { components.count }

    /// Row counts of the components, in solve order.
    public var componentRowCounts: [Int] { components.map(\.rowCount) }

    /// The path each component will take, ``Method/dense`` or ``Method/sparse``, in solve order.
    public var componentMethods: [Method] { components.map { usesDensePath($0) ? .dense : .sparse } }

    /// Solves with `scores` (one per arc; the problem's own scores when `nil`).
    ///
    /// - Parameter warmStart: a previous solution of this problem (under any scores) to start
    ///   from; used by the sparse path only, and only as far as it stays exact.
    /// - Returns: ``AssignmentOutcome/optimal(_:)`` or ``AssignmentOutcome/infeasible(row:)``
    ///   naming a must-assign row of the first infeasible component.
    /// - Throws: ``AssignmentError/invalidScoreOverride(expectedCount:actualCount:firstNonFiniteArc:)``.
    public func solve(scores: [Double]? = nil, warmStart: AssignmentSolution? = nil) throws -> AssignmentOutcome {
        if let scores { try problem.validateScores(scores) }
        return solve(finiteScores: scores ?? problem.arcScore, warmStart: warmStart)
    }

    /// ``solve(scores:warmStart:)`` with scores the caller knows to be one finite score per arc
    /// (the Lagrangian's, the problem's own less bounded multiples of finite coefficients), so
    /// that a pass over millions of them is not made again at every step.
    func solve(finiteScores scores: [Double], warmStart: AssignmentSolution?) -> AssignmentOutcome {
        solve(finiteScores: ArcScores(scores), warmStart: warmStart)
    }

    /// ``solve(finiteScores:warmStart:)`` with the scores as ``ArcScores``: the Lagrangian's
    /// modified scores are then read arc by arc as each component loads them.
    func solve(finiteScores scores: ArcScores, warmStart: AssignmentSolution?) -> AssignmentOutcome {
        let warmStart = warmStart.flatMap { warm in
            warm.arcForRow.count == problem.rowCount && warm.columnPotential.count == problem.columnCount ? warm : nil
        }
        let outcomes = solveComponents(scores: scores, warmStart: warmStart)
        return merge(outcomes, scores: scores)
    }

    // MARK: Component solving

    private func solveComponents(scores: ArcScores, warmStart: AssignmentSolution?) -> [LocalOutcome] {
        let count = components.count
        let slots = OutcomeSlots(count: count)
        if options.parallel && count > 1 {
            // Largest components first so both cores stay busy; each writes its own slot.
            let order = (0..<count).sorted { components[$0].arcCount > components[$1].arcCount }
            DispatchQueue.concurrentPerform(iterations: count) { position in
                let index = order[position]
                slots.store(solveComponent(index, scores: scores, warmStart: warmStart), at: index)
            }
        } else {
            for index in 0..<count {
                slots.store(solveComponent(index, scores: scores, warmStart: warmStart), at: index)
            }
        }
        return slots.collect()
    }

    private func solveComponent(_ index: Int, scores: ArcScores, warmStart: AssignmentSolution?) -> LocalOutcome {
        let component = components[index]
        if usesDensePath(component) {
            return DenseComponentSolver(component: component, scores: scores).solve()
        }
        let solver = sparseSolvers.take(index, scores: scores) { columnArcs in
            SparseAugmentingPathSolver(component: component, scores: scores, columnArcs: columnArcs)
        }
        defer { sparseSolvers.putBack(solver, as: index) }
        return solver.solve(warmStart: warmStart.map { localWarmStart($0, component: component) })
    }

    /// Begins, on `queue`, the arcs by column of every large sparse component: warm-started
    /// solves repair columns from that side, and the first of them would otherwise build them
    /// itself. A caller about to run a series of solves calls this before the first (cold) one,
    /// which does not need them, so they are built on the other core meanwhile. Calling it again
    /// does nothing more; the results never depend on it.
    public func prepareForWarmStarts(on queue: DispatchQueue) {
        prepareForWarmStarts(on: queue, tables: { nil })
    }

    /// ``prepareForWarmStarts(on:)`` for solves that will load the scores of the tables `tables`
    /// gives (on `queue`, when their turn comes) at other multipliers: the arcs by column then
    /// carry those scores in their order too (``ColumnScores``), for the repairs to read in sequence.
    func prepareForWarmStarts(on queue: DispatchQueue, tables: @escaping @Sendable () -> ArcScores?) {
        for (index, component) in components.enumerated()
        where component.arcCount >= Self.preparedArcMinimum && !usesDensePath(component) {
            sparseSolvers.prepareColumnArcs(index, on: queue) { ColumnArcs(component: component, tables: tables()) }
        }
    }

    /// Components with fewer arcs build their arcs by column when first needed (in well under a
    /// millisecond), not worth a handover to another thread.
    static let preparedArcMinimum = 1 << 16

    /// Frees the solvers kept between solves (each holds about 14 bytes per arc of its
    /// component, and its arcs by column 8 more, 17 with their scores); the next solve builds them
    /// again. For callers done with a series of solves.
    public func releaseKeptSolvers() {
        sparseSolvers.removeAll()
    }

    func usesDensePath(_ component: AssignmentComponent) -> Bool {
        Self.usesDensePath(component.shape, options: options)
    }

    /// Whether a component of `shape` is solved by the dense path under `options`.
    static func usesDensePath(_ shape: ComponentShape, options: Options) -> Bool {
        let size = shape.columns + shape.optionalRows
        guard shape.rows <= size, size * size <= options.denseMaximumEntries else { return false }
        switch options.method {
        case .sparse:
            return false
        case .dense:
            return shape.rows > 0
        case .automatic:
            guard shape.rows >= options.denseMinimumRows else { return false }
            let cells = Double(shape.rows) * Double(shape.columns)
            return Double(shape.arcs) >= options.denseDensityThreshold * cells
        }
    }

    /// Whether a problem whose components have `shapes` is solved as one component: when one of
    /// them holds at least 7/8 of the arcs and every one, and the whole, take the sparse path.
    /// A search from a row never leaves its component, and a component's local numbering keeps
    /// the global order, so the whole gives the same matching and potentials, bit for bit, as the
    /// components one by one (apart from which infeasible row is named first), while the split
    /// would copy nearly every arc into component numbering for a little parallel work.
    static func solvesWhole(_ shapes: [ComponentShape], problem: SparseAssignmentProblem, options: Options) -> Bool {
        let total = shapes.reduce(0) { $0 + $1.arcs }
        guard shapes.count > 1, let largest = shapes.map(\.arcs).max(), largest * 8 >= total * 7 else { return false }
        let whole = ComponentShape(rows: problem.rowCount, columns: problem.columnCount, arcs: problem.arcCount,
                                   optionalRows: shapes.reduce(0) { $0 + $1.optionalRows })
        return !usesDensePath(whole, options: options) && !shapes.contains { usesDensePath($0, options: options) }
    }

    private func localWarmStart(_ warm: AssignmentSolution, component: AssignmentComponent) -> LocalWarmStart {
        let columnPotential = component.columns.map { warm.columnPotential[Int($0)] }
        let columnForRow = component.rows.map { row -> Int32 in
            guard let arc = warm.arcForRow[Int(row)], arc >= 0, arc < problem.arcCount,
                problem.arcRow[arc] == row
            else { return -1 }
            return localColumnOfColumn[Int(problem.arcColumn[arc])]
        }
        return LocalWarmStart(columnPotential: columnPotential, columnForRow: columnForRow)
    }

    // MARK: Merging

    private func merge(_ outcomes: [LocalOutcome], scores: ArcScores) -> AssignmentOutcome {
        var arcForRow = [Int?](repeating: nil, count: problem.rowCount)
        var rowPotential = [Double](repeating: 0, count: problem.rowCount)
        var columnPotential = [Double](repeating: 0, count: problem.columnCount)
        var objective = 0.0
        for (component, outcome) in zip(components, outcomes) {
            switch outcome {
            case let .infeasible(localRow):
                return .infeasible(row: Int(component.rows[localRow]))
            case let .solved(local):
                for (localColumn, column) in component.columns.enumerated() {
                    columnPotential[Int(column)] = local.columnPotential[localColumn]
                }
                for (localRow, row) in component.rows.enumerated() {
                    let row = Int(row)
                    rowPotential[row] = local.rowPotential[localRow]
                    let localArc = local.arcForRow[localRow]
                    guard localArc >= 0 else { continue }
                    let arc = component.arcs[localArc]
                    arcForRow[row] = arc
                    objective += scores[arc]
                }
            }
        }
        return .optimal(AssignmentSolution(
            arcForRow: arcForRow, objective: objective,
            rowPotential: rowPotential, columnPotential: columnPotential))
    }
}
