/// A pointer handed to the threads of one `concurrentPerform`, each writing its own disjoint part
/// of the memory; `concurrentPerform` returns only when every thread is done, so no access races.
struct SendablePointer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>?

    init(_ pointer: UnsafeMutablePointer<Element>?) { self.pointer = pointer }
}
