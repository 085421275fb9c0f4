import FocusNetGraph
import Foundation

/// What a list of this size would have achieved on the region's own history: at the held-out
/// origin V (D − W), each model's top-k list against the people with the outcome in (V, V + W],
/// the window that closes by D.
///
/// Capture = listed outcome persons / all outcome persons in the window, whether or not they
/// were in the network at V — FocusNet's own, stricter denominator (Green, Horel & Papachristos
/// 2017, doi:10.1001/jamainternmed.2016.8245, report 6.5% of the gunshot episodes in their
/// co-arrest network within a top 1% re-ranked daily); people tied at the k-th score count by
/// their share of the remaining places (``RankedScores``), so a random list captures k/n of the
/// scored outcome persons. The list's model is the one ordering this run's list, fitted on the
/// origins before V only (the model applied at D is refitted with V). Intervals: 95% percentile
/// intervals of a paired bootstrap over the outcome persons (B replicates, every model scored on
/// the same resample; Efron & Tibshirani 1993, ch. 13), so "beats" means the interval of the
/// difference excludes 0.
public struct ListEvidence: Codable, Sendable, Equatable {
    /// One model's list at V.
    public struct Row: Codable, Sendable, Equatable {
        /// The model (a ``ModelKind`` raw value).
        public var model: String
        /// Capture at the list size, in [0, 1].
        public var capture: Double
        /// 95% interval of the capture.
        public var low: Double, high: Double
        /// The list's capture minus this row's, with its paired 95% interval (0 for the list itself).
        public var differenceFromList: Double, differenceLow: Double, differenceHigh: Double

        enum CodingKeys: String, CodingKey {
            case model, capture, low, high
            case differenceFromList = "difference_from_list"
            case differenceLow = "difference_low"
            case differenceHigh = "difference_high"
        }
    }

    /// ISO date of V, the origin the lists are drawn up at.
    public var origin: String
    /// The outcome (``OutcomeKind`` raw value) and its window length, e.g. `shot`, `18mo`.
    public var outcome: String, outcomeWindow: String
    /// k, the list size (the run's `--top`).
    public var listSize: Int
    /// People scored at V (in the network, alive).
    public var scored: Int
    /// Everyone with the outcome in (V, V + W], scored or not: capture's denominator.
    public var outcomePersons: Int
    /// Of those, the people scored at V.
    public var outcomePersonsScored: Int
    /// The model ordering this run's list (a ``ModelKind`` raw value: `fitted` or `composite`).
    public var listModel: String
    /// The list's model first, then the baselines in table order.
    public var rows: [Row]
    /// Bootstrap replicates behind the intervals.
    public var replicates: Int
    /// Decile calibration of the fitted model at V (empty when the list is the composite).
    public var calibration: [Decile]
    /// The Hosmer–Lemeshow test of those deciles (`nil` when the list is the composite).
    public var calibrationTest: CalibrationTest?
    /// The plain sentence for the manifest, the report and the terminal.
    public var sentence: String

    enum CodingKeys: String, CodingKey {
        case origin, outcome, scored, rows, replicates, calibration, sentence
        case outcomeWindow = "outcome_window"
        case listSize = "list_size"
        case outcomePersons = "outcome_persons"
        case outcomePersonsScored = "outcome_persons_scored"
        case listModel = "list_model"
        case calibrationTest = "calibration_test"
    }

    /// A decile of predicted risk at V: mean predicted probability against the observed rate,
    /// with the rate's 95% Wilson interval (Wilson 1927, doi:10.1080/01621459.1927.10502953).
    public struct Decile: Codable, Sendable, Equatable {
        /// 1 = lowest predicted risk.
        public var decile: Int
        /// People in the decile, and those with the outcome.
        public var people: Int, positives: Int
        /// Mean predicted probability.
        public var predicted: Double
        /// Observed rate and its Wilson interval.
        public var observed: Double, low: Double, high: Double

        enum CodingKeys: String, CodingKey {
            case decile, people, positives, predicted, observed, low, high
        }
    }

