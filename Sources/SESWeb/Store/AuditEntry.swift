import GRDB

/// One line of a scenario's history: who did what, and when (UTC).
public struct AuditEntry: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "audit_entry"

    public var id: Int64?
    public var scenarioID: Int64?
    public var at: String
    public var who: String
    public var action: String
    public var detail: String

    enum CodingKeys: String, CodingKey { case id, scenarioID = "scenario_id", at, who, action, detail }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
