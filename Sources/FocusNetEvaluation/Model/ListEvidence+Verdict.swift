extension ListEvidence {
    /// What the evidence concludes, as facts: the rows the sentence names and its conclusion, so
    /// that a writer in another language (FocusNetOutput's `Language`) says what ``sentence`` says.
    public struct Verdict: Sendable, Equatable {
        /// What the evidence says of the list against its baselines.
        public enum Conclusion: Sendable, Equatable {
            /// Fewer outcome persons than ``ListEvidence/fewOutcomePersons``: no verdict.
            case tooFew
            /// Every paired interval of the difference excludes 0.
            case beatsEvery
            /// The list does not measurably beat this baseline (the interval spans 0).
            case notMeasurablyBetter(than: Row)
            /// This baseline beats the list (the whole interval of the difference is below 0).
            case beatenBy(Row)
        }

        /// The list's row; `nil` when no one had the outcome (nothing to check against).
        public let list: Row?
        /// The baseline that captured most (random lists aside); `nil` without baselines.
        public let best: Row?
        /// Counting prior arrests, when it is a baseline and not ``best``.
        public let priorArrests: Row?
        /// The verdict; meaningful when ``best`` is not `nil`.
        public let conclusion: Conclusion

        /// The verdict of `rows` (the list's first) over `total` outcome persons.
        /// - Complexity: O(rows).
        init(rows: [Row], total: Int) {
            let baselines = rows.dropFirst().filter { $0.model != ModelKind.random.rawValue }
            let best = baselines.max { $0.capture < $1.capture || ($0.capture == $1.capture && $0.model > $1.model) }
            list = total > 0 ? rows.first : nil
            self.best = best
            priorArrests = baselines.first { $0.model == ModelKind.priorArrests.rawValue && $0.model != best?.model }
            guard let best else { conclusion = .tooFew; return }
            if total < ListEvidence.fewOutcomePersons {
                conclusion = .tooFew
            } else if baselines.allSatisfy({ $0.differenceLow > 0 }) {
                conclusion = .beatsEvery
            } else if best.differenceLow > 0, let tied = baselines.first(where: { $0.differenceLow <= 0 }) {
                conclusion = .notMeasurablyBetter(than: tied)
            } else if best.differenceHigh < 0 {
                conclusion = .beatenBy(best)
            } else {
                conclusion = .notMeasurablyBetter(than: best)
            }
        }
    }

    /// The evidence's verdict, from its rows (``sentence`` words it in English).
    /// - Complexity: O(rows).
    public var verdict: Verdict { Verdict(rows: rows, total: outcomePersons) }
}
