import SESDomain
import SESSupport

/// Large instances given by `scores.csv`-style pair scores with four decimals (as the fit scorer
/// rounds them): each executive may stay or take one of a few other positions, some executives
/// are unplaced, some vacancies must be filled, and a move limit binds.
enum ScoredInstances {
    static let asOf = Day(iso: "2026-12-01")!

    /// A score with four decimals, `tenThousandths` / 10,000.
    static func score(_ tenThousandths: ClosedRange<Int>, using rng: inout SplitMix64) -> Double {
        Double(Int.random(in: tenThousandths, using: &rng)) / 10_000
    }

    static func make(seed: UInt64, executives n: Int, vacancies: Int, pairsPerExecutive: Int = 3,
                     maxMoves: Int? = nil) -> Instance {
        var rng = SplitMix64(seed: seed)
        let placed = n - n / 20
        let positions = (0..<(placed + vacancies)).map { j in
            Position(id: "P\(j + 1)", agency: "AG", component: j % 2 == 0 ? "C1" : "C2",
                     mustFill: j >= placed && j % 7 == 0)
        }
        let executives = (0..<n).map { i in
            Executive(id: "E\(i + 1)", appointment: .career, agency: "AG", component: i % 2 == 0 ? "C1" : "C2",
                      positionID: i < placed ? "P\(i + 1)" : nil, positionStart: asOf.adding(days: -800),
                      sesStart: asOf.adding(days: -1500), noticeWaived: true)
        }
        var listed: [Set<Int>] = (0..<n).map { i in i < placed ? [i] : [] }
        // Every must-fill vacancy has three candidates.
        for j in positions.indices where positions[j].mustFill {
            for _ in 0..<3 { listed[Int.random(in: 0..<n, using: &rng)].insert(j) }
        }
        var scores: [PairScore] = []
        for i in 0..<n {
            while listed[i].count < pairsPerExecutive + (i < placed ? 1 : 0) {
                listed[i].insert(Int.random(in: 0..<positions.count, using: &rng))
            }
            for j in listed[i].sorted() {
                // Staying scores lower than most moves, so the move limit binds.
                let value = score(j == i ? -20_000...20_000 : -20_000...80_000, using: &rng)
                scores.append(PairScore(executiveID: "E\(i + 1)", positionID: "P\(j + 1)", score: value))
            }
        }
        var policy = Policy(asOf: asOf)
        policy.limits.maxMoves = maxMoves ?? n / 25
        policy.limits.componentMaxMoves = ["C1": n / 60]
        return Instance(executives: executives, positions: positions, scores: scores, policy: policy)
    }
}
