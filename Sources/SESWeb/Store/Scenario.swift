import GRDB

/// A named set of inputs (executives, positions, agencies, scores, policy, a draft, a CDP cohort)
/// that plans are made from. `version` counts its changes (optimistic concurrency).
public struct Scenario: Codable, Sendable, Hashable, Identifiable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "scenario"

    public var id: Int64?
    public var name: String
    /// Bumped by every change to the scenario's inputs or name.
    public var version: Int
    /// The scenario this one was duplicated from, if any.
    public var parentID: Int64?
    public var createdAt: String
    public var updatedAt: String

    enum CodingKeys: String, CodingKey {
        case id, name, version, parentID = "parent_id", createdAt = "created_at", updatedAt = "updated_at"
    }

    /// The row id after an insert.
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The id of a stored scenario (0 before insertion).
    public var key: Int64 { id ?? 0 }
}
