import Foundation
import Testing

/// End-to-end `sesplan check`: compliant drafts exit 0, violations exit 4 with rule, citation and
/// fix, bad drafts exit 1 with file:line:column.
@Suite(.serialized) struct CheckCommandTests {
    static let executives = """
    id,name,appointment,agency,component,position_id,position_start,ses_start,ecq1,ecq2,ecq3,ecq4,ecq5,skills,willing_transfer,willing_relocate,volunteer,notice_waived,protected_disclosure
    E1,Synthetic One,career,AG,C1,P1,2019-01-01,2015-01-01,4,4,4,4,4,budget,false,true,false,false,false
    E2,Synthetic Two,career,AG,C1,P2,2024-01-01,2015-01-01,3,3,3,3,3,legal,false,false,false,false,true
    N1,Synthetic Three,noncareer,AG,C2,P3,2025-06-01,2025-06-01,3,3,3,3,3,,false,false,false,false,false

    """
    static let positions = """
    id,title,agency,component,location,designation,priority,must_fill,fill_by,ecq1,ecq2,ecq3,ecq4,ecq5,required_skills,desired_skills
    P1,Synthetic Director A,AG,C1,"Washington, DC",career_reserved,3,false,,2,2,2,2,2,,budget
    P2,Synthetic Director B,AG,C1,"Washington, DC",general,3,false,,2,2,2,2,2,,
    P3,Synthetic Director C,AG,C2,"Washington, DC",general,3,false,,2,2,2,2,2,,
    V1,Synthetic Chief Financial Officer,AG,C2,"Denver, CO",career_reserved,10,true,,3,3,3,3,3,budget,budget
    V2,Synthetic Deputy,AG,C2,"Washington, DC",general,8,false,,2,2,2,2,2,,
    Q1,Synthetic Counsel,OTHER,C9,"Washington, DC",general,8,false,,2,2,2,2,2,,

    """

    func inputs(_ dir: URL) throws -> [String] {
        ["--executives", try CLIRunner.write(Self.executives, "executives.csv", in: dir),
         "--positions", try CLIRunner.write(Self.positions, "positions.csv", in: dir),
         "--policy", try CLIRunner.write("as_of: 2026-12-01\nlimits:\n  max_moves: 2\n", "policy.yaml", in: dir)]
    }

