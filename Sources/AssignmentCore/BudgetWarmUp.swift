/// The first multipliers of a search with several side constraints, when the unconstrained
/// assignment overspends a budget: the broadest overspent budget (the one over the most arcs, a
/// move or relocation budget, every coefficient 1) is priced on its own until it is about met,
/// every other multiplier held at 0.
///
/// Near `λ = 0` the dual function is steep and near its minimum flat, so the cutting-plane model's
/// first steps overshoot and come back (0, then the box's corner, then far below, ...), and each
/// such step changes the choice of thousands of rows: those are the expensive assignment solves.
/// Here the price starts from ``BudgetPrice`` and is refined by regula falsi on the budget's
/// activity (with the Illinois halving, so neither end stalls), each step changing few rows. Every
/// evaluation is an ordinary one (its cut goes into the model, its bound counts), so the search
/// that follows starts with the model accurate along that budget; nothing here decides optimality.
struct BudgetWarmUp {
    /// The budget priced (index into the constraints).
    let budget: Int
    private let rhs: Double
    private let dimension: Int
    /// The nearest evaluated prices on either side: activity above the budget, and at or below it.
    private var over: (price: Double, excess: Double)?
    private var under: (price: Double, excess: Double)?
    /// Which side the last two steps kept (for the Illinois halving).
    private var lastKept: Bool?
    private var steps = 0
    /// How far the last price given moved from the one before it.
    private(set) var lastStep = 0.0
    private var lastPrice = 0.0

    /// At most this many evaluations after the first.
    static let maximumSteps = 5
    /// The warm-up ends once the activity is within this share of the budget (or 1).
    static let closeEnough = 0.03

    /// A warm-up for the broadest unit-coefficient budget that `activity` (at `λ = 0`) overspends,
    /// or nil when there is none or there is only one constraint.
    init?(constraints: [SideConstraint], activity: [Double]) {
        guard constraints.count > 1, activity.count == constraints.count else { return nil }
        let overspent = constraints.indices.filter {
            constraints[$0].hasUnitCoefficients && constraints[$0].rhs >= 0 && activity[$0] > constraints[$0].rhs
        }
        guard let broadest = overspent.max(by: { constraints[$0].arcs.count < constraints[$1].arcs.count })
        else { return nil }
        budget = broadest
        rhs = constraints[broadest].rhs
        dimension = constraints.count
        over = (0, activity[broadest] - rhs)
    }

    /// The next multipliers, given the price `first` estimated after the evaluation at `λ = 0`, or
    /// the activity of the budget at the last multipliers asked for; nil when the warm-up is over.
    mutating func next(first: Double?) -> [Double]? {
        guard let first, first.isFinite, first > 0 else { return nil }
        return multipliers(first)
    }

    /// Records the budget's activity at `price` (the last multipliers given) and gives the next
    /// multipliers, or nil when the activity is close enough, the steps are used up, or the
    /// prices can no longer be told apart.
    mutating func next(price: Double, activity: Double) -> [Double]? {
        steps += 1
        let excess = activity - rhs
        if abs(excess) <= max(1, Self.closeEnough * rhs) || steps >= Self.maximumSteps { return nil }
        let keptOver: Bool
        if excess > 0 {
            over = (price, excess)
            keptOver = true
        } else {
            under = (price, excess)
            keptOver = false
        }
        // Illinois: when the same end moves twice running, the other end's excess is halved.
        if lastKept == keptOver {
            if keptOver { under?.excess /= 2 } else { over?.excess /= 2 }
        }
        lastKept = keptOver
        guard let low = over else { return nil }
        guard let high = under else {
            // Still overspent at every price tried: go higher.
            return multipliers(2 * max(price, low.price))
        }
        let span = low.excess - high.excess
        guard span > 0, high.price > low.price else { return nil }
        let next = low.price + low.excess * (high.price - low.price) / span
        guard next > low.price, next < high.price else { return nil }
        return multipliers(next)
    }

    private mutating func multipliers(_ price: Double) -> [Double] {
        lastStep = abs(price - lastPrice)
        lastPrice = price
        var multipliers = [Double](repeating: 0, count: dimension)
        multipliers[budget] = price
        return multipliers
    }
}
