import Synchronization

/// How far the long stage running now has come — reading a record file, writing a large output
/// table — for the command line's "still working" lines on a terminal (a state's arrests file
/// takes 20 s to read; a count of seconds alone does not say whether it will take 30 more).
///
/// One per process (``shared``); a stage's work may advance it from several threads at once.
/// Only stage names and amounts pass through it, never anything read from the records.
public final class StageMeter: Sendable {
    /// The meter of this process.
    public static let shared = StageMeter()

    private let name = Mutex<String?>(nil)
    private let total = Atomic<Int>(0)
    private let done = Atomic<Int>(0)

    init() {}

    /// Starts the stage `name` (e.g. "reading arrests") of `total` units (bytes, pieces).
    public func begin(_ name: String, total: Int) {
        done.store(0, ordering: .relaxed)
        self.total.store(max(total, 0), ordering: .relaxed)
        self.name.withLock { $0 = name }
    }

    /// Adds `amount` units done.
    public func advance(_ amount: Int) { done.add(amount, ordering: .relaxed) }

    /// Ends the stage: nothing is reported until the next ``begin(_:total:)``.
    public func end() { name.withLock { $0 = nil } }

    /// The running stage and the share of it done, in [0, 0.99] (work read twice — a date column
    /// re-read, a piece re-read — can run past its total); `nil` between stages or for an empty total.
    public var now: (stage: String, done: Double)? {
        guard let stage = name.withLock({ $0 }) else { return nil }
        let total = total.load(ordering: .relaxed)
        guard total > 0 else { return nil }
        return (stage, min(0.99, Double(done.load(ordering: .relaxed)) / Double(total)))
    }
}
