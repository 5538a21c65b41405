import Foundation
import SESInput
import SESPlanning
import SESReports
import SesplanKit
import Testing

/// Notices, diffs, plan files and PLUM imports through the planning API.
@Suite("Planning session: paperwork")
struct PaperworkSessionTests {
    /// The small example gave no plans (it always gives three).
    struct NoPlans: Error {}

    /// Plans the small example into a fresh directory; returns the directory, the problem and the plans.
    static func planned() async throws -> (URL, ReassignmentProblem, [Plan]) {
        let directory = try Examples.temporaryDirectory()
        let session = PlanningSession()
        let files = Examples.files("small")
        let problem = try await session.screen(try await session.load(files, defaultAsOf: Examples.asOf))
        guard case .plans(let plans, let note) = try await session.plan(problem) else { throw NoPlans() }
        let out = directory.appendingPathComponent("out").path
        let output = try session.openOutput(out, protecting: files.paths)
        defer { output.close() }
        try await session.write(plans, note: note, problem: problem, inputs: files, provenance: nil, to: output, named: out)
        return (directory, problem, plans)
    }

    @Test("plan files read back: JSON and the table give the plan's moves")
    func readPlans() async throws {
        let (directory, problem, plans) = try await Self.planned()
        defer { try? FileManager.default.removeItem(at: directory) }
        let session = PlanningSession()
        var checked = 0
        for plan in plans {
            let json = directory.appendingPathComponent("out/plan-\(plan.number).json").path
            let csv = directory.appendingPathComponent("out/plan-\(plan.number).csv").path
            for read in [try await session.readPlan(json, for: problem.instance),
                         try await session.readPlan(csv, for: problem.instance)] {
                #expect(read.number == plan.number)
                #expect(read.moves.map(\.executiveID) == plan.moves.map(\.executiveID))
                #expect(read.moves.map(\.toPositionID) == plan.moves.map(\.toPositionID))
            }
            #expect(try await session.readPlan(json, for: problem.instance).status == plan.status)
            checked += 1
        }
        #expect(checked == plans.count && checked >= 2)
    }

    @Test("a JSON file that is not a plan names the missing key")
    func notAPlan() async throws {
        let directory = try Examples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.json").path
        try Data(#"{"x":1}"#.utf8).write(to: URL(fileURLWithPath: path))
        let instance = try await PlanningSession().load(Examples.files("small"), defaultAsOf: Examples.asOf)
        do {
            _ = try await PlanningSession().readPlan(path, for: instance)
            Issue.record("not a plan, but read")
        } catch let error as SessionError {
            #expect(error.description == "\(path): not a plan file written by `sesplan plan`: missing key 'plan'")
        }
    }

    @Test("the diff is the plans' PlanDiff, in Markdown and HTML")
    func diff() async throws {
        let (directory, _, plans) = try await Self.planned()
        defer { try? FileManager.default.removeItem(at: directory) }
        let a = directory.appendingPathComponent("out/plan-1.json").path
        let b = directory.appendingPathComponent("out/plan-2.json").path
        let expected = PlanDiff(plans[0], plans[1], labelA: a, labelB: b)
        #expect(try await PlanningSession().diff(a, b) == expected.markdown)
        #expect(try await PlanningSession().diff(a, b, format: .html) == expected.html)
    }

    @Test("notices: one draft per move, written beside the plan")
    func notices() async throws {
        let (directory, problem, plans) = try await Self.planned()
        defer { try? FileManager.default.removeItem(at: directory) }
        let planFile = directory.appendingPathComponent("out/plan-1.json").path
        let files = Examples.files("small")
        let (out, count) = try await PlanningSession().notices(plan: planFile, instance: problem.instance, out: nil,
                                                                protecting: files.paths)
        #expect(out == directory.appendingPathComponent("out/notices-1").path)
        let packets = try NoticeBuilder.packets(plan: plans[0], instance: problem.instance)
        #expect(count == packets.count)
        #expect(count > 0)
        let written = Set(try FileManager.default.contentsOfDirectory(atPath: out))
        #expect(written.isSuperset(of: NoticeWriter.files(packets).map(\.name)))
    }

    @Test("an output directory that is a file is refused with the write error's words")
    func outputIsAFile() throws {
        do {
            _ = try PlanningSession().openOutput(Examples.path("small", "policy.yaml"), protecting: [])
            Issue.record("a file was opened as an output directory")
        } catch {
            #expect(error.description == "\(Examples.path("small", "policy.yaml")): cannot write: it exists and is not a directory")
        }
    }

    @Test("import-plum: the report lines name the target, the layout and the rejected rows")
    func importPLUM() async throws {
        let directory = try Examples.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fixtures = Examples.root.deletingLastPathComponent().appendingPathComponent("Tests/Fixtures/plum")
        let target = directory.appendingPathComponent("positions.csv").path
        let report = try await PlanningSession().importPLUM(fixtures.appendingPathComponent("gpo-2020-excerpt.csv").path,
                                                            skipBadRows: true, to: target)
        let imported = try PLUMImporter.read(contentsOf: fixtures.appendingPathComponent("gpo-2020-excerpt.csv").path,
                                             skipBadRows: true)
        #expect(!report.opmLayout)
        #expect(report.lines.first == "\(target): \(imported.summary) (GPO Plum Book layout)")
        #expect(report.rejectedCount == imported.rejected.count)
        #expect(report.lines.count == 1 + (imported.rejected.isEmpty ? 0 : 1) + imported.warnings.count)
        #expect(FileManager.default.fileExists(atPath: target))
    }

    @Test("failed writes read as the command line prints them")
    func errorWords() {
        let write = FileWriteError(path: "out", message: "disk full")
        #expect(SessionError.write(write).description == "out: cannot write: disk full; the previous results, if any, are unchanged")
        #expect(SessionError.file(write).description == "out: cannot write: disk full")
        #expect(SessionError.baseline(path: "b.csv", reason: "cannot open the baseline plan").description
                == "b.csv: cannot open the baseline plan")
    }
}
