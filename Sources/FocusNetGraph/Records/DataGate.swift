import Foundation

/// The gate every command applies to what it read before it computes anything: a run whose
/// input is mostly rejected, or that accepted no row of a file it was given, stops with the
/// reasons instead of producing a list from what little was left (or an empty one).
public struct DataGate: Sendable, Equatable {
    /// Largest acceptable share of rejected rows over all files, in [0, 1].
    public var maxRejectRate: Double

    /// `maxRejectRate` defaults to 1%, as `focusnet validate`'s.
    public init(maxRejectRate: Double = 0.01) { self.maxRejectRate = maxRejectRate }

    /// Why a run stops at the gate.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// More rows were rejected than the gate allows: `rejected` of `read` rows, the share
        /// allowed, the most frequent reasons with their counts (at most five), and the files'
        /// encoding hints (``FileReport/encodingHint``).
        case tooManyRejected(rejected: Int, read: Int, maxRejectRate: Double, reasons: [String], hints: [String] = [])
        /// A file was given and read but no row of it was accepted (a header-only file, or every
        /// row rejected): the input kinds, in reading order, the reasons and the encoding hints.
        case nothingAccepted(kinds: [String], reasons: [String], hints: [String] = [])
        /// A file's counts do not add up (rows read ≠ accepted + duplicates + rejected).
        case doesNotReconcile(kind: String)

        /// A sentence for the command line, with the top reject reasons; never a person id.
        public var description: String {
            switch self {
            case .tooManyRejected(let rejected, let read, let max, let reasons, let hints):
                "\(rejected) of \(read) rows were rejected (" + percent(Double(rejected) / Double(Swift.max(read, 1)))
                    + "), more than --max-reject-rate allows (" + percent(max) + "); nothing was computed. "
                    + "Most frequent reasons: " + reasons.joined(separator: "; ") + "." + sentences(hints) + codesHint(reasons)
                    + " See rejects.csv from 'focusnet validate' and fix the mapping (--map, --mapping) or the export."
            case .nothingAccepted(let kinds, let reasons, let hints):
                "no row of the " + kinds.joined(separator: ", ") + " file was accepted; nothing was computed."
                    + (reasons.isEmpty ? " The file holds a header and no data row." : " Most frequent reasons: " + reasons.joined(separator: "; ") + ".")
                    + sentences(hints) + codesHint(reasons)
                    + (reasons.isEmpty ? "" : " See rejects.csv from 'focusnet validate'.")
            case .doesNotReconcile(let kind):
                "the \(kind) file's counts do not add up (rows read ≠ accepted + duplicates + rejected); nothing was computed."
            }
        }
    }

    /// Checks `records` against the gate.
    /// - Throws: ``Failure`` when a file does not reconcile, a file given yielded no accepted
    ///   row, or the share of rejected rows over all files exceeds ``maxRejectRate``.
    /// - Complexity: O(files + reasons).
    public func check(_ records: RecordSet) throws(Failure) {
        let reports = records.reports
        if let bad = reports.first(where: { !$0.reconciles }) { throw .doesNotReconcile(kind: bad.kind.rawValue) }
        let empty = reports.filter { $0.accepted == 0 && $0.deduplicated == 0 }
        if !empty.isEmpty {
            throw .nothingAccepted(kinds: empty.map(\.kind.rawValue), reasons: Self.topReasons(empty), hints: empty.compactMap(\.encodingHint))
        }
        let read = reports.reduce(0) { $0 + $1.rowsRead }, rejected = reports.reduce(0) { $0 + $1.rejected }
        if read > 0, Double(rejected) / Double(read) > maxRejectRate {
            throw .tooManyRejected(rejected: rejected, read: read, maxRejectRate: maxRejectRate, reasons: Self.topReasons(reports),
                                   hints: reports.compactMap(\.encodingHint))
        }
    }

    /// The five most frequent reject reasons over `reports`, as `reason (count)`, most frequent
    /// first, ties by reason.
    static func topReasons(_ reports: [FileReport]) -> [String] {
        var counts: [String: Int] = [:]
        for r in reports { for (reason, n) in r.rejectedByReason { counts["\(r.kind.rawValue): \(reason)", default: 0] += n } }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5).map { "\($0.key) (\($0.value))" }
    }
}

private func percent(_ share: Double) -> String { String(format: "%.2f%%", 100 * share) }

/// Each hint as a sentence of its own, after a space; empty for none.
private func sentences(_ hints: [String]) -> String { hints.map { " " + $0 + "." }.joined() }

/// When codes of the export's own were rejected (`robo`, `homicidio`): where their translation goes.
private func codesHint(_ reasons: [String]) -> String {
    guard reasons.contains(where: { $0.contains(" code (expected ") }) else { return "" }
    return " Codes of your own (e.g. robo, homicidio) are translated in a mapping file (--mapping FILE.yaml): a codes: table "
        + "per column, and unknown_codes: other for the rest; Examples/mappings/spanish-prosecutor.yaml is a Spanish template."
}
