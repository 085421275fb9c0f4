import FocusNetGraph
import FocusNetScoring

/// A backtest: the scoring re-run at each origin D from records dated ≤ D, every model compared
/// on what happened in (D, D + W].
///
/// For each origin: the point-in-time rebuild (``OriginSnapshot``); the fitted and demographic
/// models trained on earlier origins whose outcome windows close by D
/// (``OriginSchedule/training(for:outcomeWindow:step:count:earliest:)``); for every model and
/// outcome the metric components (``MetricComponents``), calibration deciles, the capture curve
/// and the disparity audit. Pooled over origins: sums of the components. Intervals, per origin
/// and pooled, come from one seeded cluster bootstrap that resamples *persons* across all
/// origins (a person scored at several origins is one cluster; ``ClusterBootstrap``). Rank
/// stability compares consecutive origins' lists.
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
    /// The note of a backtest judged on later arrests alone because the records hold no
    /// victimizations or shootings file (`focusnet backtest`'s default outcome then).
    public static let arrestOnlyNote = "outcome: arrest only — the records hold no victimizations or shootings file, "
        + "so the lists are judged on later arrests, not on gun violence"

    /// The note of a backtest without a population file: lift over the population is left empty.
    public static let noPopulationNote = "lift_population: the records hold no population file (--population), "
        + "so the population's base rate is unknown and lift over the population is left empty"

    /// Up to this many arrest rows, origins are rebuilt and scored two at a time (a simulated city's
    /// 300,000 rows peak at 0.8 GiB so); above it, one at a time, so a state's backtest needs the
    /// memory of one rebuild.
    static let concurrentRowLimit = 2_000_000

    /// Below this many outcome persons in training, a fitted model is flagged in the notes: the
    /// floor below which `rank` orders the list by the composite (``ListModel/minimumOutcomePersons``).
    static let fewPositives = ListModel.minimumOutcomePersons

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
    /// The network ablation: fitted − `fitted_no_network` and fitted − `fitted_no_exposure` in
    /// capture@k and ROC-AUC, per origin then pooled, with paired intervals (``ModelDifference``).
    public let ablation: [ModelDifference]
    /// Residents of the region (the population file's total; 0 without one): the denominator of
    /// the population's base rate (``MetricComponents/liftOverPopulation(_:)``).
    public let population: Int
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
    /// - Complexity: per origin, one ``Ranking`` (plus one per new training origin; two built at
    ///   a time up to ``concurrentRowLimit`` arrest rows), and O(B × rankings × n) for B bootstrap replicates over n scored people (the
    ///   baseline models rank once for every outcome).
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
        let dataEnd = config.dataEnd ?? records.lastEventDate ?? records.dataEnd
        let earliest = records.reports.first { $0.kind == .arrests }?.firstDate ?? .earliest
        var notes: [String] = []

        // Point-in-time rebuilds, two at a time (each is mostly one thread), kept for reuse as
        // training origins; reported in date order. Above `Backtest.concurrentRowLimit` arrest rows
        // one at a time: two rebuilds of a state (≈ 2.5 GiB each) would double the peak.
        let width = records.arrests.rowCount <= Backtest.concurrentRowLimit ? 2 : 1
        var cache: [CalendarDay: OriginSnapshot] = [:]
        func buildSnapshots(_ days: [CalendarDay], role: String) throws {
            let missing = Array(Set(days)).filter { cache[$0] == nil }.sorted()
            guard !missing.isEmpty else { return }
            progress("rebuilding the network at \(missing.count) \(role) origin\(missing.count == 1 ? "" : "s")"
                + (width > 1 ? ", two at a time" : ""))
            let built = DeterministicParallel.map(count: missing.count, width: width, { d in
                Result {
                    try OriginSnapshot(records: records, context: context, configuration: config.scoring, origin: missing[d],
                                       outcomeWindow: config.outcomeWindow, outcomes: config.outcomes,
                                       withNeighbors: config.interventions != nil)
                }
            }, batchDone: { batch in
                for case .success(let snapshot) in batch {
                    progress("as of \(snapshot.origin) (\(role)): \(snapshot.networkPeople) people in the network, \(snapshot.count) scored")
                }
            })
            for (day, result) in zip(missing, built) { cache[day] = try result.get() }
        }
        if config.outcomes == [.arrest], !OutcomeKind.either.isAvailable(in: records) {
            notes.append(Backtest.arrestOnlyNote)
        }
        let population = records.population.population.reduce(0, +)
        if population == 0 {
            notes.append(Backtest.noPopulationNote)
        }
        let hasDemographics = context.birthDate.contains { $0 != nil } || context.sex.contains { $0 != nil }
        if !hasDemographics { notes.append("demographic: the records hold no birth date and no sex; model left out") }
        let undated = context.memberships.filter { $0.firstSeen == nil }.count
        if undated > 0 {
            notes.append("\(undated) memberships have no first_seen date and count as known at every origin (possible look-ahead)")
        }
        // Every (kind, outcome) trained as a list drawn up at the origin would be (``ModelTraining``:
        // the penalty chosen on the latest training origin held out); the fits run side by side
        // (they were a third of a city backtest on one core). The kinds go two at a time
        // (demographic and fitted, then the two ablations), so no more than two kinds' designs are held.
        func fitModels(_ training: [OriginSnapshot], kinds: [ModelKind] = ModelKind.trained) throws -> [ModelKind: [OutcomeKind: FittedModel]] {
            let kinds = kinds.filter { $0 != .demographic || hasDemographics }
            return try stride(from: 0, to: kinds.count, by: 2).reduce(into: [:]) { models, first in
                try fitModels(training, kinds: Array(kinds[first..<min(first + 2, kinds.count)]), into: &models)
            }
        }
        func fitModels(_ training: [OriginSnapshot], kinds: [ModelKind], into models: inout [ModelKind: [OutcomeKind: FittedModel]]) throws {
            guard !training.isEmpty, !config.outcomes.isEmpty else { return }
            let sets = config.outcomes.map { outcome in
                training.map { ListModel.trainingSet($0, outcome: outcome, seed: config.seed) }
            }
            // One job per kind, its outcomes in turn: they share the kind's designs (only y differs).
            let fits = DeterministicParallel.map(count: kinds.count, width: 2) { k in
                let designs = TrainingDesigns()
                return config.outcomes.indices.filter { kinds[k].outcomes(of: config.outcomes).contains(config.outcomes[$0]) }.map { o in
                    (o, Result { () throws(LinearAlgebraError) in
                        config.validatesRidge
                            ? try ModelTraining.fit(kinds[k], outcome: config.outcomes[o], outcomeWindow: config.outcomeWindow,
                                                    sets: sets[o], defaultRidge: config.ridge, designs: designs)
                            : try FittedModel.train(designs.design(kinds[k], sets[o]), outcome: config.outcomes[o],
                                                    y: sets[o].flatMap(\.outcome), outcomeWindow: config.outcomeWindow, ridge: config.ridge)
                    })
                }
            }
            for (k, kindFits) in fits.enumerated() {
                for (o, fit) in kindFits {
                    if let model = try fit.get() { models[kinds[k], default: [:]][config.outcomes[o]] = model }
                }
            }
        }

        var leftOut: [String] = []
        var notesAt: [CalendarDay: [String]] = [:]
        let windowed = originDays.filter { origin in
            let window = config.scoring.windows.windows(asOf: origin).records
            // Something dated in the window (an undated tie is in every window), else nothing to score.
            guard records.arrests.day.contains(where: window.contains) || !context.memberships.isEmpty
                || records.ties.day.contains(where: { $0.map(window.contains) ?? true }) else {
                leftOut.append("\(origin): no arrest in the window \(window)")
                notesAt[origin] = ["\(origin): no arrest in the window \(window); origin left out"]
                return false
            }
            return true
        }
        try buildSnapshots(windowed, role: "test")
        let scored = windowed.filter { origin in
            guard cache[origin]!.count > 0 else {
                leftOut.append("\(origin): nobody in the network at that date")
                notesAt[origin] = ["\(origin): nobody in the network at that date; origin left out"]
                return false
            }
            return true
        }
        leftOut.sort { $0 < $1 }
        let trainingDays = scored.map {
            OriginSchedule.training(for: $0, outcomeWindow: config.outcomeWindow, step: config.trainingStep,
                                    count: config.trainingOrigins, earliest: earliest)
        }
        try buildSnapshots(trainingDays.flatMap { $0 }, role: "training")
        let snapshots = cache

        // The origins are scored side by side: fits, lists and point metrics of each depend on
        // nothing but its own snapshots.
        func score(_ i: Int) throws -> (result: OriginResult, passes: EntryPasses, notes: [String], line: String) {
            let origin = scored[i], full = snapshots[origin]!
            var notes: [String] = []
            let models = try fitModels(trainingDays[i].map { snapshots[$0]! })
            if trainingDays[i].isEmpty {
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
            let passes = EntryPasses(entries)
            let evaluations = Backtest.evaluate(passes, snapshot: test, sizes: config.listSizes, population: Double(population))
            return (OriginResult(snapshot: test, trainingOrigins: trainingDays[i], models: models, entries: entries,
                                 evaluations: evaluations, complete: complete, notified: notifiedCount, interventions: reports),
                    passes, notes, "as of \(origin): fitted \(models.values.reduce(0) { $0 + $1.count }) models, scored \(entries.count) model × outcome pairs")
        }
        let outcomesOfScoring = DeterministicParallel.map(count: scored.count, width: width, { i in
            Result { try score(i) }
        }, batchDone: { batch in
            for case .success(let scoring) in batch { progress(scoring.line) }
        })
        var results: [OriginResult] = [], passes: [EntryPasses] = []
        for (i, scoring) in outcomesOfScoring.enumerated() {
            let (result, originPasses, originNotes, _) = try scoring.get()
            results.append(result)
            passes.append(originPasses)
            notesAt[scored[i]] = originNotes
        }
        notes += originDays.flatMap { notesAt[$0] ?? [] }

        notes += Backtest.outcomeNotes(results, outcomes: config.outcomes)
        emptyReason = Backtest.emptyReason(results, leftOut: leftOut,
                                           firstArrest: records.reports.first { $0.kind == .arrests }?.firstDate, dataEnd: dataEnd)
        let stability = Backtest.stability(results, sizes: config.listSizes)
        if config.bootstrapReplicates > 0, !results.isEmpty {
            progress("bootstrap: \(config.bootstrapReplicates) replicates, persons resampled across \(results.count) origins")
        }
        let resampled = ClusterBootstrap(results, passes: passes, sizes: config.listSizes, replicates: config.bootstrapReplicates,
                                         generator: Bootstrap.generator(seed: config.seed, stream: 0),
                                         personCount: context.personCount, population: Double(population), progress: progress)
        results = resampled.origins
        let pooled = resampled.pooled
        let finalDays = OriginSchedule.training(for: dataEnd, outcomeWindow: config.outcomeWindow, step: config.trainingStep,
                                                count: config.trainingOrigins, earliest: earliest)
        try buildSnapshots(finalDays, role: "training")
        // The current models are the ones to use for a list: fitted and demographic, not the ablations.
        let current = try fitModels(finalDays.map { cache[$0]! }, kinds: [.demographic, .fitted])
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
        ablation = resampled.ablation
        self.population = population
        finalModels = file
        self.notes = notes
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

    /// Every entry's metrics on the whole population (intervals come from ``ClusterBootstrap``),
    /// calibration deciles, capture curve and disparity cells.
    static func evaluate(_ passes: EntryPasses, snapshot: OriginSnapshot, sizes: [ListSize], population: Double = 0) -> [Evaluation] {
        let n = snapshot.count, entries = passes.entries
        let ones = [UInt32](repeating: 1, count: n)
        let unscored = snapshot.unscoredOutcomePersons.mapValues { Double($0.count) }
        let components = passes.components(weights: ones, unscored: unscored, population: population, sizes: sizes)
        let curves = passes.components(weights: ones, unscored: unscored, sizes: curveShares.map(ListSize.share), squaredErrors: false)
        let groupings = DisparityCell.Grouping.all(snapshot.attributes)
        let ks = sizes.map { $0.count(outOf: n) }
        return entries.enumerated().map { e, entry in
            let c = components[e]
            return Evaluation(
                model: entry.model, outcome: entry.outcome, components: c,
                metrics: MetricValue.table(c, model: entry.model, sizes: sizes, samples: []),
                calibration: !entry.model.isAudited ? [] : CalibrationBin.deciles(entry.ranked, outcome: entry.happened),
                curve: curves[e],
                disparity: !entry.model.isAudited ? [] : ks.map {
                    DisparityCell.cells(groupings, inclusion: entry.ranked.inclusion($0), outcome: entry.happened)
                })
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
