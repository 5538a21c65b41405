import Foundation
import GRDB
import Testing
@testable import SESWeb

/// The workspace store: scenarios and their files, optimistic concurrency, the audit trail,
/// duplication, runs and plans, and what survives a restart.
@Suite final class StoreTests {
    let directory: String
    let store: Store

    init() throws {
        directory = NSTemporaryDirectory() + "sesplan-store-" + UUID().uuidString
        store = try Store(directory: directory)
    }

    /// Each test's store goes with it.
    deinit { try? FileManager.default.removeItem(atPath: directory) }

    @Test func usesWriteAheadLogging() async throws {
        #expect(try await store.journalMode() == "wal")
    }

    @Test func aChangeBumpsTheVersionAndIsRecorded() async throws {
        let created = try await store.createScenario(name: "Labor", who: "Ann")
        #expect(created.version == 1)
        let changed = try await store.changeFiles(created.key, expectedVersion: 1, set: [.executives: "id\nE1\n"],
                                                  who: "Ann", action: "uploaded files", detail: "executives.csv")
        #expect(changed.version == 2)
        #expect(try await store.files(created.key) == [.executives: "id\nE1\n"])
        let history = try await store.history(created.key)
        #expect(history.map(\.action) == ["uploaded files", "created the scenario"])
        #expect(history.allSatisfy { $0.who == "Ann" })
    }

    @Test func aStaleVersionChangesNothing() async throws {
        let s = try await store.createScenario(name: "Labor", who: "Ann")
        try await store.changeFiles(s.key, expectedVersion: 1, set: [.policy: "plans: 2\n"], who: "Ann",
                                    action: "changed the policy", detail: "")
        // A second tab still holds version 1.
        await #expect(throws: StoreError.stale(expected: 1, current: 2)) {
            try await store.changeFiles(s.key, expectedVersion: 1, set: [.policy: "plans: 5\n"], who: "Bob",
                                        action: "changed the policy", detail: "")
        }
        #expect(try await store.files(s.key)[.policy] == "plans: 2\n")
        #expect(try await store.scenario(s.key).version == 2)
        #expect(try await store.history(s.key).allSatisfy { $0.who == "Ann" })
    }

    @Test func concurrentWritersFromOneVersionLeaveExactlyOneWinner() async throws {
        let s = try await store.createScenario(name: "Race", who: "Ann")
        let store = self.store
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for k in 0..<8 {
                group.addTask {
                    (try? await store.changeFiles(s.key, expectedVersion: 1, set: [.draft: "writer \(k)"], who: "W\(k)",
                                                  action: "edited the draft plan", detail: "")) != nil
                }
            }
            var wins: [Bool] = []
            for await won in group { wins.append(won) }
            return wins
        }
        #expect(outcomes.count == 8)
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(try await store.scenario(s.key).version == 2)
    }

    @Test func duplicateCopiesFilesNotRuns() async throws {
        let s = try await store.createScenario(name: "Labor", who: "Ann")
        try await store.changeFiles(s.key, expectedVersion: 1, set: [.executives: "e", .positions: "p"], who: "Ann",
                                    action: "uploaded files", detail: "")
        _ = try await store.insertRun(run(for: s.key), detail: "test")
        let copy = try await store.duplicate(s.key, name: "What if", who: "Bob")
        #expect(copy.parentID == s.key && copy.version == 1 && copy.name == "What if")
        #expect(try await store.files(copy.key) == [.executives: "e", .positions: "p"])
        #expect(try await store.runs(copy.key).isEmpty)
        #expect(try await store.runs(s.key).count == 1)
        #expect(try await store.history(s.key).first?.action == "duplicated the scenario")
    }

    @Test func aRunKeepsItsPlansAndAStoppedServerMarksItInterrupted() async throws {
        let s = try await store.createScenario(name: "Labor", who: "Ann")
        let finished = try await store.insertRun(run(for: s.key), detail: "")
        let abandoned = try await store.insertRun(run(for: s.key), detail: "")
        try await store.finishRun(finished.key, status: .done, seconds: 1.5, note: nil, message: nil,
                                  plans: [(1, "{\"plan\":1}"), (2, "{\"plan\":2}")])
        #expect(try await store.planTexts(finished.key).map(\.number) == [1, 2])
        #expect(try await store.planText(run: finished.key, number: 2) == "{\"plan\":2}")
        #expect(try await store.planList(s.key).count == 2)
        #expect(try await store.markInterruptedRuns() == 1)
        #expect(try await store.run(abandoned.key).status == .interrupted)
        #expect(try await store.run(finished.key).status == .done)
    }

    @Test func everythingSurvivesReopening() async throws {
        let s = try await store.createScenario(name: "Kept", who: "Ann")
        try await store.changeFiles(s.key, expectedVersion: 1, set: [.positions: "id\nP1\n"], who: "Ann",
                                    action: "uploaded files", detail: "")
        let reopened = try Store(directory: directory)
        #expect(try await reopened.scenario(s.key).name == "Kept")
        #expect(try await reopened.files(s.key)[.positions] == "id\nP1\n")
        #expect(try await reopened.history(s.key).count == 2)
    }

    @Test func oldSessionsArePurged() async throws {
        try await store.insertSession(SessionRecord(id: "old", csrf: "a", createdAt: Timestamp.now(Date().addingTimeInterval(-40 * 86_400))))
        try await store.insertSession(SessionRecord(id: "new", csrf: "b", createdAt: Timestamp.now()))
        #expect(try await store.purgeSessions(olderThan: 30) == 1)
        #expect(try await store.session("old") == nil)
        #expect(try await store.session("new")?.csrf == "b")
    }

    @Test func unknownRecordsAreNotFound() async throws {
        await #expect(throws: StoreError.notFound("scenario 99")) { try await store.scenario(99) }
        await #expect(throws: StoreError.notFound("run 7")) { try await store.run(7) }
    }

    func run(for scenario: Int64) -> RunRecord {
        RunRecord(id: nil, scenarioID: scenario, kind: .plan, status: .queued, createdAt: Timestamp.now(), createdBy: "Ann",
                  finishedAt: nil, seconds: nil, scenarioVersion: 1, baselineRunID: nil, baselinePlan: nil, reason: nil,
                  note: nil, message: nil, inputs: "{}", result: nil)
    }
}
