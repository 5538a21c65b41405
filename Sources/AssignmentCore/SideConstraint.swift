import SESSupport

/// A linear side constraint `Σ coefficients[i] · x[arcs[i]] ≤ rhs` over the arcs of a
/// ``SparseAssignmentProblem`` (move budget, relocation budget, component limit, noncareer cap,
/// no-good cut, …). Coefficients may be negative.
public struct SideConstraint: Sendable, Equatable {
    /// A label for reports.
    public var name: String
    /// Arc indices with a nonzero coefficient (no repeats).
    public var arcs: [Int]
    /// The coefficients, or `nil` when every one is 1 (budgets and caps: nothing stored per arc).
    private var storedCoefficients: [Double]?
    /// Right-hand side.
    public var rhs: Double

    /// One coefficient per entry of ``arcs`` (built on each read when every one is 1; loops use
    /// ``coefficient(at:)``).
    public var coefficients: [Double] {
        get { storedCoefficients ?? [Double](repeating: 1, count: arcs.count) }
        set { storedCoefficients = newValue }
    }

    /// Whether every coefficient is 1 and none is stored.
    public var hasUnitCoefficients: Bool { storedCoefficients == nil }

    /// The coefficient of entry `index` of ``arcs``.
    @inline(__always)
    public func coefficient(at index: Int) -> Double { storedCoefficients?[index] ?? 1 }

    /// Creates `Σ coefficients[i] · x[arcs[i]] ≤ rhs`.
    public init(name: String = "", arcs: [Int], coefficients: [Double], rhs: Double) {
        self.name = name
        self.arcs = arcs
        self.storedCoefficients = coefficients
        self.rhs = rhs
    }

    /// Creates `Σ x[a] ≤ rhs` over `arcs` (every coefficient 1): a budget or a cap.
    public init(name: String = "", arcs: [Int], rhs: Double) {
        self.name = name
        self.arcs = arcs
        self.storedCoefficients = nil
        self.rhs = rhs
    }

    /// Equal when they have the same name, arcs, coefficients and right-hand side, however the
    /// coefficients are stored.
    public static func == (lhs: SideConstraint, rhs: SideConstraint) -> Bool {
        lhs.name == rhs.name && lhs.arcs == rhs.arcs && lhs.rhs == rhs.rhs
            && (lhs.storedCoefficients == rhs.storedCoefficients || lhs.coefficients == rhs.coefficients)
    }

    /// Left-hand side for a choice of one arc (or none) per row of `problem`. A budget over many
    /// arcs (every coefficient 1) is counted in two halves, one per core: a count is exact in any
    /// order. Other constraints are summed in arc order.
    public func activity(of arcForRow: [Int?], in problem: SparseAssignmentProblem) -> Double {
        let arcs = arcs, arcRow = problem.arcRow
        guard hasUnitCoefficients else {
            var total = 0.0
            for (index, arc) in arcs.enumerated() where arcForRow[Int(arcRow[arc])] == arc {
                total += coefficient(at: index)
            }
            return total
        }
        let counts = Parallel.halves(count: arcs.count) { run in
            run.reduce(0) { count, index in arcForRow[Int(arcRow[arcs[index]])] == arcs[index] ? count + 1 : count }
        }
        return Double(counts.reduce(0, +))
    }

    /// Checks the constraint against a problem with `arcCount` arcs; `index` labels errors.
    ///
    /// - Throws: ``AssignmentError/invalidSideConstraint(index:reason:)``.
    public func validate(arcCount: Int, index: Int) throws {
        if let storedCoefficients, arcs.count != storedCoefficients.count {
            throw AssignmentError.invalidSideConstraint(
                index: index, reason: "\(arcs.count) arcs but \(storedCoefficients.count) coefficients")
        }
        guard rhs.isFinite else {
            throw AssignmentError.invalidSideConstraint(index: index, reason: "right-hand side is not finite")
        }
        // Arcs listed in increasing order cannot repeat; others are checked with a set.
        var ascending = true
        for k in arcs.indices.dropFirst() where arcs[k] <= arcs[k - 1] {
            ascending = false
            break
        }
        var seen = Set<Int>()
        for (position, arc) in arcs.enumerated() {
            let coefficient = coefficient(at: position)
            guard arc >= 0, arc < arcCount else {
                throw AssignmentError.invalidSideConstraint(index: index, reason: "arc \(arc) is out of range")
            }
            guard coefficient.isFinite else {
                throw AssignmentError.invalidSideConstraint(index: index, reason: "coefficient of arc \(arc) is not finite")
            }
            guard ascending || seen.insert(arc).inserted else {
                throw AssignmentError.invalidSideConstraint(index: index, reason: "arc \(arc) repeats")
            }
        }
    }
}
