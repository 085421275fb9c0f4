/// The models a backtest always compares, in table order.
///
/// - `random`: everyone tied, so every metric is its expected value for a list drawn at random.
/// - `prior_arrests`: distinct arrests in the window (more first).
/// - `prior_victimization`: own gunshot victimizations in the window.
/// - `demographic`: logistic regression on age, age² and sex only (the comparison model of Green,
///   Horel & Papachristos 2017, doi:10.1001/jamainternmed.2016.8245), fitted on earlier origins.
/// - `points`, `network`, `composite`: the three scores of `focusnet rank` (``Scores``).
/// - `fitted`: ridge logistic regression on history, network and exposure features, fitted on
///   earlier origins (``LogisticRegression``).
public enum ModelKind: String, Sendable, CaseIterable, Codable {
    /// Everyone tied.
    case random
    /// Distinct arrests in the window.
    case priorArrests = "prior_arrests"
    /// Own gunshot victimizations in the window.
    case priorVictimization = "prior_victimization"
    /// The fitted models (``demographic``, ``fitted``) and FocusNet's three scores, as above.
    case demographic, points, network, composite, fitted

    /// Whether the model is fitted on training origins and gives probabilities.
    public var isFitted: Bool { self == .demographic || self == .fitted }

    /// The model in plain words, for sentences: "counting prior arrests", "the points score".
    public var plainName: String {
        switch self {
        case .random: "a random list"
        case .priorArrests: "counting prior arrests"
        case .priorVictimization: "counting prior gunshot victimizations"
        case .demographic: "demographics (age and sex)"
        case .points: "the points score"
        case .network: "the network score"
        case .composite: "the composite score"
        case .fitted: "the fitted model"
        }
    }

    /// The scores of a model that needs no fitting; `nil` for ``demographic`` and ``fitted``.
    /// - Complexity: O(n).
    func scores(_ inputs: ModelInputs) -> [Double]? {
        switch self {
        case .random: [Double](repeating: 0, count: inputs.count)
        case .priorArrests: inputs.arrests.map(Double.init)
        case .priorVictimization: inputs.priorVictimizations.map(Double.init)
        case .points: inputs.points
        case .network: inputs.network
        case .composite: inputs.composite
        case .demographic, .fitted: nil
        }
    }
}
