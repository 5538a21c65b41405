import Testing
@testable import LinearProgramming

@Suite("Concurrency")
struct ConcurrencyTests {
    @Test("twenty models solved concurrently give their own correct results")
    func concurrentSolves() async throws {
        let seeds = (100..<120).map(UInt64.init)
        let results = try await withThrowingTaskGroup(of: (UInt64, Double?, Double).self) { group in
            for seed in seeds {
                group.addTask {
                    let knapsack = Knapsack(seed: seed, items: 12)
                    let (model, _) = knapsack.model()
                    let result = try model.solve()
                    return (seed, result.objective, knapsack.bruteForceOptimum())
                }
            }
            var collected: [UInt64: (Double?, Double)] = [:]
            for try await (seed, objective, expected) in group {
                collected[seed] = (objective, expected)
            }
            return collected
        }
        #expect(results.count == seeds.count)
        for (seed, pair) in results {
            #expect(approximately(pair.0, pair.1), "seed \(seed)")
        }
        #expect(Set(results.values.map(\.1)).count > 5)
    }

    @Test("MathProg translations and exports run concurrently")
    func concurrentMathProgAndExport() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for bound in 1...10 {
                group.addTask {
                    let result = try MathProg.solve(modelText: """
                        var x integer >= 0, <= \(bound);
                        maximize z: x;
                        end;
                        """)
                    #expect(result.objective == Double(bound))
                }
                group.addTask {
                    var model = Model(name: "m\(bound)")
                    let x = model.addVariable(name: "x", upperBound: Double(bound))
                    model.setObjective(LinearExpression(x), .maximize)
                    model.addConstraint(LinearExpression(x), .lessOrEqual, 100)
                    let text = try model.lpText()
                    #expect(text.contains("m\(bound)"))
                    let result = try model.solve()
                    #expect(result.objective == Double(bound))
                }
            }
            try await group.waitForAll()
        }
    }
}
