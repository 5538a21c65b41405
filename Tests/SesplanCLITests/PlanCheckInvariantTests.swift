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
        let moves = (json["moves"] as! [[String: Any]]).filter {
            ["reassignment", "transfer", "placement"].contains($0["action"] as? String ?? "")
        }
        // The example has a move that waits for its seat, the case `check` used to refuse.
        #expect(moves.contains { $0["waits_for"] is String })
        var rows = [["executive_id", "to_position_id", "effective_date", "voluntary"]]
        for m in moves {
            rows.append([m["executive_id"] as! String, m["to_position_id"] as! String, m["earliest_effective"] as! String,
                         (m["voluntary"] as! Bool) ? "yes" : "no"])
        }
        #expect(rows.count > 20)
        let draft = try CLIRunner.write(CSVFormatter.document(rows, finalNewline: true), "moves.csv", in: dir)
        let check = try CLIRunner.run(["check"] + inputs + ["--moves", draft])
        #expect(check.code == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("compliant: breaks neither the law nor the agency's policy"))
    }
}
