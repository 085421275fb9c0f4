import FocusNetGraph

/// Why a backtest has nothing to measure, in words an analyst can act on (`focusnet backtest`
/// stops with exit 65 on it unless `--allow-empty`).
///
/// Zero outcomes at origins whose outcome windows the data cover is *not* such a reason: it is a
/// finding, said in ``Backtest/notes`` (see ``Backtest/outcomeNotes(_:outcomes:)``).
public enum EmptyBacktestReason: Equatable, Sendable, CustomStringConvertible {
    /// No origin had anyone to score. `leftOut`: why each origin was left out, in date order;
    /// `firstArrest`: the earliest accepted arrest date, if any.
    case noOriginScored(leftOut: [String], firstArrest: String?)
    /// People were scored, but no outcome could be seen: every outcome window runs past the end
    /// of the data and none of the scored people had an outcome in it.
    case noOutcomeObservable(dataEnd: String)

    /// A sentence for the command line; never a person id.
    public var description: String {
        switch self {
        case .noOriginScored(let leftOut, let first):
            "no as-of date has anyone to score (" + leftOut.joined(separator: "; ") + ")"
                + (first.map { "; the first arrest in the records is dated \($0)" } ?? "")
        case .noOutcomeObservable(let dataEnd):
            "no outcome can be seen: every outcome window runs past the end of the data (\(dataEnd)) and holds no outcome; "
                + "choose as-of dates at least one outcome window before it"
        }
    }
}

extension Backtest {
    /// Why the scored origins give nothing to measure, or `nil` when they do.
    /// - Parameters:
    ///   - results: the scored origins; `leftOut`: why each other origin was left out;
    ///     `firstArrest`: the first accepted arrest date; `dataEnd`: the data's end.
    /// - Complexity: O(origins × outcomes × n).
    static func emptyReason(_ results: [OriginResult], leftOut: [String], firstArrest: CalendarDay?,
                            dataEnd: CalendarDay) -> EmptyBacktestReason? {
        if results.isEmpty { return .noOriginScored(leftOut: leftOut, firstArrest: firstArrest?.description) }
        let anyOutcome = results.contains { $0.snapshot.outcomes.values.contains { $0.contains(true) } }
        if !anyOutcome, !results.contains(where: \.complete) { return .noOutcomeObservable(dataEnd: dataEnd.description) }
        return nil
    }

    /// How a note of ``outcomeNotes(_:outcomes:)`` begins (the command line repeats these notes on stderr).
    public static let noOutcomeNotePrefix = "no scored person had the outcome"

    /// One note per outcome that no scored person had at any origin: a finding (nothing happened
    /// to the people scored), not an error, but every recall, precision and AUC of that outcome
    /// is then 0 of 0 and must not be read as a result.
    /// - Complexity: O(origins × outcomes × n).
    static func outcomeNotes(_ results: [OriginResult], outcomes: [OutcomeKind]) -> [String] {
        guard !results.isEmpty else { return [] }
        return outcomes.compactMap { kind in
            let scored = results.reduce(0) { $0 + ($1.snapshot.outcomes[kind] ?? []).filter { $0 }.count }
            guard scored == 0 else { return nil }
            let all = results.reduce(0) { $0 + ($1.snapshot.outcomePersonsAll[kind] ?? 0) }
            return noOutcomeNotePrefix + " '\(kind.rawValue)' in any outcome window: its metrics measure nothing"
                + (all > 0 ? " (\(all) people had it but were not scored at their as-of date)" : "")
        }
    }
}
