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
/// - `fitted_no_network`, `fitted_no_exposure`: the network ablation — `fitted` trained the same
///   way without the network-position features (history, age and exposure only) or without the
///   exposure features (``ModelFeature/Group``). The backtest reports fitted − ablated with paired
///   bootstrap intervals (``ModelDifference``); cf. Niezink & Campana (2022) on what network
///   position adds over individual history.
public enum ModelKind: String, Sendable, CaseIterable, Codable {
    /// Everyone tied.
    case random
    /// Distinct arrests in the window.
    case priorArrests = "prior_arrests"
    /// Own gunshot victimizations in the window.
    case priorVictimization = "prior_victimization"
    /// The fitted models (``demographic``, ``fitted``) and FocusNet's three scores, as above.
    case demographic, points, network, composite, fitted
    /// `fitted` without the network-position features.
    case fittedNoNetwork = "fitted_no_network"
    /// `fitted` without the exposure features.
    case fittedNoExposure = "fitted_no_exposure"

    /// The models trained on earlier origins, in the order they are fitted and written.
    public static let trained: [ModelKind] = [.demographic, .fitted, .fittedNoNetwork, .fittedNoExposure]

    /// The ablated kinds compared with ``fitted`` (fitted − ablated, paired intervals).
    public static let ablations: [ModelKind] = [.fittedNoNetwork, .fittedNoExposure]

    /// The outcomes the model is scored on, of the backtest's `outcomes`: all of them, but the
    /// ablations only the first (the headline outcome, `shot` by default). Each fitted list costs a
    /// fit and a bootstrap pass of its own; the ablations on every outcome doubled a city
    /// backtest's CPU time.
    public func outcomes(of outcomes: [OutcomeKind]) -> [OutcomeKind] {
        ModelKind.ablations.contains(self) ? Array(outcomes.prefix(1)) : outcomes
    }

    /// Whether the backtest computes the model's calibration deciles and disparity audit: every
    /// model but random (whose list is no list) and the ablations (diagnostics of what the network
    /// adds, compared through their metrics; their deciles and audits were a third of the
    /// per-origin evaluation of a city backtest).
    public var isAudited: Bool { self != .random && !ModelKind.ablations.contains(self) }

    /// Whether the model is fitted on training origins and gives probabilities.
    public var isFitted: Bool { ModelKind.trained.contains(self) }

    /// The model in plain words, for sentences: "counting prior arrests", "the points score".
    public var plainName: String {
        switch self {
        case .random: "a random list"
        case .priorArrests: "counting prior arrests"
        case .priorVictimization: "counting prior gunshot victimizations"
        case .demographic: "demographics (age, sex and the area's gun violence)"
        case .points: "the points score"
        case .network: "the network score"
        case .composite: "the composite score"
        case .fitted: "the fitted model"
        case .fittedNoNetwork: "the fitted model without network position"
        case .fittedNoExposure: "the fitted model without exposure"
        }
    }

    /// The scores of a model that needs no fitting; `nil` for ``demographic`` and ``fitted``.

    /// The feature groups a ridge-logistic kind keeps (``ModelFeature/fittedSet(keeping:)``); `nil`
    /// for ``demographic`` (its own features) and for the models that need no fitting.
    var featureGroups: Set<ModelFeature.Group>? {
        switch self {
        case .fitted: [.history, .age, .network, .exposure]
        case .fittedNoNetwork: [.history, .age, .exposure]
        case .fittedNoExposure: [.history, .age, .network]
        case .random, .priorArrests, .priorVictimization, .demographic, .points, .network, .composite: nil
        }
    }

    /// The scores of a model that needs no fitting; `nil` for the fitted kinds (``trained``).
    /// - Complexity: O(n).
    func scores(_ inputs: ModelInputs) -> [Double]? {
        switch self {
        case .random: [Double](repeating: 0, count: inputs.count)
        case .priorArrests: inputs.arrests.map(Double.init)
        case .priorVictimization: inputs.priorVictimizations.map(Double.init)
        case .points: inputs.points
        case .network: inputs.network
        case .composite: inputs.composite
        case .demographic, .fitted, .fittedNoNetwork, .fittedNoExposure: nil
        }
    }
}
