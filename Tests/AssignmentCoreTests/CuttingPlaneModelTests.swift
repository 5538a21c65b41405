import LinearProgramming
import SESSupport
import Testing
@testable import AssignmentCore

/// The hand-written simplex of the cutting-plane model, against GLPK on the same LP:
/// `min z s.t. z ≥ f_t + g_t·λ (every cut), lower ≤ λ ≤ upper`, on random instances.
@Suite struct CuttingPlaneModelTests {
    @Test("the model's minimum over a box equals GLPK's, and its minimiser and weights are consistent")
    func minimumMatchesGLPK() throws {
        var rng = SplitMix64(seed: 2024)
        var compared = 0
        for trial in 0..<200 {
            let dimension = rng.int(in: 1...4)
            let cutCount = rng.int(in: 1...12)
            let model = CuttingPlaneModel(dimension: dimension)
            var cuts: [(value: Double, slope: [Double])] = []
            for _ in 0..<cutCount {
                // Integer data, as assignment scores and constraint activities are in practice.
                let cut = (value: Double(rng.int(in: -50...50)), slope: (0..<dimension).map { _ in Double(rng.int(in: -6...6)) })
                cuts.append(cut)
                model.addCut(value: cut.value, slope: cut.slope)
            }
            let lower = (0..<dimension).map { _ in 0.0 }
            let upper = (0..<dimension).map { _ in Double(rng.int(in: 1...20)) }

            var lp = Model()
            let z = lp.addVariable(name: "z", lowerBound: nil, upperBound: nil)
            let lambda = (0..<dimension).map { lp.addVariable(name: "l\($0)", lowerBound: lower[$0], upperBound: upper[$0]) }
            for cut in cuts {
                var rhs = LinearExpression() + cut.value
                for k in 0..<dimension { rhs = rhs + cut.slope[k] * lambda[k] }
                lp.addConstraint(z - rhs, .greaterOrEqual, 0)
            }
            lp.setObjective(LinearExpression(z), .minimize)
            let reference = try lp.solve()
            #expect(reference.termination == .optimal)
            guard let objective = reference.objective else { continue }

            guard let minimum = model.minimize(lower: lower, upper: upper) else {
                Issue.record("trial \(trial): the model's simplex gave no minimum")
                continue
            }
            compared += 1
            let scale = max(1, abs(objective))
            #expect(abs(minimum.value - objective) <= 1e-7 * scale, "trial \(trial): \(minimum.value) vs GLPK \(objective)")
            // The minimiser lies in the box and the model takes the reported value there.
            for k in 0..<dimension {
                #expect(minimum.lambda[k] >= lower[k] - 1e-9 && minimum.lambda[k] <= upper[k] + 1e-9)
            }
            #expect(abs(model.value(at: minimum.lambda) - minimum.value) <= 1e-7 * scale, "trial \(trial)")
            // The weights form a convex combination of cuts.
            let total = minimum.weights.reduce(0) { $0 + $1.weight }
            #expect(abs(total - 1) <= 1e-9 && minimum.weights.allSatisfy { $0.weight >= -1e-12 && $0.cut < cutCount })
        }
        #expect(compared >= 190, "only \(compared) instances compared")
    }
}
