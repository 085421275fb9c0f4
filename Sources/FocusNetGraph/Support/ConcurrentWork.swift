import Dispatch

/// Runs independent pieces of work on all cores.
///
/// Each call of `body` must write only what belongs to its own index and read nothing another
/// index writes; results are combined by the caller in index order, so they never depend on
/// thread timing. (FocusNetScoring's `DeterministicParallel` is the same pattern for the
/// centrality kernels; this module cannot import it.)
enum ConcurrentWork {
    /// Calls `body(i)` for every `i` in `0..<count` (`DispatchQueue.concurrentPerform`) and
    /// returns when all are done; with `count` ≤ 1 on the calling thread.
    static func forEach(_ count: Int, _ body: (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        withoutActuallyEscaping(body) { body in
            let work = UncheckedSendableBody(body)
            DispatchQueue.concurrentPerform(iterations: count) { work.body($0) }
        }
    }
}

/// Carries a closure that writes disjoint state per index into `concurrentPerform` (see
/// ``ConcurrentWork/forEach(_:_:)`` for the contract Swift cannot check).
private struct UncheckedSendableBody: @unchecked Sendable {
    let body: (Int) -> Void
    init(_ body: @escaping (Int) -> Void) { self.body = body }
}
