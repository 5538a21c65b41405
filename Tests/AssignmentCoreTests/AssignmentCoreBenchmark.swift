import Foundation
import Testing
import AssignmentCore
import SESSupport

/// Timings, not unit tests: skipped unless an environment variable asks for them. Run them
/// in release mode, e.g.
///
///     SESPLAN_BENCH_DENSE=5000 swift test -c release --scratch-path .build-core \
///         --filter AssignmentCoreBenchmark
///     SESPLAN_BENCH_SPARSE=9000x11000x1000000 swift test -c release ...
///
/// `benchmarks/assignment-vs-scipy.sh` drives the dense one against SciPy.
@Suite("AssignmentCoreBenchmark")
struct AssignmentCoreBenchmark {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = UInt64(environment["SESPLAN_BENCH_SEED"] ?? "") ?? 42

    @Test("dense random n×n (SESPLAN_BENCH_DENSE=n)", .enabled(if: environment["SESPLAN_BENCH_DENSE"] != nil))
    func dense() throws {
        let n = try #require(Int(Self.environment["SESPLAN_BENCH_DENSE"] ?? ""))
        let core = AssignmentBenchmark.denseRandom(n: n, seed: Self.seed)
        print("dense \(n)x\(n): seconds=\(core.seconds) objective=\(Int(core.objective))")
        if Self.environment["SESPLAN_BENCH_API"] != nil {
            let api = try AssignmentBenchmark.denseRandomThroughSolver(n: n, seed: Self.seed)
            print("dense-api \(n)x\(n): seconds=\(api.seconds) objective=\(Int(api.objective))")
            #expect(api.objective == core.objective)
        }
    }

    @Test(
        "sparse random rows×columns×arcs (SESPLAN_BENCH_SPARSE=9000x11000x1000000)",
        .enabled(if: environment["SESPLAN_BENCH_SPARSE"] != nil))
    func sparse() throws {
        let parts = (Self.environment["SESPLAN_BENCH_SPARSE"] ?? "").split(separator: "x").compactMap { Int($0) }
        let (rows, columns, arcs) = parts.count == 3 ? (parts[0], parts[1], parts[2]) : (9000, 11000, 1_000_000)
        let optional = Double(Self.environment["SESPLAN_BENCH_OPTIONAL"] ?? "") ?? 0
        let problem = try AssignmentBenchmark.sparseProblem(
            rows: rows, columns: columns, arcsPerRow: arcs / rows, optionalFraction: optional, seed: Self.seed)
        for method in [AssignmentSolver.Method.automatic, .sparse] {
            let solver = AssignmentSolver(problem: problem, options: .init(method: method))
            let clock = ContinuousClock()
            let start = clock.now
            let outcome = try solver.solve()
            let elapsed = start.duration(to: clock.now)
            let seconds = elapsed.inSeconds
            let solution = try #require(outcome.solution)
            print("sparse \(rows)x\(columns) arcs=\(problem.arcCount) method=\(method): seconds=\(seconds) objective=\(solution.objective)")
            #expect(DualCheck.issues(solution, problem: problem, tolerance: 1e-6).isEmpty)
        }
    }

