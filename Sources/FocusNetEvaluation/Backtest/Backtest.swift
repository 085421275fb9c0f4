import FocusNetGraph
import FocusNetScoring

/// A backtest: the scoring re-run at each origin D from records dated ≤ D, every model compared
/// on what happened in (D, D + W].
///
/// For each origin: the point-in-time rebuild (``OriginSnapshot``); the fitted and demographic
/// models trained on earlier origins whose outcome windows close by D
/// (``OriginSchedule/training(for:outcomeWindow:step:count:earliest:)``); for every model and
/// outcome the metric components (``MetricComponents``) with seeded bootstrap intervals
/// (people resampled within the origin), calibration deciles, the capture curve and the
/// disparity audit. Pooled over origins: sums of the components, with intervals from a cluster
/// bootstrap that resamples *persons* across all origins (a person scored at several origins is
/// one cluster). Rank stability compares consecutive origins' lists.
///
/// Computed in full by the initializer; every value is deterministic for a given seed.
///
/// Windows: at origin D the scoring reads records in `(D − lookback, D]` (nothing dated after
/// D); outcomes are counted in `(D, D + W]` with W the configuration's outcome window. Training
/// origins D′ < D are used only when `D′ + W ≤ D`, so no outcome after D reaches a model tested
/// at D. Per-origin arrays have shape `[n]` over the n people scored at that origin, in
/// person-index order (``OriginSnapshot``).
///
/// Outcomes follow the network-contagion evaluation of Green, Horel & Papachristos (2017),
/// "Modeling contagion through social networks to explain and predict gunshot violence in
/// Chicago, 2006 to 2014", *JAMA Intern Med* 177(3), doi:10.1001/jamainternmed.2016.8245.
public struct Backtest: Sendable {
    /// Below this many outcome persons in training, a fitted model is flagged in the notes.
    static let fewPositives = 20

    /// The capture curve's list sizes, in percent of the scored people: 0.1 … 5 by 0.1, then 6 … 100.
    public static let curveShares: [Double] = (1...50).map { Double($0) / 10 } + (6...100).map(Double.init)

    /// The settings the backtest ran with.
    public let configuration: BacktestConfiguration
    /// The end of the data used to judge whether outcome windows are complete.
    public let dataEnd: CalendarDay
    /// One result per origin that could be scored, in date order (origins without arrests in
    /// the window or without people in the network are left out and named in ``notes``).
    public let origins: [OriginResult]
    /// Pooled over the origins, one per (model, outcome) in table order; empty with a single
    /// origin. Intervals come from a cluster bootstrap over persons.
    public let pooled: [Evaluation]
    /// Jaccard overlap of consecutive origins' top-k lists, for every model but random.
    public let stability: [StabilityValue]
    /// Models fitted on every origin whose outcome window closes by ``dataEnd``: the ones for a
    /// list drawn up now.
    public let finalModels: FittedModelFile
    /// Things a reader of the results must know (left-out models, incomplete windows, outcomes
    /// no scored person had, …).
    public let notes: [String]
    /// Why there is nothing to measure (no origin scored, or no outcome observable), or `nil`.
    public let emptyReason: EmptyBacktestReason?

