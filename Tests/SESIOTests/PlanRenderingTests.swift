import Foundation
import SESDomain
import SESPlanning
import Testing
@testable import SESReports

/// A run's files are the same bytes however much of them was rendered early, and parts rendered
/// early from another value of a plan are rendered again (synthetic instance).
@Suite struct PlanRenderingTests {
    static func plans() throws -> (plans: [Plan], note: String?, problem: ReassignmentProblem) {
        let positions = (1...30).map { j in
            Position(id: "P\(j)", title: "Synthetic position \(j)", agency: "AG", component: "C\(j % 3)",
                     location: j % 2 == 0 ? "Washington, DC" : "Denver, CO", priority: Double(j % 10),
                     ecqMinimum: [0, 0, 0, 0, 0])
        }
        let executives = (1...24).map { i in
            Executive(id: "E\(i)", name: "Synthetic \(i)", appointment: .career, agency: "AG", component: "C\(i % 3)",
                      positionID: "P\(i)", positionStart: Day(iso: "2018-01-01"), ecq: [4, 4, 4, 4, 4],
                      willingRelocate: i % 3 != 0)
        }
        var policy = Policy(asOf: Day(iso: "2026-12-01")!)
        policy.plans = 3
        let problem = ReassignmentProblem(instance: Instance(executives: executives, positions: positions, policy: policy))
        guard case .plans(let plans, let note) = try Planner(problem: problem).run() else { throw CancellationError() }
        return (plans, note, problem)
    }

    static func rendering(_ problem: ReassignmentProblem) -> PlanRendering {
        PlanRendering(policy: problem.instance.policy, inputs: ["executives.csv", "positions.csv"], problem: problem,
                      provenance: nil)
    }

    static func same(_ a: [OutputFile], _ b: [OutputFile]) -> Bool {
        a.map(\.name) == b.map(\.name) && zip(a, b).allSatisfy { $0.data == $1.data }
    }