    /// An SES-like instance: executives in agencies (blocks), each with a stay arc to its
    /// own position and random in-agency moves, some of them relocations.
    static func sesLike(rows: Int, columns: Int, arcs: Int, agencies: Int, seed: UInt64)
        throws -> (SparseAssignmentProblem, moves: [Int], relocations: [Int], stay: [Int?])
    {
        var rng = SplitMix64(seed: seed)
        let perRow = max(1, arcs / rows)
        var list: [(row: Int, column: Int, score: Double)] = []
        var relocating: [Bool] = []
        var mark = [Int](repeating: -1, count: columns)
        for row in 0..<rows {
            let agency = row % agencies
            let own = row  // executive `row` holds position `row`; columns ≥ rows are vacancies
            mark[own] = row
            var entries: [(Int, Double, Bool)] = [(own, 60 + Double(rng.int(0..<40)), false)]
            let agencyColumns = (columns - agency + agencies - 1) / agencies
            for _ in 0..<min(perRow - 1, agencyColumns - 1) {
                var column = agency + agencies * rng.int(0..<agencyColumns)
                var guardCount = 0
                while (column >= columns || mark[column] == row) && guardCount < 50 {
                    column = agency + agencies * rng.int(0..<agencyColumns)
                    guardCount += 1
                }
                if column >= columns || mark[column] == row { continue }
                mark[column] = row
                entries.append((column, Double(rng.int(0..<120)), rng.chance(0.4)))
            }
            entries.sort { $0.0 < $1.0 }
            for (column, score, relocation) in entries {
                list.append((row, column, score))
                relocating.append(relocation)
            }
        }
        let problem = try SparseAssignmentProblem(
            rowCount: rows, columnCount: columns, arcs: list, mustAssign: [Bool](repeating: true, count: rows))
        var moves: [Int] = []
        var relocations: [Int] = []
        var stay = [Int?](repeating: nil, count: rows)
        for arc in 0..<problem.arcCount {
            if Int(problem.arcRow[arc]) == Int(problem.arcColumn[arc]) {
                stay[Int(problem.arcRow[arc])] = arc
            } else {
                moves.append(arc)
                if relocating[arc] { relocations.append(arc) }
            }
        }
        return (problem, moves, relocations, stay)
    }

    @Test(
        "Lagrangian on an SES-like instance (SESPLAN_BENCH_LAGRANGE=9000x11000x1000000)",
        .enabled(if: environment["SESPLAN_BENCH_LAGRANGE"] != nil))
    func lagrangian() throws {
        let parts = (Self.environment["SESPLAN_BENCH_LAGRANGE"] ?? "").split(separator: "x").compactMap { Int($0) }
        let (rows, columns, arcs) = parts.count == 3 ? (parts[0], parts[1], parts[2]) : (9000, 11000, 1_000_000)
        let (problem, moves, relocations, stay) = try Self.sesLike(
            rows: rows, columns: columns, arcs: arcs, agencies: 40, seed: Self.seed)
        var constraints = [
            SideConstraint(name: "moves", arcs: moves, rhs: Double(rows / 10)),
            SideConstraint(name: "relocations", arcs: relocations, rhs: Double(rows / 40)),
        ]
        // Per-agency move caps for eight of the forty agencies.
        for agency in 0..<8 {
            let arcs = moves.filter { Int(problem.arcRow[$0]) % 40 == agency }
            constraints.append(SideConstraint(name: "agency \(agency)", arcs: arcs, rhs: Double(rows / 40 / 25)))
        }
        for parallel in [false, true] {
            let solver = AssignmentSolver(problem: problem, options: .init(parallel: parallel))
            let clock = ContinuousClock()
            let start = clock.now
            let outcome = try solver.solve()
            let elapsed = start.duration(to: clock.now)
            let seconds = elapsed.inSeconds
            print("assignment \(rows)x\(columns) arcs=\(problem.arcCount) components=\(solver.componentCount) parallel=\(parallel): seconds=\(seconds) objective=\(outcome.solution?.objective ?? .nan)")
        }
        for (count, hint) in [(1, true), (2, true), (2, false), (10, true)] {
            let solver = try LagrangianSolver(problem: problem, constraints: Array(constraints.prefix(count)))
            let result = try solver.solve(startingSolution: hint ? stay : nil)
            let fixable = solver.fixableArcs(result).filter { $0 }.count
            let incumbent = result.incumbent?.objective ?? .nan
            print("""
                lagrangian \(rows)x\(columns) arcs=\(problem.arcCount) constraints=\(count) stayHint=\(hint): \
                seconds=\(result.seconds) iterations=\(result.iterations) solves=\(result.assignmentSolves) \
                status=\(result.status) bound=\(result.upperBound) incumbent=\(incumbent) \
                gap=\(result.gap ?? .nan) fixable=\(fixable) λ=\(result.multipliers) activity=\(result.incumbent?.constraintActivity.prefix(3) ?? [])
                """)
        }
    }
}