    /// Runs the backtest.
    /// - Parameter progress: receives stage lines (counts and dates only, never identifiers).
    /// - Throws: ``BacktestError`` for a configuration the records cannot support, ``IGraphError``
    ///   from the centralities, ``LinearAlgebraError`` from a fit without a ridge.
    /// - Complexity: per origin, one ``Ranking`` (plus one per new training origin), and
    ///   O(B × models × outcomes × n) for B bootstrap replicates over n scored people.
    public init(records: RecordSet, context: ScoringContext? = nil, configuration: BacktestConfiguration,
                progress: (String) -> Void = { _ in }) throws {
        guard !configuration.origins.isEmpty else { throw BacktestError.noOrigins }
        for kind in configuration.outcomes where !kind.isAvailable(in: records) {
            throw BacktestError.outcomeUnavailable(outcome: kind.rawValue, needs: kind == .shooter ? "a shootings file"
                : kind == .shot ? "a victimizations file" : "a victimizations or shootings file")
        }
        let context = context ?? ScoringContext(records: records)
        let config = configuration
        let originDays = Array(Set(config.origins)).sorted()
        let dataEnd = config.dataEnd ?? Backtest.lastRecordDate(records)
        let earliest = records.reports.first { $0.kind == .arrests }?.firstDate ?? .earliest
        var notes: [String] = []

        var cache: [CalendarDay: OriginSnapshot] = [:]
        func snapshot(_ day: CalendarDay) throws -> OriginSnapshot {
            if let cached = cache[day] { return cached }
            let built = try OriginSnapshot(records: records, context: context, configuration: config.scoring, origin: day,
                                           outcomeWindow: config.outcomeWindow, outcomes: config.outcomes,
                                           withNeighbors: config.interventions != nil)
            progress("as of \(day): \(built.networkPeople) people in the network, \(built.count) scored")
            cache[day] = built
            return built
        }
        let hasDemographics = context.birthDate.contains { $0 != nil } || context.sex.contains { $0 != nil }
        if !hasDemographics { notes.append("demographic: the records hold no birth date and no sex; model left out") }
        let undated = context.memberships.filter { $0.firstSeen == nil }.count
        if undated > 0 {
            notes.append("\(undated) memberships have no first_seen date and count as known at every origin (possible look-ahead)")
        }
        func fitModels(_ training: [OriginSnapshot]) throws -> [ModelKind: [OutcomeKind: FittedModel]] {
            var models: [ModelKind: [OutcomeKind: FittedModel]] = [:]
            for kind in [ModelKind.demographic, .fitted] where kind == .fitted || hasDemographics {
                for outcome in config.outcomes {
                    let sets = training.map {
                        FittedModel.TrainingSet(origin: $0.origin, inputs: $0.inputs, outcome: $0.outcomes[outcome]!)
                    }
                    if let model = try FittedModel.train(kind, outcome: outcome, outcomeWindow: config.outcomeWindow,
                                                         training: sets, ridge: config.ridge) {
                        models[kind, default: [:]][outcome] = model
                    }
                }
            }
            return models
        }

        var results: [OriginResult] = []
        var leftOut: [String] = []
        for (index, origin) in originDays.enumerated() {
            let window = config.scoring.windows.windows(asOf: origin).records
            // Something dated in the window (an undated tie is in every window), else nothing to score.
            guard records.arrests.day.contains(where: window.contains) || !context.memberships.isEmpty
                || records.ties.day.contains(where: { $0.map(window.contains) ?? true }) else {
                leftOut.append("\(origin): no arrest in the window \(window)")
                notes.append("\(origin): no arrest in the window \(window); origin left out")
                continue
            }
            let full = try snapshot(origin)
            guard full.count > 0 else {
                leftOut.append("\(origin): nobody in the network at that date")
                notes.append("\(origin): nobody in the network at that date; origin left out")
                continue
            }
            let trainingDays = OriginSchedule.training(for: origin, outcomeWindow: config.outcomeWindow,
                                                       step: config.trainingStep, count: config.trainingOrigins, earliest: earliest)
            let models = try fitModels(try trainingDays.map(snapshot))
            if trainingDays.isEmpty {
                notes.append("\(origin): no training origin whose outcome window closes by then; fitted models left out")
            }
            let weak = config.outcomes.compactMap { outcome in
                models[.fitted]?[outcome].flatMap { $0.trainingPositives < Backtest.fewPositives ? "\(outcome.rawValue) \($0.trainingPositives)" : nil }
            }
            if !weak.isEmpty {
                notes.append("\(origin): the fitted models learned from few outcome persons (\(weak.joined(separator: ", ")))")
            }
            var reports: [InterventionReport] = []
            var test = full
            var notifiedCount = 0
            if let log = config.interventions {
                let notified = log.notified(at: origin, within: config.notifiedWithin, persons: full.persons)
                notifiedCount = notified.filter { $0 }.count
                let composite = RankedScores(full.inputs.composite)
                reports = config.outcomes.map {
                    InterventionReport(outcome: $0, composite: composite, notified: notified, neighbors: full.neighbors,
                                       happened: full.outcomes[$0]!)
                }
                if config.excludeNotified { test = full.subset(notified.indices.filter { !notified[$0] }) }
            }
            let complete = full.outcomeWindow.isClosed(by: dataEnd)
            if !complete {
                notes.append("\(origin): the outcome window \(full.outcomeWindow) runs past the end of the data (\(dataEnd)); outcomes are undercounted")
            }
            let entries = Backtest.entries(test, models: models, outcomes: config.outcomes)
            progress("as of \(origin): scoring \(entries.count) model × outcome pairs, \(config.bootstrapReplicates) bootstrap replicates")
            var generator = Bootstrap.generator(seed: config.seed, stream: UInt64(index))
            let evaluations = Backtest.evaluate(entries, snapshot: test, sizes: config.listSizes,
                                                replicates: config.bootstrapReplicates, generator: &generator)
            results.append(OriginResult(snapshot: test, trainingOrigins: trainingDays, models: models, entries: entries,
                                        evaluations: evaluations, complete: complete, notified: notifiedCount,
                                        interventions: reports))
        }

        notes += Backtest.outcomeNotes(results, outcomes: config.outcomes)
        emptyReason = Backtest.emptyReason(results, leftOut: leftOut,
                                           firstArrest: records.reports.first { $0.kind == .arrests }?.firstDate, dataEnd: dataEnd)
        let stability = Backtest.stability(results, sizes: config.listSizes)
        let pooled = results.count > 1
            ? Backtest.pool(results, sizes: config.listSizes, replicates: config.bootstrapReplicates,
                            generator: Bootstrap.generator(seed: config.seed, stream: UInt64(originDays.count)),
                            personCount: context.personCount)
            : []
        let finalDays = OriginSchedule.training(for: dataEnd, outcomeWindow: config.outcomeWindow, step: config.trainingStep,
                                                count: config.trainingOrigins, earliest: earliest)
        let current = try fitModels(try finalDays.map(snapshot))
        let file = FittedModelFile(models: [ModelKind.fitted, .demographic].flatMap { kind in
            config.outcomes.compactMap { current[kind]?[$0] }
        })
        for model in file.models where model.trainingPositives < Backtest.fewPositives {
            notes.append("current \(model.model) model (\(model.outcome)) learned from only \(model.trainingPositives) outcome persons "
                + "(training origins \(model.trainingOrigins.joined(separator: ", "))): do not use it for a list")
        }
        self.configuration = config
        self.dataEnd = dataEnd
        origins = results
        self.pooled = pooled
        self.stability = stability
        finalModels = file
        self.notes = notes
    }

