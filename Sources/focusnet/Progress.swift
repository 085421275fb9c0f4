import Foundation

/// Lines on stderr with elapsed time; never prints person identifiers. ``line(_:)`` is for
/// summaries and row accounting (rows read = accepted + duplicates + rejected), which belong in
/// every log; ``stage(_:)`` for intermediate stages of a long run, shown only on a terminal.
/// `--quiet` silences both.
struct Progress {
    let quiet: Bool
    private let interactive: Bool
    private let start = Date()

    init(quiet: Bool) {
        self.quiet = quiet
        interactive = isatty(STDERR_FILENO) != 0
    }

    func line(_ text: String) {
        guard !quiet else { return }
        let elapsed = String(format: "%6.2fs", Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("[\(elapsed)] \(text)\n".utf8))
    }

    /// A stage of a long run: on a terminal only (scheduled runs' logs keep the summaries).
    func stage(_ text: String) {
        guard interactive else { return }
        line(text)
    }
}
