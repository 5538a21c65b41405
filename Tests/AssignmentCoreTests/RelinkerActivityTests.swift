@testable import AssignmentCore
import SESSupport
import Testing

@Suite("Relinker activities")
struct RelinkerActivityTests {
    /// The Lagrangian reads activities from the relinker's table (or its bits per arc, for a few
    /// unit constraints) when every coefficient is a whole number: they must equal each
    /// constraint's own sum, exactly, for any choice of arcs.
    @Test("whole-number coefficients: the table's sums equal each constraint's, exactly")
    func sameSums() {
        var rng = SplitMix64(seed: 4242)
        var compared = 0, asBits = 0, asTable = 0
        for _ in 0..<300 {
            let problem = RandomProblems.make(&rng, rows: rng.int(1..<9), columns: rng.int(1..<9),
                                              density: 0.6, mustProbability: 0.3)
            // A few constraints (unit ones kept as bits per arc) or more than eight (a table).
            let count = rng.chance(0.2) ? rng.int(9..<12) : rng.int(1..<4)
            var constraints = RandomProblems.constraints(&rng, problem: problem, count: count, allowNegative: true)
            if rng.chance(0.5) {
                // Budgets and caps: coefficient 1 on every arc.
                constraints = constraints.map { SideConstraint(name: $0.name, arcs: $0.arcs, rhs: $0.rhs) }
            }
            let relinker = SolutionRelinker(problem: problem, constraints: constraints)
            if relinker.membership != nil { asBits += 1 } else { asTable += 1 }
            // Any arc (or none) per row, columns shared or not: the sums do not care.
            let choice: [Int?] = (0..<problem.rowCount).map { row in
                let arcs = problem.arcs(ofRow: row)
                return arcs.isEmpty || rng.chance(0.2) ? nil : arcs.lowerBound + rng.int(0..<arcs.count)
            }
            let table = relinker.activity(of: choice)
            for (k, constraint) in constraints.enumerated() {
                #expect(table[k] == constraint.activity(of: choice, in: problem))
                compared += 1
            }
        }
        #expect(compared > 500)
        #expect(asBits > 30 && asTable > 30)
    }
}
