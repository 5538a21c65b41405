import GRDB

/// One input file of a scenario, kept as the text the user gave (or edited in place).
struct ScenarioFile: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "scenario_file"

    var scenarioID: Int64
    var kind: InputKind
    var content: String

    enum CodingKeys: String, CodingKey { case scenarioID = "scenario_id", kind, content }
}
