import Foundation

/// Stage lines with elapsed time on stderr; never prints person identifiers. Quiet with
/// `--quiet`, and when stderr is not a terminal (logs of scheduled runs stay clean).
struct Progress {
    let quiet: Bool
    private let start = Date()

    init(quiet: Bool) { self.quiet = quiet || isatty(STDERR_FILENO) == 0 }

    func line(_ text: String) {
        guard !quiet else { return }
        let elapsed = String(format: "%6.2fs", Date().timeIntervalSince(start))
        FileHandle.standardError.write(Data("[\(elapsed)] \(text)\n".utf8))
    }
}
