import Foundation
import FocusNet

/// Writes progress lines to stderr with the elapsed time, and on a terminal a "still working"
/// line (with the share done of a long stage that reports it) after ``interval`` seconds without one, so a long stage (reading ten million rows, an
/// eigenvector at state scale) never looks like a hung run. Lines carry counts and stage names
/// only, never person identifiers.
final class Heartbeat: @unchecked Sendable {
    /// Seconds of silence before a "still working" line.
    static let interval = 5.0
    private let start: Date
    private let output: (String) -> Void
    /// The long stage under way and its share done (`StageMeter`), for the line.
    private let meter: @Sendable () -> (stage: String, done: Double)?
    private let lock = NSLock()
    /// When the last line of the run itself was written, and when any line was (a heartbeat's too).
    private var lastLine: Date, lastWritten: Date
    private var timer: (any DispatchSourceTimer)?

    /// - Parameters:
    ///   - beating: whether a timer writes "still working" lines (on a terminal only).
    ///   - start: the run's start, for the elapsed times.
    ///   - output: where a finished line goes (default: stderr).
    init(beating: Bool, start: Date = Date(),
         output: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
         meter: @escaping @Sendable () -> (stage: String, done: Double)? = { StageMeter.shared.now }) {
        self.start = start
        self.output = output
        self.meter = meter
        lastLine = start
        lastWritten = start
        guard beating else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "focusnet.heartbeat"))
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.beat(now: Date()) }
        timer.resume()
        self.timer = timer
    }

    deinit { timer?.cancel() }

    /// Writes `[elapsed] text`.
    func write(_ text: String, now: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        lastLine = now
        emit(text, now: now)
    }

    /// Writes a "still working" line when nothing was written for ``interval`` seconds.
    func beat(now: Date) {
        lock.lock()
        defer { lock.unlock() }
        guard now.timeIntervalSince(lastWritten) >= Self.interval else { return }
        let since = "\(Int(now.timeIntervalSince(lastLine))) s since the last stage"
        if let (stage, done) = meter() {
            emit("… still working: \(stage) \(Int(done * 100))% (\(since))", now: now)
        } else {
            emit("… still working (\(since))", now: now)
        }
    }

    private func emit(_ text: String, now: Date) {
        lastWritten = now
        output("[\(String(format: "%6.2fs", now.timeIntervalSince(start)))] \(text)\n")
    }
}
