import FocusNet
import Foundation

/// Lines on stderr with elapsed time; never prints person identifiers. ``line(_:)`` is for
/// summaries and row accounting (rows read = accepted + duplicates + rejected), which belong in
/// every log; ``stage(_:)`` for intermediate stages of a long run, shown on a terminal, and in
/// logs too with `--progress plain`. `--quiet` silences both.
///
/// On a terminal a run is never silent for more than ``Heartbeat/interval`` seconds: when no line
/// came for that long, a "still working" line says so (not in logs, where `--progress plain`
/// writes one line per stage).
struct Progress {
    let quiet: Bool
    private let interactive: Bool
    private let heartbeat: Heartbeat?

    /// - Parameters:
    ///   - stagesAlways: show stage lines when stderr is not a terminal (`--progress plain`).
    ///   - terminal: whether stderr is a terminal (the heartbeat runs only there).
    init(quiet: Bool, stagesAlways: Bool = false, terminal: Bool = isatty(STDERR_FILENO) != 0) {
        self.quiet = quiet
        interactive = stagesAlways || terminal
        heartbeat = quiet ? nil : Heartbeat(beating: terminal)
    }

    func line(_ text: String) {
        heartbeat?.write(text)
    }

    /// A stage of a long run: on a terminal, or always with `--progress plain`.
    func stage(_ text: String) {
        guard interactive else { return }
        line(text)
    }

    /// Row accounting of every file read: rows read = accepted + duplicates + rejected; how each
    /// date column was read (format, declared or inferred, time zone); then the file's warnings
    /// (counts of findings that kept their rows).
    func accounting(_ records: RecordSet) {
        for report in records.reports {
            line("read \(report.kind.rawValue): \(report.rowsRead) rows = \(report.accepted) accepted + "
                + "\(report.deduplicated) duplicates + \(report.rejected) rejected")
            let name = (report.file as NSString).lastPathComponent
            for date in report.dateColumns { line("dates \(name) \(date.summary)") }
            for (warning, count) in report.warnings.sorted(by: { $0.key < $1.key }) {
                line("  warning \(report.kind.rawValue): \(count) \(warning)")
            }
            if let hint = report.encodingHint { line("encoding of \(report.kind.rawValue): \(hint)") }
        }
    }

    /// A line when the persons file's status columns were left unread because they describe a
    /// date after the as-of date (``Eligibility/statusIgnored``): the list differs from one drawn
    /// up with them, and the user must know why.
    func statusColumns(_ ranking: Ranking) {
        guard ranking.eligibility.statusIgnored else { return }
        let date = ranking.eligibility.statusDate.map { " (\($0))" } ?? ""
        line("persons file: custody_status and supervision describe the extraction\(date), after the as-of date "
            + "\(ranking.asOf); ignored — deaths and custody come from dated records only (give --data-end DATE to state the extraction date)")
    }

    /// The network summary line of a ranking (counts only).
    func network(_ ranking: Ranking) {
        line("network \(ranking.windows.records): \(ranking.persons.count) people, "
            + "\(ranking.social.coOffending.tieCount) co-offending ties, \(ranking.social.groupTieCount) group ties, "
            + "\(ranking.network.massEvents) mass events (\(ranking.configuration.projection.massEventPolicy.rawValue))")
    }
}
