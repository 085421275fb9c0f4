import FocusNetGraph

/// The score a list is ordered by: the composite (``Scores/composite``) or a fitted model's
/// probability of the outcome within its window, with the terms that explain it.
///
/// Shape `[n]`, node order of the ranking it orders. Higher is higher risk; ties are broken by
/// person id (node order) wherever the score orders people.
public struct ListScore: Sendable {
    /// What the values are.
    public enum Kind: String, Sendable, Codable {
        /// The transparent composite of the points and network scores, in (0, 1].
        case composite
        /// A fitted model's probability of the outcome within its outcome window, in (0, 1).
        case fitted
    }

    /// One term of a fitted score for one person: the feature, its value and its contribution to
    /// the log-odds.
    public struct Term: Sendable, Equatable {
        /// Feature name as in the model file, e.g. `log_gun_arrests`.
        public let feature: String
        /// The feature's value for the person, in the feature's own units (before standardizing).
        public let value: Double
        /// coefficient × (value − training mean) / training scale, on the log-odds scale: what the
        /// feature moves the person's log-odds by against a person at the training mean.
        public let logOdds: Double

        /// A term.
        public init(feature: String, value: Double, logOdds: Double) {
            self.feature = feature
            self.value = value
            self.logOdds = logOdds
        }
    }

    /// What the values are.
    public let kind: Kind
    /// The score of each node, shape `[n]`.
    public let values: [Double]
    /// The terms of a node's fitted score, largest |log-odds| first (ties by feature name); empty
    /// for the composite, whose explanation is ``Explainer``'s.
    public let terms: @Sendable (Int) -> [Term]

    /// The composite of `scores` (its explanation is the points and percentile contributions).
    public init(composite scores: Scores) {
        kind = .composite
        values = scores.composite
        terms = { _ in [] }
    }

    /// A fitted model's probabilities with the terms of each node.
    /// - Parameters:
    ///   - probabilities: P(outcome within the window) of each node, shape `[n]`, each in [0, 1].
    ///   - terms: the terms of node i's log-odds (called only for the people explained).
    public init(fitted probabilities: [Double], terms: @escaping @Sendable (Int) -> [Term]) {
        kind = .fitted
        values = probabilities
        self.terms = terms
    }

    /// Node indices by score, highest first; ties by node index (person-id order).
    /// - Complexity: O(n) (``FocusNetGraph/ScoreOrder``).
    public func order() -> [Int] {
        ScoreOrder.descending(values)
    }
}