    @Test func compliantDraftExitsZero() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let moves = try CLIRunner.write("executive_id,to_position_id,effective_date,voluntary\nE1,V1,,\nN1,V2,2026-12-20,\n", "moves.csv", in: dir)
        let r = try CLIRunner.run(["check"] + inputs(dir) + ["--moves", moves])
        #expect(r.code == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("compliant: breaks neither the law nor the agency's policy"))
        // E1 relocates to Denver: 60 days' notice, and the consent record says what to keep.
        #expect(r.stdout.contains("2027-01-30"))
        #expect(r.stdout.contains("Record of consent") && r.stdout.contains("a record of the consultation with E1"))
    }

    @Test func violationsExitFourWithRuleCitationAndFix() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = """
        executive_id,to_position_id,effective_date,voluntary
        N1,P1,,
        E1,V1,2026-12-20,
        E2,V2,,

        """
        let moves = try CLIRunner.write(draft, "draft.csv", in: dir)
        let r = try CLIRunner.run(["check"] + inputs(dir) + ["--moves", moves])
        #expect(r.code == 4, "\(r.stdout)\(r.stderr)")
        let out = r.stdout
        #expect(out.contains("UNLAWFUL"))
        // Each violation: the row, the executive and position, the rule, its citation and the fix.
        #expect(out.contains("draft.csv:2: N1 → P1: career_reserved (5 U.S.C. 3132(b); 5 CFR 214.401; law)"))
        #expect(out.contains("draft.csv:3: E1 → V1: relocation_notice (5 U.S.C. 3395(a)(2)(B)(i)(II); law)"))
        #expect(out.contains("fix: earliest lawful effective date is 2027-01-30"))
        #expect(out.contains("draft.csv:4: E2 → V2: protected_disclosure (agency policy (rules.hold_protected_disclosure); agency policy)"))
        #expect(out.contains("draft.csv (whole draft): max_moves (agency policy (limits.max_moves); agency policy)"))
        #expect(out.contains("Violations of law") && out.contains("Violations of agency policy"))
        #expect(out.components(separatedBy: "      fix: ").count - 1 >= 5)
    }

    @Test func policyOnlyBreachExitsFive() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let moves = try CLIRunner.write("executive_id,to_position_id,effective_date,voluntary\nE2,V2,,\n", "moves.csv", in: dir)
        let r = try CLIRunner.run(["check"] + inputs(dir) + ["--moves", moves])
        #expect(r.code == 5, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("breaks agency policy only") && !r.stdout.contains("Violations of law"))
        let json = try CLIRunner.run(["check"] + inputs(dir) + ["--moves", moves, "--json"])
        #expect(json.code == 5)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        #expect(object["breaks_law"] as? Bool == false && object["breaks_policy"] as? Bool == true)
        let violations = object["violations"] as! [[String: Any]]
        #expect(violations.allSatisfy { $0["kind"] as? String == "policy" })
    }

    @Test func jsonGivesTheSameAsData() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let moves = try CLIRunner.write("executive_id,to_position_id\nE1,P2\n", "moves.csv", in: dir)
        let r = try CLIRunner.run(["check"] + inputs(dir) + ["--moves", moves, "--json"])
        #expect(r.code == 4)
        let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(object["compliant"] as? Bool == false && object["as_of"] as? String == "2026-12-01")
        let violations = object["violations"] as! [[String: Any]]
        #expect(violations.count == 1)
        #expect(violations[0]["rule"] as? String == "position_still_held")
        #expect(violations[0]["executive_id"] as? String == "E1" && violations[0]["position_id"] as? String == "P2")
        #expect((violations[0]["fix"] as? String)?.contains("moving E2 out of P2") == true)
        #expect(violations[0]["line"] as? Int == 2)
        let ok = try CLIRunner.run(["check"] + inputs(dir) + ["--moves", try CLIRunner.write("executive_id,to_position_id\n", "none.csv", in: dir), "--json"])
        #expect(ok.code == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as! [String: Any])["compliant"] as? Bool == true)
    }

    @Test func badDraftExitsOneWithLocations() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let moves = try CLIRunner.write("executive_id,to_position_id,effective_date,voluntary\nE9,V1,,\nE1,V7,2026-02-30,perhaps\nE2,V2,,\nE2,P3,,\n",
                                        "moves.csv", in: dir)
        let r = try CLIRunner.run(["check"] + inputs(dir) + ["--moves", moves])
        #expect(r.code == 1)
        #expect(r.stdout.isEmpty)
        for expected in ["moves.csv:2:1: column 'executive_id': unknown executive 'E9'; did you mean 'E1'?",
                         "moves.csv:3:2: column 'to_position_id': unknown position 'V7'; did you mean 'V1'?",
                         "moves.csv:3:3: column 'effective_date': no such date: '2026-02-30'",
                         "moves.csv:3:4: column 'voluntary': not a yes/no value: 'perhaps'",
                         "moves.csv:5:1: column 'executive_id': executive 'E2' already has a row (line 4)"] {
            #expect(r.stderr.contains(expected), "missing: \(expected)\n\(r.stderr)")
        }
        let missing = try CLIRunner.write("executive,to_position_id\nE1,V1\n", "cols.csv", in: dir)
        let m = try CLIRunner.run(["check"] + inputs(dir) + ["--moves", missing])
        #expect(m.code == 1 && m.stderr.contains("cols.csv:1: missing required column 'executive_id'"), "\(m.stderr)")
        let absent = try CLIRunner.run(["check"] + inputs(dir) + ["--moves", dir.appendingPathComponent("nope.csv").path])
        #expect(absent.code == 1 && absent.stderr.contains("nope.csv: cannot open file"))
    }

    @Test func badInputsAndUsageExitOne() throws {
        let dir = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var args = try inputs(dir)
        let moves = try CLIRunner.write("executive_id,to_position_id\nE1,V1\n", "moves.csv", in: dir)
        args[1] = try CLIRunner.write(Self.executives.replacingOccurrences(of: "E2,Synthetic Two,career", with: "E2,Synthetic Two,careeer"),
                                      "bad.csv", in: dir)
        let r = try CLIRunner.run(["check"] + args + ["--moves", moves])
        #expect(r.code == 1 && r.stderr.contains("bad.csv:3:3"), "\(r.stderr)")
        #expect(try CLIRunner.run(["check"] + inputs(dir)).code == 1)
    }
}