    /// Computes the evidence.
    /// - Parameters:
    ///   - scores: each model's scores at V, shape `[n]` over the n scored people, the list's
    ///     model first (`fitted` or `composite`), then the baselines.
    ///   - happened: whether each scored person had the outcome, shape `[n]`.
    ///   - unscoredOutcomePersons: outcome persons not scored at V (on no list).
    ///   - probabilities: the fitted model's probabilities at V when it orders the list, for the
    ///     calibration table.
    /// - Complexity: O(models × n log n) for the lists, O(B × models × outcome persons) for the
    ///   bootstrap.
    init(origin: CalendarDay, outcome: OutcomeKind, outcomeWindow: CalendarPeriod, listSize k: Int,
         scores: [(model: ModelKind, values: [Double])], happened: [Bool], unscoredOutcomePersons: Int,
         probabilities: [Double]?, replicates: Int = 1000, seed: UInt64) {
        let n = happened.count
        let positives = happened.indices.filter { happened[$0] }
        let total = positives.count + unscoredOutcomePersons
        // Each model's inclusion of each outcome person (the unscored ones: 0, on no list).
        let inclusion: [[Double]] = scores.map { entry in
            let share = RankedScores(entry.values).inclusion(min(k, n))
            return positives.map { share[$0] } + [Double](repeating: 0, count: unscoredOutcomePersons)
        }
        let captures = inclusion.map { total > 0 ? $0.reduce(0, +) / Double(total) : 0 }
        var generator = Bootstrap.generator(seed: seed, stream: 1)
        var samples = [[Double]](repeating: [], count: scores.count)
        if total > 0 {
            for _ in 0..<replicates {
                let weights = Bootstrap.weights(total, using: &generator)
                for m in scores.indices {
                    samples[m].append(zip(weights, inclusion[m]).reduce(0) { $0 + Double($1.0) * $1.1 } / Double(total))
                }
            }
        }
        rows = scores.indices.map { m in
            let ci = Bootstrap.percentileInterval(samples[m]) ?? (captures[m], captures[m])
            let diffs = zip(samples[0], samples[m]).map { $0 - $1 }
            let dci = m == 0 ? (0, 0) : Bootstrap.percentileInterval(diffs) ?? (captures[0] - captures[m], captures[0] - captures[m])
            return Row(model: scores[m].model.rawValue, capture: captures[m], low: ci.low, high: ci.high,
                       differenceFromList: captures[0] - captures[m], differenceLow: dci.0, differenceHigh: dci.1)
        }
        self.origin = origin.description
        self.outcome = outcome.rawValue
        self.outcomeWindow = outcomeWindow.description
        listSize = k
        scored = n
        outcomePersons = total
        outcomePersonsScored = positives.count
        listModel = scores[0].model.rawValue
        self.replicates = total > 0 ? replicates : 0
        let bins = probabilities.map { CalibrationBin.deciles(RankedScores($0), outcome: happened) }
        calibration = bins.map(ListEvidence.deciles) ?? []
        calibrationTest = bins.flatMap(CalibrationTest.init)
        sentence = ListEvidence.sentence(rows: rows, origin: origin, outcome: outcome, window: outcomeWindow, k: k, total: total)
    }

    /// The plain sentence: what a list of this size would have held, the strongest baseline beside
    /// it, and whether the list beats it (the paired interval of the difference excludes 0).
    static func sentence(rows: [Row], origin: CalendarDay, outcome: OutcomeKind, window: CalendarPeriod, k: Int, total: Int) -> String {
        let who = outcome.peopleNoun
        let verdict = Verdict(rows: rows, total: total)
        guard let list = verdict.list else {
            return "On this region's history no one was \(outcome.pastVerb) in the \(ListEvidence.words(window)) after \(origin), so the list could not be checked against it."
        }
        func pct(_ x: Double) -> String { String(format: "%.1f%%", 100 * x) }
        func name(_ row: Row) -> String { ModelKind(rawValue: row.model)?.plainName ?? row.model }
        var text = "As of \(origin), a list of \(k) drawn up by \(name(list)) would have held \(pct(list.capture)) "
            + "(95% CI \(pct(list.low))–\(pct(list.high))) of the \(total) \(who) in the next \(ListEvidence.words(window))"
        guard let best = verdict.best else { return text + "." }
        text += "; \(name(best)) would have held \(pct(best.capture))"
        if let arrests = verdict.priorArrests { text += ", counting prior arrests \(pct(arrests.capture))" }
        switch verdict.conclusion {
        case .tooFew: return text + ". With \(total) \(who) the difference cannot be told from chance; judge the list by a backtest over more origins."
        case .beatsEvery: return text + ". The list beats every baseline on this history."
        case .notMeasurablyBetter(let row):
            return text + ". The list does not measurably beat \(name(row)) on this history (the difference's 95% CI spans 0)."
        case .beatenBy(let row):
            let label = name(row)
            return text + ". \(label.prefix(1).uppercased() + label.dropFirst()) beats this list on this history: prefer it, or treat the list with caution."
        }
    }

    /// Below this many outcome persons at V the sentence gives no verdict: a difference of a
    /// fraction of a person (people tied at the cut) would read as a win or a loss.
    public static let fewOutcomePersons = 20

    /// A period in words for sentences: `18mo` → "18 months", `1y` → "1 year".
    static func words(_ period: CalendarPeriod) -> String {
        let unit = switch period.unit {
        case .days: "day"
        case .weeks: "week"
        case .months: "month"
        case .years: "year"
        }
        return "\(period.count) \(unit)\(period.count == 1 ? "" : "s")"
    }

    /// The deciles of predicted probability (``CalibrationBin/deciles(_:outcome:)``) with Wilson
    /// intervals of the observed rate.
    static func deciles(_ bins: [CalibrationBin]) -> [Decile] {
        // A decile left empty by a block of tied probabilities has no rate: left out.
        bins.filter { $0.people > 0 }.map { bin in
            let (low, high) = ListEvidence.wilson(bin.positives, bin.people)
            return Decile(decile: bin.decile, people: bin.people, positives: bin.positives, predicted: bin.meanScore,
                          observed: bin.observedRate, low: low, high: high)
        }
    }

    /// Wilson's 95% score interval for x successes in n trials (z = 1.96); (0, 1) when n = 0.
    /// - Complexity: O(1).
    static func wilson(_ x: Int, _ n: Int) -> (Double, Double) {
        guard n > 0 else { return (0, 1) }
        let z = 1.96, p = Double(x) / Double(n), m = Double(n)
        let centre = (p + z * z / (2 * m)) / (1 + z * z / m)
        let half = z / (1 + z * z / m) * (p * (1 - p) / m + z * z / (4 * m * m)).squareRoot()
        return (max(0, centre - half), min(1, centre + half))
    }
}
