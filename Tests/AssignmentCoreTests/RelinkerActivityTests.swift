@testable import AssignmentCore
import SESSupport
import Testing

@Suite("Relinker activities")
struct RelinkerActivityTests {
    /// The Lagrangian reads activities from the relinker's table when every coefficient is a whole
    /// number: they must equal each constraint's own sum, exactly, for any choice of arcs.
    @Test("whole-number coefficients: the table's sums equal each constraint's, exactly")
    func sameSums() {
        var rng = SplitMix64(seed: 4242)
        var compared = 0
        for _ in 0..<300 {
            let problem = RandomProblems.make(&rng, rows: rng.int(1..<9), columns: rng.int(1..<9),
                                              density: 0.6, mustProbability: 0.3)
            let constraints = RandomProblems.constraints(&rng, problem: problem, count: rng.int(1..<4),
                                                         allowNegative: true)
            let relinker = SolutionRelinker(problem: problem, constraints: constraints)
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
    }
}
