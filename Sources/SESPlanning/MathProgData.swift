import LinearProgramming
import SESDomain

/// Writes the data section for `models/reassignment.mod`, so that
/// `glpsol -m models/reassignment.mod -d data.dat` solves exactly the problem the tool solves.
public enum MathProgData {
    /// The `.dat` text for a problem, optionally with no-good cuts of earlier plans.
    public static func text(for problem: ReassignmentProblem, noGoods: [NoGoodCut] = []) -> String {
        let inst = problem.instance
        let e = inst.executives.map { MathProgText.quote($0.id) }
        let p = inst.positions.map { MathProgText.quote($0.id) }
        var out = "/* sesplan data for models/reassignment.mod; as_of \(inst.policy.asOf.iso). */\n\ndata;\n\n"
        out += "set E :=\n" + MathProgText.lines(e) + ";\n\n"
        out += "set P :=\n" + MathProgText.lines(p) + ";\n\n"
        out += "param penalty := \(MathProgText.number(problem.shortfallPenalty));\n\n"
        out += "set A :=\n" + MathProgText.lines(problem.arcs.map { "(\(e[$0.executive]), \(p[$0.position]))" }) + ";\n\n"
        out += "param score :=\n" + MathProgText.lines(problem.arcs.map { "[\(e[$0.executive]), \(p[$0.position])] \(MathProgText.number($0.score))" }) + ";\n\n"
        let late = problem.arcs.filter { !$0.timely }
        out += "param timely :=\n" + MathProgText.lines(late.map { "[\(e[$0.executive]), \(p[$0.position])] 0" }) + ";\n\n"
        out += chainData(problem, e: e, p: p)
        out += "param placed :=\n" + MathProgText.lines(inst.executives.indices.map { "\(e[$0]) \(problem.isPlaced[$0] ? 1 : 0)" }) + ";\n\n"
        out += "param must_fill :=\n" + MathProgText.lines(problem.mustFillPositions.map { "\(p[$0]) 1" }) + ";\n\n"
        let active = problem.limits.filter { $0.arcs.count > $0.limit }
        let l = active.map { MathProgText.quote($0.name) }
        out += "set L :=\n" + MathProgText.lines(l) + ";\n\n"
        out += "param limit :=\n" + MathProgText.lines(active.indices.map { "\(l[$0]) \($0 < active.count ? active[$0].limit : 0)" }) + ";\n\n"
        var la: [String] = []
        for (k, limit) in active.enumerated() {
            for a in limit.arcs { la.append("(\(l[k]), \(e[problem.arcs[a].executive]), \(p[problem.arcs[a].position]))") }
        }
        out += "set LA :=\n" + MathProgText.lines(la) + ";\n\n"
        out += "set PIN :=\n" + MathProgText.lines(problem.pinnedArcs.map { "(\(e[problem.arcs[$0].executive]), \(p[problem.arcs[$0].position]))" }) + ";\n\n"
        out += "set K :=\n" + MathProgText.lines(noGoods.indices.map { String($0 + 1) }) + ";\n\n"
        var ka: [String] = [], coef: [String] = []
        for (k, cut) in noGoods.enumerated() {
            for (a, c) in cut.coefficients.sorted(by: { $0.key < $1.key }) {
                let key = "\(k + 1), \(e[problem.arcs[a].executive]), \(p[problem.arcs[a].position])"
                ka.append("(\(key))")
                coef.append("[\(key)] \(MathProgText.number(c))")
            }
        }
        out += "set KA :=\n" + MathProgText.lines(ka) + ";\n\n"
        out += "param ng_coef :=\n" + MathProgText.lines(coef) + ";\n\n"
        out += "param ng_rhs :=\n" + MathProgText.lines(noGoods.indices.map { "\($0 + 1) \(MathProgText.number(noGoods[$0].rhs))" }) + ";\n\n"
        out += "end;\n"
        return out
    }

    /// The data of the chain condition: must-fill positions with a `fill_by` date, the holders
    /// before the plan, and the own earliest date of each holder's moves (only when some
    /// position has a `fill_by` date), all in days after `as_of`.
    static func chainData(_ problem: ReassignmentProblem, e: [String], p: [String]) -> String {
        let inst = problem.instance
        let asOf = inst.policy.asOf
        let timed = problem.mustFillPositions.filter { inst.positions[$0].fillBy != nil }
        var out = "set F :=\n" + MathProgText.lines(timed.map { p[$0] }) + ";\n\n"
        out += "param fill_by_day :=\n" + MathProgText.lines(timed.map { "\(p[$0]) \(asOf.days(to: inst.positions[$0].fillBy!))" }) + ";\n\n"
        var held: [(Int, Int)] = []
        for (i, x) in inst.executives.enumerated() {
            if let j = x.positionID.flatMap({ problem.assessor.positionIndex[$0] }) { held.append((i, j)) }
        }
        out += "set H :=\n" + MathProgText.lines(held.map { "(\(e[$0.0]), \(p[$0.1]))" }) + ";\n\n"
        let moves = timed.isEmpty ? [] : problem.arcs.filter { problem.isPlaced[$0.executive] && $0.action != .stay }
        out += "param own_day :=\n" + MathProgText.lines(moves.map {
            "[\(e[$0.executive]), \(p[$0.position])] \(asOf.days(to: $0.earliestEffective))"
        }) + ";\n\n"
        return out
    }
}
