import GRDB

/// One plan of a run, kept as the `plan-N.json` text the command-line tool would write.
struct PlanRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "plan"

    var runID: Int64
    var number: Int
    var json: String

    enum CodingKeys: String, CodingKey { case runID = "run_id", number, json }
}
