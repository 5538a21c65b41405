import Foundation
import SESDomain
import SESPlanning
import SesplanKit
import Testing

/// Explanations and diagnoses through the planning API are the explainer's and the diagnoser's.
@Suite("Planning session: explain and diagnose")
struct ExplainSessionTests {
    /// An example's problem and its first plan.
    static func firstPlan(_ example: String) async throws -> (ReassignmentProblem, Plan) {
        let session = PlanningSession()
        let problem = try await session.screen(try await session.load(Examples.files(example), defaultAsOf: Examples.asOf))
        guard case .plans(let plans, _) = try await session.plan(problem) else { throw ExampleWithoutPlans() }
        return (problem, plans[0])
    }

    /// The example gave no plans (every bundled reassignment example has some).
    struct ExampleWithoutPlans: Error {}

    @Test("every executive and position of the labor example explains as the explainer does")
    func explainLabor() async throws {
        let session = PlanningSession()
        let (problem, plan) = try await Self.firstPlan("labor")
        let explainer = try PlanExplainer(problem: problem, plan: plan)
        var checked = 0
        for executive in problem.instance.executives {
            let explanation = try await session.explain(.executive(executive.id), in: plan, planFile: "plan-1.json", problem: problem)
            #expect(explanation.text == (try explainer.explain(executive: executive.id)).text)
            checked += 1
        }
        for position in problem.instance.positions {
            let explanation = try await session.explain(.position(position.id), in: plan, planFile: "plan-1.json", problem: problem)
            #expect(explanation.text == (try explainer.explain(position: position.id)).text)
            checked += 1
        }
        #expect(checked == problem.instance.executives.count + problem.instance.positions.count)
        #expect(checked == 251 + 299)
    }

    @Test("an unknown executive is an explain error naming the plan file")
    func unknownExecutive() async throws {
        let session = PlanningSession()
        let (problem, plan) = try await Self.firstPlan("small")
        do {
            _ = try await session.explain(.executive("NOPE"), in: plan, planFile: "out/plan-1.json", problem: problem)
            Issue.record("an unknown executive was explained")
        } catch let error as SessionError {
            guard case .explain(let file, _) = error else {
                Issue.record("not an explain error: \(error)")
                return
            }
            #expect(file == "out/plan-1.json")
            #expect(error.description == "out/plan-1.json: unknown executive 'NOPE'")
        }
    }

    @Test("the JSON explanation is the explainer's value, encoded, with its reasons as data")
    func json() async throws {
        let session = PlanningSession()
        let (problem, plan) = try await Self.firstPlan("small")
        let id = problem.instance.executives[0].id
        let explanation = try await session.explain(.executive(id), in: plan, planFile: "p", problem: problem)
        let text = try explanation.json()
        #expect(text.hasSuffix("}\n"))
        let direct = try PlanExplainer(problem: problem, plan: plan).explain(executive: id)
        #expect(text == (try Explanation.executive(direct).json()))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["executive_id"] as? String == id)
        #expect(object["reason_details"] != nil)
    }

    @Test("an unlawful pin: the diagnosis is the one planning reports")
    func diagnose() async throws {
        let session = PlanningSession()
        let instance = try await session.load(Examples.files("small"), defaultAsOf: Examples.asOf)
        // SYN-E2 is a noncareer appointee; FBE-P1 is Career Reserved (5 U.S.C. 3132(b); 5 CFR 214.401).
        let whatIf = WhatIf(pins: [.init(executiveID: "SYN-E2", positionID: "FBE-P1")])
        let problem = try await session.screen(instance, whatIf: whatIf)
        let diagnosis = try await session.diagnose(problem)
        guard case .infeasible(let reported) = try await session.plan(problem) else {
            Issue.record("the pin makes the problem infeasible")
            return
        }
        #expect(diagnosis == reported)
        #expect(diagnosis.conflicts.count == 1)
        #expect(diagnosis.conflicts.first?.contains("SYN-E2") == true)
    }

    @Test("unknown ids in pins and forbids are listed one per line; a pair pinned and forbidden too")
    func badPairs() async throws {
        let session = PlanningSession()
        let instance = try await session.load(Examples.files("small"), defaultAsOf: Examples.asOf)
        let whatIf = WhatIf(pins: [.init(executiveID: "X", positionID: "FBE-P1"), .init(executiveID: "SYN-E1", positionID: "FBE-P2")],
                            forbids: [.init(executiveID: "SYN-E1", positionID: "FBE-P2")])
        do {
            _ = try await session.screen(instance, whatIf: whatIf)
            Issue.record("bad pairs were accepted")
        } catch let error as SessionError {
            guard case .pairs(let lines) = error else {
                Issue.record("not a pairs error: \(error)")
                return
            }
            #expect(lines == ["command line: --pin 'X=FBE-P1': unknown executive 'X'",
                              "command line: SYN-E1=FBE-P2 is both pinned and forbidden"])
        }
    }

    @Test("a cancelled task stops before screening the what-if problem")
    func cancelled() async throws {
        let instance = try await PlanningSession().load(Examples.files("small"), defaultAsOf: Examples.asOf)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await PlanningSession().screen(instance, whatIf: WhatIf())
        }
        await #expect(throws: CancellationError.self) { _ = try await task.value }
    }
}
