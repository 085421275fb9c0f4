import FocusNetGraph
import FocusNetScoring
import Foundation

/// The model that orders a list drawn up at D: by default a ridge logistic model fitted on the
/// region's own history (``ModelTraining``), else the transparent composite score, saying why.
///
/// Fitting reads the training origins D − W and D − 2W (W the outcome window): features as of
/// each origin (the same ``OriginSnapshot`` rebuild a backtest uses), outcomes in (origin,
/// origin + W] — so no record dated after D is read. The fitted model is used when the training
/// windows hold at least ``minimumOutcomePersons`` people with the outcome; otherwise, or when
/// the records start too late to have a training window, the list is the composite's and
/// ``note`` says so. In both cases, when an earlier origin exists, ``evidence`` tells what a list
/// of this size would have achieved at D − W against the baselines (``ListEvidence``).
public struct ListModel: Sendable {
    /// Fewer training outcome persons than this and the list falls back to the composite. A
    /// pragmatic floor, well below the 10 events per candidate feature of Peduzzi et al. (1996,
    /// doi:10.1016/S0895-4356(96)00236-3): with fewer, not even the penalty's validation on one
    /// held-out origin is informative. Above it the list still carries its evidence, which says
    /// when a baseline does as well (sample size for prediction models: Riley et al. 2020,
    /// doi:10.1136/bmj.m441).
    public static let minimumOutcomePersons = 30
    /// Above this many people at a training origin, a uniform random sample of this many is fitted
    /// (rows sampled at random leave the logistic model's estimates unbiased; a state's 3 million
    /// people per origin would hold a 0.5 GB design matrix each).
    public static let maxTrainingRows = 250_000

    /// Where the list's order comes from.
    public enum Source: String, Sendable, Codable {
        /// Fitted on this run's records as of D.
        case fitted
        /// A saved model (`--model FILE`).
        case file
        /// The composite score (too little history, or asked for).
        case composite
    }

    /// Where the order comes from.
    public let source: Source
    /// The outcome the model predicts.
    public let outcome: OutcomeKind
    /// W, the outcome window.
    public let outcomeWindow: CalendarPeriod
    /// The model applied at D; `nil` when the list is the composite's.
    public let model: FittedModel?
    /// The model file read, for `--model`.
    public let modelFile: String?
    /// Why the list is ordered as it is, as facts: what ``note`` says, for a writer in another language.
    public let why: Why
    /// One line on why the list is ordered as it is (printed and written to the manifest), in English.
    public var note: String { why.note(outcome: outcome, window: outcomeWindow) }
    /// What a list of this size would have held at D − W; `nil` without a training origin.
    public let evidence: ListEvidence?

