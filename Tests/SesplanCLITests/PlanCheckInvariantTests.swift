import Foundation
import Testing
@testable import SESInput

/// The promise end to end: `sesplan plan` on the Labor example, then `sesplan check` on plan 1's
/// own moves, dates and voluntary flags, exits 0.
@Suite(.serialized) struct PlanCheckInvariantTests {
    @Test func laborPlanPassesCheckWithItsOwnDates() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ex = "examples/labor/"
        let inputs = ["--executives", ex + "executives.csv", "--positions", ex + "positions.csv",
                      "--agencies", ex + "agencies.csv", "--policy", ex + "policy.yaml"]
        let out = dir.appendingPathComponent("out")
        let plan = try CLIRunner.run(["plan"] + inputs + ["--out", out.path, "--quiet"])
        #expect(plan.code == 0, "\(plan.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("plan-1.json"))) as! [String: Any]
        // The example has a move that waits for its seat, the case `check` used to refuse.
        #expect(PlanDraft.moves(of: json).contains { $0["waits_for"] is String })
        let rows = PlanDraft.rows(of: json)
        #expect(rows.count > 20)
        let draft = try CLIRunner.write(CSVFormatter.document(rows, finalNewline: true), "moves.csv", in: dir)
        let check = try CLIRunner.run(["check"] + inputs + ["--moves", draft])
        #expect(check.code == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("compliant: breaks neither the law nor the agency's policy"))
    }
}