    /// The latest date in any dated record file (arrests, memberships, victimizations,
    /// shootings, custody starts).
    static func lastRecordDate(_ records: RecordSet) -> CalendarDay {
        records.reports.filter { $0.kind != .persons && $0.kind != .population && $0.kind != .aliases }
            .compactMap(\.lastDate).max() ?? records.dataEnd
    }

    /// One scored list to evaluate: a model's scores at an origin for one outcome.
    public struct Entry: Sendable {
        /// The model that scored.
        public let model: ModelKind
        /// The outcome the list is judged on.
        public let outcome: OutcomeKind
        /// The model's score of each scored person (shape `[n]`), with the order and tie groups.
        public let ranked: RankedScores
        /// Probabilities of a fitted model; `nil` otherwise.
        public let probabilities: [Double]?
        /// Whether the outcome happened in `(D, D + W]`, for each scored person; shape `[n]`.
        public let happened: [Bool]
    }

    /// Every (model, outcome) pair available at the origin, in table order.
    static func entries(_ snapshot: OriginSnapshot, models: [ModelKind: [OutcomeKind: FittedModel]],
                        outcomes: [OutcomeKind]) -> [Entry] {
        var ranked: [ModelKind: RankedScores] = [:]
        var entries: [Entry] = []
        for model in ModelKind.allCases {
            for outcome in outcomes {
                let happened = snapshot.outcomes[outcome]!
                if model.isFitted {
                    guard let fitted = models[model]?[outcome] else { continue }
                    let p = fitted.probabilities(snapshot.inputs)
                    entries.append(Entry(model: model, outcome: outcome, ranked: RankedScores(p), probabilities: p, happened: happened))
                } else {
                    let scores = ranked[model] ?? RankedScores(model.scores(snapshot.inputs)!)
                    ranked[model] = scores
                    entries.append(Entry(model: model, outcome: outcome, ranked: scores, probabilities: nil, happened: happened))
                }
            }
        }
        return entries
    }

    /// The components of one entry under `weights`; a random list's Brier score is that of
    /// forecasting the population's own base rate for everyone (P (1 − P/N)).
    static func components(_ entry: Entry, weights: [Int]?, sizes: [ListSize]) -> MetricComponents {
        var c = MetricComponents.evaluate(entry.ranked, outcome: entry.happened, weights: weights, sizes: sizes,
                                          probabilities: entry.probabilities)
        if entry.model == .random, c.people > 0 { c.squaredError = c.positives * (1 - c.positives / c.people) }
        return c
    }

    static func evaluate(_ entries: [Entry], snapshot: OriginSnapshot, sizes: [ListSize], replicates: Int,
                         generator: inout FocusNetGraph.SplitMix64) -> [Evaluation] {
        let n = snapshot.count
        let replicated = Bootstrap.run(replicates: replicates, generator: &generator, draw: { Bootstrap.weights(n, using: &$0) }) { weights in
            entries.map { MetricValue.values(components($0, weights: weights, sizes: sizes), model: $0.model, sizes: sizes) }
        }
        let samples = entries.indices.map { e in replicated.map { $0[e] } }
        let curveSizes = curveShares.map(ListSize.share)
        let groupings = DisparityCell.Grouping.all(snapshot.attributes)
        return entries.enumerated().map { e, entry in
            let c = components(entry, weights: nil, sizes: sizes)
            let curve = MetricComponents.evaluate(entry.ranked, outcome: entry.happened, sizes: curveSizes)
            let ks = sizes.map { $0.count(outOf: n) }
            return Evaluation(
                model: entry.model, outcome: entry.outcome, components: c,
                metrics: MetricValue.table(c, model: entry.model, sizes: sizes, samples: samples[e]),
                calibration: entry.model == .random ? [] : CalibrationBin.deciles(entry.ranked, outcome: entry.happened),
                curve: curve,
                disparity: entry.model == .random ? [] : ks.map {
                    DisparityCell.cells(groupings, inclusion: entry.ranked.inclusion($0), outcome: entry.happened)
                })
        }
    }

