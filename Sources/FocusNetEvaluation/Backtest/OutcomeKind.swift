import FocusNetGraph
import FocusNetScoring

/// What a backtest counts as "it happened" after an origin. Being shot and shooting are different
/// risks and are reported separately.
public enum OutcomeKind: String, Sendable, CaseIterable, Codable, Comparable {
    /// Shot, fatally or not (a row in the victimizations file).
    case shot
    /// Identified as a suspect in a shooting (a row in the shootings file).
    case shooter
    /// Shot or shooter.
    case either
    /// Any arrest: for data sets without shootings (e.g. re-arrest in co-arrest data).
    case arrest

    /// Declaration order: shot, shooter, either, arrest (the order of the tables).
    public static func < (a: OutcomeKind, b: OutcomeKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The outcomes a backtest measures when none is asked for: shot, shooter and either when
    /// the records hold victimizations or shootings, else arrest.
    /// - Complexity: O(record files).
    public static func defaults(for records: RecordSet) -> [OutcomeKind] {
        let violence = [OutcomeKind.shot, .shooter, .either].filter { $0.isAvailable(in: records) }
        return violence.isEmpty ? [.arrest] : violence
    }

    /// Whether the records hold what this outcome needs (victimizations for `shot`, …).
    /// - Complexity: O(record files).
    public func isAvailable(in records: RecordSet) -> Bool {
        switch self {
        case .shot: records.reports.contains { $0.kind == .victimizations }
        case .shooter: records.reports.contains { $0.kind == .shootings }
        case .either: records.reports.contains { $0.kind == .victimizations || $0.kind == .shootings }
        case .arrest: true
        }
    }

    /// The outcome persons in plain words, for sentences: "people shot", "people arrested again".
    public var peopleNoun: String {
        switch self {
        case .shot: "people shot"
        case .shooter: "people identified as shooters"
        case .either: "people shot or identified as shooters"
        case .arrest: "people arrested again"
        }
    }

    /// What happened to them, for "no one was … in the window".
    var pastVerb: String {
        switch self {
        case .shot: "shot"
        case .shooter: "identified as a shooter"
        case .either: "shot or identified as a shooter"
        case .arrest: "arrested"
        }
    }
}

extension OutcomeWindow {
    /// For each person index (`[personCount]`), whether the outcome happened in the window.
    /// - Complexity: O(events of the kind).
    public func happened(_ kind: OutcomeKind, records: RecordSet, context: ScoringContext) -> [Bool] {
        var result = [Bool](repeating: false, count: context.personCount)
        if kind == .shot || kind == .either {
            for v in context.victimizations where contains(v.day) { result[Int(v.person)] = true }
        }
        if kind == .shooter || kind == .either {
            for s in context.shootings where contains(s.day) { result[Int(s.suspect)] = true }
        }
        if kind == .arrest {
            let a = records.arrests
            for row in 0..<a.rowCount where contains(a.day[row]) { result[Int(a.person[row])] = true }
        }
        return result
    }

}
