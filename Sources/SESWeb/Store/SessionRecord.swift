import GRDB

/// A browser session: its random id (kept in a cookie) and the CSRF token its forms must carry.
struct SessionRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "session"

    var id: String
    var csrf: String
    var createdAt: String

    enum CodingKeys: String, CodingKey { case id, csrf, createdAt = "created_at" }
}
