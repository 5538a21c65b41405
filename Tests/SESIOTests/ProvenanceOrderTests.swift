import SESDomain
@testable import SESReports
import Testing

/// The provenance a plan records is the same text on every run: policy fields held in dictionaries
/// (component limits) are written in sorted order, not in hash order.
@Suite struct ProvenanceOrderTests {
    @Test func componentLimitsAreWrittenInSortedOrder() {
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        let names = (0..<40).map { "COMPONENT \(String(format: "%02d", 39 - $0))" }
        for (k, name) in names.enumerated() { policy.limits.componentMaxMoves[name] = k }
        let line = PlanProvenance.policyLines(policy).first { $0.0.hasSuffix("componentMaxMoves") }
        let expected = "[" + names.enumerated().map { "\($1): \($0)" }.sorted().joined(separator: ", ") + "]"
        #expect(line?.1 == expected)
    }
}