    /// Fits the list's model as of `asOf` from `records`.
    /// - Parameters:
    ///   - configuration: the ranking's settings (the training origins are rebuilt with them).
    ///   - outcome: what the model predicts (default for the records: ``defaultOutcome(for:)``).
    ///   - outcomeWindow: W.
    ///   - listSize: k for ``evidence`` (the run's `--top`).
    ///   - trainingOrigins: how many of D − W, D − 2W, … to read (2: one fitted on, one held out).
    ///   - composite: order by the composite even when a model could be fitted (evidence still given).
    ///   - progress: stage lines (dates and counts only).
    /// - Throws: ``IGraphError`` and ``KernelError`` from the rebuilds, ``LinearAlgebraError``
    ///   (not with the default penalties).
    /// - Complexity: one ``OriginSnapshot`` per training origin, each one at a time (their people
    ///   are sampled to ``maxTrainingRows`` before the next is built), and the fits of
    ///   ``ModelTraining``.
    public init(records: RecordSet, context: ScoringContext, configuration: RankConfiguration, asOf: CalendarDay,
                outcome: OutcomeKind, outcomeWindow: CalendarPeriod = CalendarPeriod(count: 18, unit: .months),
                listSize: Int, trainingOrigins: Int = 2, composite: Bool = false, seed: UInt64 = 42,
                progress: (String) -> Void = { _ in }) throws {
        self.outcome = outcome
        self.outcomeWindow = outcomeWindow
        modelFile = nil
        let earliest = records.reports.first { $0.kind == .arrests }?.firstDate ?? .earliest
        let days = ModelTraining.schedule(for: asOf, outcomeWindow: outcomeWindow, count: trainingOrigins, earliest: earliest)
        guard !days.isEmpty else {
            (source, model, evidence) = (.composite, nil, nil)
            why = .recordsStartTooLate(earliest: earliest, asOf: asOf)
            return
        }
        var sets: [FittedModel.TrainingSet] = []
        var held: OriginSnapshot?
        for (i, day) in days.enumerated() {
            progress("fitting the list's model: rebuilding the network as of \(day) (outcomes to \(OutcomeWindow(origin: day, length: outcomeWindow).end))")
            let snapshot = try OriginSnapshot(records: records, context: context, configuration: configuration, origin: day,
                                              outcomeWindow: outcomeWindow, outcomes: [outcome], withNeighbors: false,
                                              withAttributes: false)
            sets.append(ListModel.trainingSet(snapshot, outcome: outcome, seed: seed))
            if i == days.count - 1 { held = snapshot }
        }
        let positives = sets.reduce(0) { $0 + $1.outcome.filter { $0 }.count }
        var fitted: FittedModel?
        var heldOut: FittedModel?   // the chosen candidate as validated: fitted before the held-out origin
        var reason: Why?
        if composite {
            reason = .compositeAsked
            if positives >= ListModel.minimumOutcomePersons {   // fitted anyway: a baseline of the composite's evidence
                heldOut = try ModelTraining.fitWithHeldOut(.fitted, outcome: outcome, outcomeWindow: outcomeWindow, sets: sets,
                                                           defaultRidge: 1).heldOut
            }
        } else if positives < ListModel.minimumOutcomePersons {
            reason = .tooFewOutcomePersons(positives)
        } else {
            (fitted, heldOut) = try ModelTraining.fitWithHeldOut(.fitted, outcome: outcome, outcomeWindow: outcomeWindow, sets: sets,
                                                                 defaultRidge: 1)
            if fitted == nil { reason = .sameOutcome }
        }
        model = fitted
        source = fitted == nil ? .composite : .fitted
        why = reason ?? .fitted(outcomePersons: positives, origins: days, ridge: fitted!.ridge,
                                heldOut: fitted!.validation == nil ? nil : days.last!)
        evidence = try held.flatMap { try ListModel.evidence(at: $0, earlier: Array(sets.dropLast()), listIsFitted: fitted != nil,
                                                             heldOut: heldOut, outcome: outcome, outcomeWindow: outcomeWindow,
                                                             listSize: listSize, seed: seed) }
    }

    /// The model of a saved file (`--model FILE`): the fitted model for `outcome` (default: the
    /// file's first of either, shot, shooter, arrest).
    /// - Throws: ``BacktestError/modelFile(path:reason:)`` when the file cannot be read or holds
    ///   no fitted model for the outcome.
    public init(file url: URL, outcome: OutcomeKind?) throws(BacktestError) {
        let file = try FittedModelFile.load(url)
        guard let model = file.model(for: outcome), let kind = OutcomeKind(rawValue: model.outcome),
              let window = CalendarPeriod(model.outcomeWindow) else {
            let held = file.models.filter { $0.model == ModelKind.fitted.rawValue }.map(\.outcome)
            throw .modelFile(path: url.relativePath, reason: "no fitted model\(outcome.map { " for outcome \($0.rawValue)" } ?? "")"
                + (held.isEmpty ? "" : " (it holds \(held.joined(separator: ", ")))"))
        }
        if model.model != ModelKind.fitted.rawValue || model.features.contains(where: { $0.hasPrefix("sex") }) {
            throw .modelFile(path: url.relativePath, reason: "a list is ordered only by a fitted model without sex terms")
        }
        guard model.trainingPositives >= ListModel.minimumOutcomePersons else {
            throw .modelFile(path: url.relativePath, reason: "the \(model.outcome) model learned from \(model.trainingPositives) outcome persons, "
                + "fewer than the \(ListModel.minimumOutcomePersons) a list needs")
        }
        source = .file
        self.outcome = kind
        outcomeWindow = window
        self.model = model
        modelFile = url.relativePath
        why = .file(name: url.lastPathComponent, origins: model.trainingOrigins, outcomePersons: model.trainingPositives)
        evidence = nil
    }

    /// Checks that this run computes every measure the model reads: a saved model with
    /// betweenness applied to a run without it would give every person a betweenness percentile
    /// of 0 and every probability would be wrong (the order would survive, the numbers not).
    /// - Throws: ``BacktestError/modelFile(path:reason:)`` naming the option to add.
    public func check(_ configuration: RankConfiguration) throws(BacktestError) {
        guard let model, model.features.contains(ModelFeature.betweennessPercentile.description),
              !configuration.computesBetweenness else { return }
        throw .modelFile(path: modelFile ?? "fitted model", reason: "the model reads betweenness_percentile: add --betweenness")
    }

