import Foundation
import Testing

/// The benchmark refuses counts that leave it nothing to take a median of, before it builds or runs
/// anything.
@Suite struct BenchmarkArgumentsTests {
    @Test("the benchmark refuses fewer than one run or pair, before building anything", arguments: ["--runs", "--pairs"])
    func refusesZeroCounts(option: String) throws {
        let result = try CLIRunner.run(program: "/usr/bin/env", ["python3", "benchmarks/engine.py", option, "0"])
        #expect(result.code == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("--runs and --pairs must be at least 1"), "\(result.stderr)")
        #expect(!result.stdout.contains("machine:"), "the benchmark started: \(result.stdout)")
    }
}