    static func pool(_ results: [OriginResult], sizes: [ListSize], replicates: Int, generator: FocusNetGraph.SplitMix64,
                     personCount: Int) -> [Evaluation] {
        var generator = generator
        var cluster = [Int](repeating: -1, count: personCount)
        var clusters = 0
        for result in results {
            for p in result.snapshot.persons where cluster[Int(p)] < 0 {
                cluster[Int(p)] = clusters
                clusters += 1
            }
        }
        var keys: [EntryKey] = []
        for result in results {
            for entry in result.entries where !keys.contains(EntryKey(entry)) { keys.append(EntryKey(entry)) }
        }
        keys.sort()
        let located = keys.map { key in
            results.compactMap { r in r.entries.firstIndex { EntryKey($0) == key }.map { (r, $0) } }
        }
        let resultIndex = Dictionary(uniqueKeysWithValues: results.enumerated().map { ($1.snapshot.origin, $0) })
        let replicated = Bootstrap.run(replicates: replicates, generator: &generator,
                                       draw: { Bootstrap.weights(clusters, using: &$0) }) { draws in
            let weights = results.map { r in r.snapshot.persons.map { draws[cluster[Int($0)]] } }
            return located.enumerated().map { k, places in
                let sum = places.map { r, e in components(r.entries[e], weights: weights[resultIndex[r.snapshot.origin]!], sizes: sizes) }
                    .reduce(MetricComponents(lists: sizes.count, probabilistic: true)) { $0 + $1 }
                return MetricValue.values(sum, model: keys[k].model, sizes: sizes)
            }
        }
        let samples = keys.indices.map { k in replicated.map { $0[k] } }
        return keys.enumerated().map { k, key in
            let evaluations = located[k].map { r, e in r.evaluations[e] }
            let sum = evaluations.map(\.components).reduce(MetricComponents(lists: sizes.count, probabilistic: true)) { $0 + $1 }
            let curve = evaluations.map(\.curve).reduce(MetricComponents(lists: curveShares.count, probabilistic: false)) { $0 + $1 }
            let disparity = key.model == .random ? [] : sizes.indices.map { j in DisparityCell.pooled(evaluations.map { $0.disparity[j] }) }
            return Evaluation(model: key.model, outcome: key.outcome, components: sum,
                              metrics: MetricValue.table(sum, model: key.model, sizes: sizes, samples: samples[k]),
                              calibration: key.model == .random ? [] : CalibrationBin.pooled(evaluations.map(\.calibration)),
                              curve: curve, disparity: disparity)
        }
    }

    /// Jaccard of consecutive origins' top-k lists, for every model but random. Baseline lists do
    /// not depend on the outcome (outcome `nil`); fitted lists do.
    static func stability(_ results: [OriginResult], sizes: [ListSize]) -> [StabilityValue] {
        var values: [StabilityValue] = []
        for (previous, current) in zip(results, results.dropFirst()) {
            for entry in current.entries where entry.model != .random {
                let sharesOutcome = !entry.model.isFitted
                if sharesOutcome, entry.outcome != current.entries.first(where: { $0.model == entry.model })!.outcome { continue }
                guard let before = previous.entries.first(where: { $0.model == entry.model && $0.outcome == entry.outcome })
                else { continue }
                for size in sizes {
                    let a = before.ranked.top(size.count(outOf: before.ranked.count)).map { previous.snapshot.persons[$0] }
                    let b = entry.ranked.top(size.count(outOf: entry.ranked.count)).map { current.snapshot.persons[$0] }
                    values.append(StabilityValue(from: previous.snapshot.origin, to: current.snapshot.origin, model: entry.model,
                                                 outcome: sharesOutcome ? nil : entry.outcome, size: size,
                                                 jaccard: RankStability.jaccard(a, b)))
                }
            }
        }
        return values
    }
}

/// (model, outcome), ordered as in the tables.
struct EntryKey: Hashable, Comparable {
    let model: ModelKind
    let outcome: OutcomeKind
    init(_ entry: Backtest.Entry) { model = entry.model; outcome = entry.outcome }
    static func < (a: EntryKey, b: EntryKey) -> Bool {
        let x = ModelKind.allCases.firstIndex(of: a.model)!, y = ModelKind.allCases.firstIndex(of: b.model)!
        return x != y ? x < y : a.outcome < b.outcome
    }
}
