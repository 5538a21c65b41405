/// One write-once slot per component, filled concurrently by `concurrentPerform`.
///
/// `@unchecked Sendable` is sound here: every slot is written by exactly one iteration, and
/// `collect()` runs only after `concurrentPerform` has returned (which orders all writes
/// before it).
final class OutcomeSlots: @unchecked Sendable {
    private let count: Int
    private let storage: UnsafeMutablePointer<LocalOutcome?>

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(count, 1))
        storage.initialize(repeating: nil, count: max(count, 1))
    }

    deinit {
        storage.deinitialize(count: max(count, 1))
        storage.deallocate()
    }

    func store(_ outcome: LocalOutcome, at index: Int) {
        storage[index] = outcome
    }

    func collect() -> [LocalOutcome] {
        (0..<count).map { storage[$0]! }
    }
}
