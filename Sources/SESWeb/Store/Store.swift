import Foundation
import GRDB

/// The workspace's SQLite database (`workspace.sqlite` in the workspace directory), in WAL mode
/// with full synchronisation: a change is one transaction (the change, the scenario's new version
/// and the audit entry together), so a kill mid-write leaves the last committed state.
public final class Store: Sendable {
    let pool: DatabasePool

    /// The database file's name inside the workspace directory.
    public static let fileName = "workspace.sqlite"

    /// Opens (creating if needed) the workspace database in `directory` and upgrades its schema.
    public init(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try DatabasePool(path: (directory as NSString).appendingPathComponent(Self.fileName),
                                configuration: configuration)
        try Schema.migrator.migrate(pool)
    }

    /// The journal mode in force (`wal`).
    public func journalMode() async throws -> String {
        try await pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    // MARK: - Scenarios

    /// Creates an empty scenario.
    public func createScenario(name: String, who: String) async throws -> Scenario {
        try await pool.write { db in
            let now = Timestamp.now()
            var scenario = Scenario(id: nil, name: name, version: 1, parentID: nil, createdAt: now, updatedAt: now)
            try scenario.insert(db)
            try Self.log(db, scenario.id, who: who, action: "created the scenario", detail: name)
            return scenario
        }
    }

    /// Every scenario, most recently changed first.
    public func scenarios() async throws -> [Scenario] {
        try await pool.read { db in
            try Scenario.order(Column("updated_at").desc, Column("id").desc).fetchAll(db)
        }
    }

    /// One scenario.
    public func scenario(_ id: Int64) async throws -> Scenario {
        try await pool.read { db in
            guard let s = try Scenario.fetchOne(db, key: id) else { throw StoreError.notFound("scenario \(id)") }
            return s
        }
    }

    /// A scenario and its files, read together (so the files are those of that version).
    public func scenarioWithFiles(_ id: Int64) async throws -> (Scenario, [InputKind: String]) {
        try await pool.read { db in
            guard let s = try Scenario.fetchOne(db, key: id) else { throw StoreError.notFound("scenario \(id)") }
            return (s, try Self.files(db, id))
        }
    }

    /// The scenario's files by kind.
    public func files(_ scenarioID: Int64) async throws -> [InputKind: String] {
        try await pool.read { db in try Self.files(db, scenarioID) }
    }

    static func files(_ db: Database, _ scenarioID: Int64) throws -> [InputKind: String] {
        let rows = try ScenarioFile.filter(Column("scenario_id") == scenarioID).fetchAll(db)
        return Dictionary(rows.map { ($0.kind, $0.content) }, uniquingKeysWith: { a, _ in a })
    }

    /// Replaces some files and removes others, if the scenario is still at `expectedVersion`;
    /// returns the scenario at its new version.
    @discardableResult
    public func changeFiles(_ scenarioID: Int64, expectedVersion: Int, set: [InputKind: String], remove: [InputKind] = [],
                            who: String, action: String, detail: String) async throws -> Scenario {
        try await change(scenarioID, expectedVersion: expectedVersion, who: who, action: action, detail: detail) { db in
            for (kind, content) in set {
                try ScenarioFile(scenarioID: scenarioID, kind: kind, content: content).save(db)
            }
            for kind in remove {
                try ScenarioFile.filter(Column("scenario_id") == scenarioID && Column("kind") == kind).deleteAll(db)
            }
        }
    }

    /// Renames a scenario if it is still at `expectedVersion`.
    @discardableResult
    public func rename(_ scenarioID: Int64, expectedVersion: Int, to name: String, who: String) async throws -> Scenario {
        try await change(scenarioID, expectedVersion: expectedVersion, who: who, action: "renamed the scenario",
                         detail: name) { db in
            try db.execute(sql: "UPDATE scenario SET name = ? WHERE id = ?", arguments: [name, scenarioID])
        }
    }

    /// A new scenario with a copy of another's files (runs stay with the original).
    public func duplicate(_ scenarioID: Int64, name: String, who: String) async throws -> Scenario {
        try await pool.write { db in
            guard let source = try Scenario.fetchOne(db, key: scenarioID) else {
                throw StoreError.notFound("scenario \(scenarioID)")
            }
            let now = Timestamp.now()
            var copy = Scenario(id: nil, name: name, version: 1, parentID: scenarioID, createdAt: now, updatedAt: now)
            try copy.insert(db)
            for (kind, content) in try Self.files(db, scenarioID) {
                try ScenarioFile(scenarioID: copy.key, kind: kind, content: content).insert(db)
            }
            try Self.log(db, copy.id, who: who, action: "duplicated a scenario",
                         detail: "copy of \"\(source.name)\" (scenario \(scenarioID), version \(source.version))")
            try Self.log(db, scenarioID, who: who, action: "duplicated the scenario", detail: "as \"\(name)\" (scenario \(copy.key))")
            return copy
        }
    }

    /// Runs `body` in the transaction that moves the scenario from `expectedVersion` to the next
    /// version and records the audit entry; a stale version changes nothing.
    func change(_ scenarioID: Int64, expectedVersion: Int, who: String, action: String, detail: String,
                _ body: @escaping @Sendable (Database) throws -> Void) async throws -> Scenario {
        try await pool.write { db in
            let now = Timestamp.now()
            try db.execute(sql: "UPDATE scenario SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                           arguments: [now, scenarioID, expectedVersion])
            if db.changesCount == 0 {
                guard let current = try Int.fetchOne(db, sql: "SELECT version FROM scenario WHERE id = ?",
                                                     arguments: [scenarioID]) else {
                    throw StoreError.notFound("scenario \(scenarioID)")
                }
                throw StoreError.stale(expected: expectedVersion, current: current)
            }
            try body(db)
            try Self.log(db, scenarioID, who: who, action: action, detail: detail)
            guard let scenario = try Scenario.fetchOne(db, key: scenarioID) else {
                throw StoreError.notFound("scenario \(scenarioID)")
            }
            return scenario
        }
    }

    // MARK: - History

    /// Records an event that does not change the scenario's inputs (a run started, say).
    public func record(_ scenarioID: Int64?, who: String, action: String, detail: String) async throws {
        try await pool.write { db in try Self.log(db, scenarioID, who: who, action: action, detail: detail) }
    }

    static func log(_ db: Database, _ scenarioID: Int64?, who: String, action: String, detail: String) throws {
        var entry = AuditEntry(id: nil, scenarioID: scenarioID, at: Timestamp.now(), who: who, action: action, detail: detail)
        try entry.insert(db)
    }

    /// A scenario's history, newest first.
    public func history(_ scenarioID: Int64) async throws -> [AuditEntry] {
        try await pool.read { db in
            try AuditEntry.filter(Column("scenario_id") == scenarioID).order(Column("id").desc).fetchAll(db)
        }
    }

    // MARK: - Runs

    /// Stores a new run (queued) and its history line.
    public func insertRun(_ run: RunRecord, detail: String) async throws -> RunRecord {
        try await pool.write { db in
            var run = run
            try run.insert(db)
            try Self.log(db, run.scenarioID, who: run.createdBy,
                         action: run.kind == .plan ? "started a planning run" : "started a rotation schedule",
                         detail: "run \(run.key): " + detail)
            return run
        }
    }

    /// One run.
    public func run(_ id: Int64) async throws -> RunRecord {
        try await pool.read { db in
            guard let run = try RunRecord.fetchOne(db, key: id) else { throw StoreError.notFound("run \(id)") }
            return run
        }
    }

    /// A scenario's runs, newest first.
    public func runs(_ scenarioID: Int64, kind: RunRecord.Kind? = nil) async throws -> [RunRecord] {
        try await pool.read { db in
            var request = RunRecord.filter(Column("scenario_id") == scenarioID)
            if let kind { request = request.filter(Column("kind") == kind.rawValue) }
            return try request.order(Column("id").desc).fetchAll(db)
        }
    }

    /// Marks a run as running.
    public func markRunning(_ runID: Int64) async throws {
        try await pool.write { db in
            try db.execute(sql: "UPDATE run SET status = ? WHERE id = ? AND status = ?",
                           arguments: [RunRecord.Status.running.rawValue, runID, RunRecord.Status.queued.rawValue])
        }
    }

    /// Stores how a run ended, with its plans (as `plan-N.json` text), in one transaction.
    public func finishRun(_ runID: Int64, status: RunRecord.Status, seconds: Double, note: String?, message: String?,
                          plans: [(number: Int, json: String)], result: String? = nil) async throws {
        try await pool.write { db in
            try db.execute(sql: """
                UPDATE run SET status = ?, finished_at = ?, seconds = ?, note = ?, message = ?, result = ? WHERE id = ?
                """, arguments: [status.rawValue, Timestamp.now(), seconds, note, message, result, runID])
            for plan in plans {
                try PlanRecord(runID: runID, number: plan.number, json: plan.json).insert(db)
            }
        }
    }

    /// The `plan-N.json` texts of a run, by plan number.
    public func planTexts(_ runID: Int64) async throws -> [(number: Int, json: String)] {
        try await pool.read { db in
            try PlanRecord.filter(Column("run_id") == runID).order(Column("number")).fetchAll(db).map { ($0.number, $0.json) }
        }
    }

    /// Every stored plan of a scenario's runs, newest run first: (run, plan number).
    public func planList(_ scenarioID: Int64) async throws -> [(run: Int64, number: Int, createdAt: String)] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT plan.run_id, plan.number, run.created_at FROM plan JOIN run ON run.id = plan.run_id
                WHERE run.scenario_id = ? ORDER BY plan.run_id DESC, plan.number
                """, arguments: [scenarioID]).map { ($0[0], $0[1], $0[2]) }
        }
    }

    /// One plan's `plan-N.json` text.
    public func planText(run: Int64, number: Int) async throws -> String {
        try await pool.read { db in
            guard let record = try PlanRecord.fetchOne(db, key: ["run_id": run, "number": number]) else {
                throw StoreError.notFound("plan \(number) of run \(run)")
            }
            return record.json
        }
    }

    /// Runs left queued or running by a server that stopped: marked interrupted.
    @discardableResult
    public func markInterruptedRuns() async throws -> Int {
        try await pool.write { db in
            try db.execute(sql: "UPDATE run SET status = ?, message = ? WHERE status IN (?, ?)",
                           arguments: [RunRecord.Status.interrupted.rawValue,
                                       "the server stopped before this run finished; start it again",
                                       RunRecord.Status.queued.rawValue, RunRecord.Status.running.rawValue])
            return db.changesCount
        }
    }

    // MARK: - Sessions

    /// A browser session by its id.
    func session(_ id: String) async throws -> SessionRecord? {
        try await pool.read { db in try SessionRecord.fetchOne(db, key: id) }
    }

    /// Removes sessions started more than `days` days ago (their browsers get a new one).
    @discardableResult
    public func purgeSessions(olderThan days: Int = 30, now: Date = Date()) async throws -> Int {
        let cutoff = Timestamp.now(now.addingTimeInterval(-Double(days) * 86_400))
        return try await pool.write { db in
            try db.execute(sql: "DELETE FROM session WHERE created_at < ?", arguments: [cutoff])
            return db.changesCount
        }
    }

    /// Stores a new browser session.
    func insertSession(_ session: SessionRecord) async throws {
        try await pool.write { db in try session.insert(db) }
    }
}
