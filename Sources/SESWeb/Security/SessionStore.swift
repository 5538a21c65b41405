/// Browser sessions and their CSRF tokens, kept in the workspace database (so open forms stay
/// valid across a restart) with the recent ones cached in memory.
actor SessionStore {
    let store: Store
    var cache: [String: SessionRecord] = [:]

    init(store: Store) { self.store = store }

    /// The session with this id, if it exists.
    func find(_ id: String) async throws -> SessionRecord? {
        if let cached = cache[id] { return cached }
        guard let record = try await store.session(id) else { return nil }
        remember(record)
        return record
    }

    /// A new session with fresh random id and token.
    func create() async throws -> SessionRecord {
        let record = SessionRecord(id: RandomToken.make(), csrf: RandomToken.make(), createdAt: Timestamp.now())
        try await store.insertSession(record)
        remember(record)
        return record
    }

    func remember(_ record: SessionRecord) {
        if cache.count > 10_000 { cache.removeAll() }
        cache[record.id] = record
    }
}
