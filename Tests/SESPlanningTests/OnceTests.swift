import Foundation
import SESSupport
import Testing

/// A value worked out on first use is worked out once, whoever asks, and the work lets go of what
/// it held once it is done (reduced costs hold the whole problem until they are worked out).
@Suite struct OnceTests {
    private final class Held: Sendable {}

    @Test func worksOutOnceAndLetsGoOfItsWork() {
        let calls = NSLock()
        nonisolated(unsafe) var count = 0
        weak var watched: Held?
        let once: Once<Int> = {
            let held = Held()
            watched = held
            return Once {
                withExtendedLifetime(held) {}
                calls.withLock { count += 1 }
                return 42
            }
        }()
        #expect(watched != nil)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in #expect(once.value == 42) }
        #expect(count == 1)
        #expect(watched == nil)
        #expect(Once(value: 7).value == 7)
    }
}
