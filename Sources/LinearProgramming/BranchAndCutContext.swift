import CGLPK
import SESSupport

/// State shared with GLPK's branch-and-cut callback through its `info`
/// pointer. Lives on the solving thread only.
final class BranchAndCutContext {
    private let progress: (@Sendable (SolveProgress) -> Void)?
    private let clock: ContinuousClock
    private let start: ContinuousClock.Instant
    /// 1-based copy of the start for `glp_ios_heur_sol` (index 0 unused).
    private let startValues: [Double]?
    private var startDelivered = false
    private var lastReport: Double?
    /// Best bound over the open nodes, sampled at node selection and cut
    /// generation (where GLPK checks the gap and time limit).
    private(set) var bestBound: Double?

    init(settings: GLPKSolver.Settings) {
        progress = settings.progress
        clock = settings.clock
        start = settings.start
        startValues = settings.initialSolution.map { [0] + $0 }
    }

    func handle(_ tree: OpaquePointer) {
        switch glp_ios_reason(tree) {
        case GLP_IHEUR:
            if let startValues, !startDelivered {
                startDelivered = true
                _ = startValues.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
            }
        case GLP_ISELECT, GLP_ICUTGEN:
            updateBound(tree)
        default:
            break
        }
        guard let progress else { return }
        let elapsed = start.duration(to: clock.now).inSeconds
        if let lastReport, elapsed - lastReport < 1 { return }
        lastReport = elapsed
        updateBound(tree)
        let problem = glp_ios_get_prob(tree)
        let status = glp_mip_status(problem)
        let incumbent = status == GLP_FEAS || status == GLP_OPT ? glp_mip_obj_val(problem) : nil
        let gap: Double? = if let incumbent, let bestBound {
            abs(bestBound - incumbent) / max(1e-10, abs(incumbent))
        } else {
            nil
        }
        progress(SolveProgress(elapsed: elapsed, incumbent: incumbent, bestBound: bestBound, relativeGap: gap))
    }

    private func updateBound(_ tree: OpaquePointer) {
        let node = glp_ios_best_node(tree)
        guard node != 0 else { return }
        let bound = glp_ios_node_bound(tree, node)
        // A node whose LP has not been solved yet carries ±DBL_MAX.
        if bound.isFinite && abs(bound) < Double.greatestFiniteMagnitude / 2 {
            bestBound = bound
        }
    }
}
