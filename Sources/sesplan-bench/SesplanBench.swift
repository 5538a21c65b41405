import ArgumentParser
import AssignmentCore
import Foundation
import SESSupport

/// `sesplan-bench`: timings of the assignment core on reproducible random instances. Not part of
/// the tool; `benchmarks/assignment-vs-scipy.sh` runs `sesplan-bench dense` against SciPy. Build
/// it in release mode: `swift build -c release --product sesplan-bench`.
@main
struct SesplanBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sesplan-bench",
        abstract: "Timings of the assignment core on reproducible random instances.",
        subcommands: [Dense.self, Sparse.self, Lagrange.self])

    /// The result of `body` and the seconds it took.
    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try body()
        return (result, start.duration(to: clock.now).inSeconds)
    }

    /// The seed every subcommand takes.
    struct Seed: ParsableArguments {
        @Option(name: .long, help: "Seed of the instance (the same seed gives the same instance).")
        var seed: UInt64 = 42
    }

    /// `dense N`: the dense n×n matrix that benchmarks/assignment-vs-scipy.sh rebuilds in NumPy.
    struct Dense: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Dense random n×n minimum-cost assignment.")
        @Argument(help: "The matrix size n.") var n: Int
        @OptionGroup var seed: Seed
        @Flag(name: .long, help: "Also solve it through the public AssignmentSolver API and compare.") var api = false

        func run() throws {
            let core = AssignmentBenchmark.denseRandom(n: n, seed: seed.seed)
            print("dense \(n)x\(n): seconds=\(core.seconds) objective=\(Int(core.objective))")
            if api {
                let through = try AssignmentBenchmark.denseRandomThroughSolver(n: n, seed: seed.seed)
                print("dense-api \(n)x\(n): seconds=\(through.seconds) objective=\(Int(through.objective))")
                guard through.objective == core.objective else { throw ExitCode(1) }
            }
        }
    }

    /// `sparse R×C×A`: a sparse random instance, solved by the automatic and the sparse method.
    struct Sparse: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Sparse random rows×columns with about A arcs.")
        @Argument(help: "ROWSxCOLUMNSxARCS, e.g. 9000x11000x1000000.") var size: BenchSize = BenchSize(9000, 11000, 1_000_000)
        @Option(name: .long, help: "Fraction of rows that may stay unassigned.") var optional = 0.0
        @OptionGroup var seed: Seed

        func run() throws {
            let problem = try AssignmentBenchmark.sparseProblem(
                rows: size.rows, columns: size.columns, arcsPerRow: size.arcs / max(1, size.rows),
                optionalFraction: optional, seed: seed.seed)
            for method in [AssignmentSolver.Method.automatic, .sparse] {
                let solver = AssignmentSolver(problem: problem, options: .init(method: method))
                let (outcome, seconds) = try SesplanBench.timed { try solver.solve() }
                print("sparse \(size.rows)x\(size.columns) arcs=\(problem.arcCount) method=\(method): "
                      + "seconds=\(seconds) objective=\(outcome.solution?.objective ?? .nan)")
            }
        }
    }

    /// `lagrange R×C×A`: an SES-like instance with move, relocation and agency caps.
    struct Lagrange: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Lagrangian bounds on an SES-like instance.")
        @Argument(help: "ROWSxCOLUMNSxARCS, e.g. 9000x11000x1000000.") var size: BenchSize = BenchSize(9000, 11000, 1_000_000)
        @OptionGroup var seed: Seed

        func run() throws {
            let rows = size.rows, columns = size.columns
            let instance = try AssignmentBenchmark.sesLike(rows: rows, columns: columns, arcs: size.arcs, agencies: 40,
                                                          seed: seed.seed)
            let problem = instance.problem
            var constraints = [
                SideConstraint(name: "moves", arcs: instance.moves, rhs: Double(rows / 10)),
                SideConstraint(name: "relocations", arcs: instance.relocations, rhs: Double(rows / 40)),
            ]
            // Per-agency move caps for eight of the forty agencies.
            for agency in 0..<8 {
                let arcs = instance.moves.filter { Int(problem.arcRow[$0]) % 40 == agency }
                constraints.append(SideConstraint(name: "agency \(agency)", arcs: arcs, rhs: Double(rows / 40 / 25)))
            }
            for parallel in [false, true] {
                let solver = AssignmentSolver(problem: problem, options: .init(parallel: parallel))
                let (outcome, seconds) = try SesplanBench.timed { try solver.solve() }
                print("assignment \(rows)x\(columns) arcs=\(problem.arcCount) components=\(solver.componentCount) "
                      + "parallel=\(parallel): seconds=\(seconds) objective=\(outcome.solution?.objective ?? .nan)")
            }
            for (count, hint) in [(1, true), (2, true), (2, false), (10, true)] {
                let solver = try LagrangianSolver(problem: problem, constraints: Array(constraints.prefix(count)))
                let result = try solver.solve(startingSolution: hint ? instance.stay : nil)
                let fixable = solver.fixableArcs(result).filter { $0 }.count
                print("""
                    lagrangian \(rows)x\(columns) arcs=\(problem.arcCount) constraints=\(count) stayHint=\(hint): \
                    seconds=\(result.seconds) iterations=\(result.iterations) solves=\(result.assignmentSolves) \
                    status=\(result.status) bound=\(result.upperBound) incumbent=\(result.incumbent?.objective ?? .nan) \
                    gap=\(result.gap ?? .nan) fixable=\(fixable)
                    """)
            }
        }
    }
}
