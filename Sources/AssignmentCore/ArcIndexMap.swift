/// A map between arc numberings that is the identity unless pins removed arcs (then a table), so a
/// problem without pins is not copied.
struct ArcIndexMap: Sendable {
    private let table: [Int]?
    /// Number of entries.
    let count: Int

    /// The identity on `count` arcs.
    init(identity count: Int) {
        table = nil
        self.count = count
    }

    /// A map given by its table.
    init(_ table: [Int]) {
        self.table = table
        count = table.count
    }

    /// Whether this is the identity (no table).
    var isIdentity: Bool { table == nil }

    /// The image of `index`.
    @inline(__always)
    subscript(index: Int) -> Int { table?[index] ?? index }

    /// Calls `body` with the table's storage, or `nil` for the identity.
    func withTable<Result>(_ body: (UnsafeBufferPointer<Int>?) throws -> Result) rethrows -> Result {
        guard let table else { return try body(nil) }
        return try table.withUnsafeBufferPointer { try body($0) }
    }
}
