import GRDB

/// A planning or rotation run: what it was asked, the inputs it read (a snapshot, so its plans stay
/// explainable after the scenario changes), how it ended, and for rotations the schedule.
public struct RunRecord: Codable, Sendable, Hashable, Identifiable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "run"

    /// What a run computes.
    public enum Kind: String, Codable, Sendable { case plan, rotation }

    /// Where a run is.
    public enum Status: String, Codable, Sendable, CaseIterable {
        case queued, running
        /// Plans (or a schedule) were found.
        case done
        /// Stopped on request; plans found before the stop are kept.
        case cancelled
        /// No lawful plan exists (the message holds the diagnosis).
        case infeasible
        /// The time limit ended the search before any plan.
        case timeLimit = "time_limit"
        /// The inputs are invalid, or the run failed (the message says why).
        case failed
        /// The server stopped while the run was in progress.
        case interrupted

        /// True while the run may still change.
        public var isActive: Bool { self == .queued || self == .running }
    }

    public var id: Int64?
    public var scenarioID: Int64
    public var kind: Kind
    public var status: Status
    public var createdAt: String
    public var createdBy: String
    public var finishedAt: String?
    public var seconds: Double?
    /// The scenario's version when the run started.
    public var scenarioVersion: Int
    /// The plan this run stays close to (re-planning after a decision).
    public var baselineRunID: Int64?
    public var baselinePlan: Int?
    /// Why the run was started, when a decision started it ("forbade E in P").
    public var reason: String?
    public var note: String?
    /// The diagnosis, error or stop message.
    public var message: String?
    /// JSON snapshot of the input files (``InputSnapshot``).
    public var inputs: String
    /// Rotation runs: the schedule's JSON.
    public var result: String?

    enum CodingKeys: String, CodingKey {
        case id, scenarioID = "scenario_id", kind, status, createdAt = "created_at", createdBy = "created_by"
        case finishedAt = "finished_at", seconds, scenarioVersion = "scenario_version"
        case baselineRunID = "baseline_run_id", baselinePlan = "baseline_plan", reason, note, message, inputs, result
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The id of a stored run (0 before insertion).
    public var key: Int64 { id ?? 0 }
}