    @Test func earlyPartsGiveTheSameFiles() throws {
        let (plans, note, problem) = try Self.plans()
        #expect(plans.count == 3)
        let reference = try Self.rendering(problem).files(plans: plans, note: note)
        #expect(reference.map(\.name) == ["plan-1.json", "plan-1.csv", "plan-1.xlsx", "plan-2.json", "plan-2.csv",
                                          "plan-2.xlsx", "plan-3.json", "plan-3.csv", "plan-3.xlsx", "report.md", "report.html"])
        // Later plans copy unchanged moves from earlier plans' files: each file is still what its
        // standalone writer gives.
        for (k, plan) in plans.enumerated() {
            for (f, kind) in MovePiecesTests.kinds.enumerated() {
                #expect(reference[k * MovePiecesTests.kinds.count + f].data == (try MovePiecesTests.standalone(kind, plan)))
            }
        }
        // So are the reports (their standalone writers draw the vacancy-chain figures inline, a
        // run draws them while the plans are explained).
        let policy = problem.instance.policy, inputs = ["executives.csv", "positions.csv"]
        #expect(reference[9].data == Data(PlanReport.markdown(plans: plans, note: note, policy: policy, inputs: inputs,
                                                              problem: problem).utf8))
        #expect(reference[10].data == Data(HTMLReport.html(plans: plans, note: note, policy: policy, inputs: inputs,
                                                           problem: problem).utf8))
        #expect(String(decoding: reference[10].data, as: UTF8.self).contains("<figure>"))

        // Every part early.
        let all = Self.rendering(problem)
        for plan in plans { all.render(early: plan) }
        all.finishEarlyWork()
        #expect(Self.same(try all.files(plans: plans, note: note), reference))

        // Some plans early, one of them from another value of the plan, which must not be used.
        var stale = plans[1]
        stale.objective += 1
        stale.moves.removeLast()
        let some = Self.rendering(problem)
        some.render(early: plans[0])
        some.render(early: stale)
        some.finishEarlyWork()
        let mixed = try some.files(plans: plans, note: note)
        #expect(Self.same(mixed, reference))

        // A stale value replaced by the right one before the files are asked for.
        let replaced = Self.rendering(problem)
        replaced.render(early: stale)
        replaced.render(early: plans[1])
        replaced.finishEarlyWork()
        #expect(Self.same(try replaced.files(plans: plans, note: note), reference))

        // Asked for while early parts are still being rendered.
        let racing = Self.rendering(problem)
        for plan in plans { racing.render(early: plan) }
        #expect(Self.same(try racing.files(plans: plans, note: note), reference))

        // The stale value's own files differ, so using them would have been seen.
        let staleOnly = try Self.rendering(problem).files(plans: [plans[0], stale, plans[2]], note: note)
        #expect(staleOnly[3].data != reference[3].data)
    }

    /// With a publication, every file is staged as it is rendered, those rendered early too, with
    /// the bytes returned; the set then publishes as it stands.
    @Test func filesAreStagedAsTheyAreRendered() throws {
        let (plans, note, problem) = try Self.plans()
        let reference = try Self.rendering(problem).files(plans: plans, note: note)
        let temp = ReaderTempDirectory()
        let out = temp.path("out")
        let output = try OutputDirectory(out)
        defer { output.close() }
        let rendering = Self.rendering(problem)
        rendering.render(early: plans[0])
        rendering.finishEarlyWork()
        let publication = try output.beginPublication()
        let files = try rendering.files(plans: plans, note: note, stagingIn: publication)
        #expect(Self.same(files, reference))
        var stagedCount = 0
        for file in files {
            #expect(publication.isStaged(file.name), "\(file.name)")
            let staged = FileManager.default.contents(atPath: publication.staging + "/" + file.name)
            #expect(staged == file.data, "\(file.name)")
            stagedCount += 1
        }
        #expect(stagedCount == 11)
        try output.publish(files, through: publication)
        for file in files { #expect(FileManager.default.contents(atPath: out + "/" + file.name) == file.data) }
    }

    /// The files asked for while an early part is being rendered: the rest is rendered without it,
    /// and the part is waited for (a file) or needed (the explanations, before the reports).
    @Test(arguments: [RenderPart.insight, .file(.workbook), .file(.json)])
    func filesAskedForWhileAnEarlyPartIsRendered(held: RenderPart) throws {
        let (plans, note, problem) = try Self.plans()
        let reference = try Self.rendering(problem).files(plans: plans, note: note)
        let rendering = Self.rendering(problem)
        let arrived = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        rendering.earlyPartBegins = { part in
            guard part == held else { return }
            arrived.signal()
            release.wait()
        }
        rendering.render(early: plans[1])
        arrived.wait()
        // Released only once the files are being rendered, so that they see the part in flight.
        let releaser = Thread {
            while !rendering.isFinishing { usleep(1_000) }
            usleep(20_000)
            release.signal()
        }
        releaser.start()
        #expect(Self.same(try rendering.files(plans: plans, note: note), reference))
        #expect(rendering.isFinishing)
    }

    /// A provenance still being worked out when rendering starts (as the command line does, on the
    /// core the solve leaves idle) is waited for by the plan files: the same bytes as one at hand.
    @Test func provenanceStillBeingWorkedOut() throws {
        let (plans, note, problem) = try Self.plans()
        let policy = problem.instance.policy, inputs = ["executives.csv", "positions.csv"]
        let hashed = [PlanProvenance.InputFile(role: "executives", path: "executives.csv", sha256: String(repeating: "a", count: 64))]
        let made = PlanProvenance(command: ["sesplan", "plan"], asOf: policy.asOf, hashed: hashed, policy: policy)
        let reference = try PlanRendering(policy: policy, inputs: inputs, problem: problem, provenance: made)
            .files(plans: plans, note: note)
        let rendering = PlanRendering(policy: policy, inputs: inputs, problem: problem) {
            usleep(50_000)
            return PlanProvenance(command: ["sesplan", "plan"], asOf: policy.asOf, hashed: hashed, policy: policy)
        }
        let files = try rendering.files(plans: plans, note: note)
        #expect(Self.same(files, reference))
        #expect(String(decoding: files[0].data, as: UTF8.self).contains("\"provenance\""))
    }
}