    /// The outcome a list predicts by default: people shot when the records hold victimizations,
    /// else shooters or either, else re-arrest (the only outcome of arrest-only records).
    public static func defaultOutcome(for records: RecordSet) -> OutcomeKind {
        [OutcomeKind.shot, .either].first { $0.isAvailable(in: records) } ?? .arrest
    }

    /// `ranking` ordered by the model's probabilities (with each person's terms for the
    /// explanations), or unchanged when the list is the composite's.
    /// - Complexity: O(n × features) and the selection of ``Ranking/ordered(by:)``.
    public func apply(to ranking: Ranking, context: ScoringContext) -> Ranking {
        guard let model else { return ranking }
        let ranks = ranking.measures.betweenness.map { PercentileRank.compute($0) }
        let source = ModelInputs.Source(ranking, context: context)
        let p = model.probabilities(source: source, context: context, betweennessPercentile: ranks)
        let score = ListScore(fitted: p) { node in
            model.terms(ModelInputs(source: source, context: context, nodes: [node], betweennessPercentile: ranks), 0)
        }
        return ranking.ordered(by: score)
    }

    /// One training origin's people and outcomes, a uniform sample of ``maxTrainingRows`` when
    /// there are more (seeded by `seed` and the origin: the same sample on every run).
    static func trainingSet(_ snapshot: OriginSnapshot, outcome: OutcomeKind, seed: UInt64) -> FittedModel.TrainingSet {
        let y = snapshot.outcomes[outcome]!
        guard snapshot.count > maxTrainingRows else {
            return FittedModel.TrainingSet(origin: snapshot.origin, inputs: snapshot.inputs, outcome: y)
        }
        var generator = Bootstrap.generator(seed: seed, stream: 2 &+ UInt64(bitPattern: Int64(snapshot.origin.daysSinceEpoch)))
        let chosen = generator.sample(maxTrainingRows, from: snapshot.count)
        return FittedModel.TrainingSet(origin: snapshot.origin, inputs: snapshot.inputs.subset(chosen), outcome: chosen.map { y[$0] })
    }

    /// The evidence at the held-out origin: the list's model (the fitted one as validated, fitted
    /// on the earlier origins with the chosen penalty, else the composite) beside the baselines.
    /// - Parameters:
    ///   - listIsFitted: the fitted model orders the list (else the composite does, and `heldOut`,
    ///     when given, is a baseline).
    ///   - heldOut: the chosen candidate of the penalty's validation; `nil` when it could not be
    ///     validated (a fitted list then has no evidence).
    static func evidence(at held: OriginSnapshot, earlier: [FittedModel.TrainingSet], listIsFitted: Bool, heldOut: FittedModel?,
                         outcome: OutcomeKind, outcomeWindow: CalendarPeriod, listSize: Int, seed: UInt64) throws -> ListEvidence? {
        let x = held.inputs
        var scores: [(model: ModelKind, values: [Double])] = []
        var probabilities: [Double]?
        if listIsFitted {
            guard let heldOut else { return nil }   // fitted, but nothing earlier to test a fit on
            let p = heldOut.probabilities(x)
            scores.append((.fitted, p))
            probabilities = p
        }
        scores.append((.composite, ModelKind.composite.scores(x)!))
        if !listIsFitted, let heldOut { scores.append((.fitted, heldOut.probabilities(x))) }
        for kind in [ModelKind.points, .priorArrests, .priorVictimization] {
            scores.append((kind, kind.scores(x)!))
        }
        if x.sex.contains(where: { $0 != nil }) || x.age.contains(where: { $0 != nil }),
           let demographic = try FittedModel.train(.demographic, outcome: outcome, outcomeWindow: outcomeWindow, training: earlier,
                                                    ridge: 1) {
            scores.append((.demographic, demographic.probabilities(x)))
        }
        scores.append((.random, ModelKind.random.scores(x)!))
        return ListEvidence(origin: held.origin, outcome: outcome, outcomeWindow: outcomeWindow, listSize: listSize, scores: scores,
                            happened: held.outcomes[outcome]!, unscoredOutcomePersons: held.unscoredOutcomePersons[outcome]!.count,
                            probabilities: probabilities, seed: seed)
    }

    /// A penalty as the note writes it: whole numbers without a fraction (`10`, `0.1`).
    public static func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}
