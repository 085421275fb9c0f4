import FocusNetGraph
import FocusNetScoring

/// Everything a backtest needs from one origin D, rebuilt from records dated ≤ D only.
///
/// The network, groups, features, exposure, scores and eligibility come from
/// ``Ranking/init(records:asOf:configuration:context:stage:)`` as of D (records in
/// `(D − lookback, D]`, nothing dated after D) with
/// `eligibility.useCurrentStatus = false` (the persons file's custody status is end-of-data
/// information). Custody periods and deaths count as of D. Outcomes are read from the window
/// (D, D + W] only.
///
/// The **scored people** are the network's people at D (``Ranking/persons``) minus those dead
/// by D (a fatal victimization dated ≤ D). People in custody at D stay scored: a list drawn up
/// at D would rank them (and exclude them from the call-in), and they can be shot or released
/// within the window. Per-person arrays have shape `[n]` over the scored people, in person-index
/// order.
public struct OriginSnapshot: Sendable {
    /// D, the as-of date of the rebuild.
    public let origin: CalendarDay
    /// `(D, D + W]`, where the outcomes are counted.
    public let outcomeWindow: OutcomeWindow
    /// Person index of each scored person, increasing.
    public private(set) var persons: [Int32]
    /// What every compared model reads about each scored person at D (shape `[n]`).
    public private(set) var inputs: ModelInputs
    /// Outcome of each scored person, for each outcome kind asked for.
    public private(set) var outcomes: [OutcomeKind: [Bool]]
    /// Attributes of each scored person for the disparity audit, as known at D.
    public private(set) var attributes: AuditAttributes
    /// Everyone in the records with the outcome in the window, scored or not.
    public let outcomePersonsAll: [OutcomeKind: Int]
    /// Person indices with the outcome in the window who were not scored at D (outside the
    /// network, or dead by D), increasing: on no list, yet in capture's denominator — capture is a
    /// share of *all* the people shot in the window (Green, Horel & Papachristos 2017).
    public let unscoredOutcomePersons: [OutcomeKind: [Int32]]
    /// One-step neighbours among the scored people (indices into ``persons``), shape `[n]`; empty
    /// lists unless the snapshot was built `withNeighbors` (only the intervention report reads them).
    public private(set) var neighbors: [[Int32]]
    /// People in the network at D, before the dead are removed.
    public let networkPeople: Int
    /// Network people dead by D, not scored.
    public let deceasedExcluded: Int
    /// Scored people in custody at D (by the dated custody periods).
    public private(set) var inCustody: Int

    /// Rebuilds the origin.
    /// - Parameters:
    ///   - configuration: scoring settings; its window policy is applied at `origin`, and
    ///     ``EligibilityPolicy/useCurrentStatus`` is set to false.
    ///   - outcomeWindow: W; outcomes are counted in `(origin, origin + W]`.
    ///   - withNeighbors: keep ``neighbors`` (every tie of the combined network, group pairs
    ///     included: a tenth of a city backtest's memory per origin when nothing reads them).
    ///   - withAttributes: build ``attributes`` for the disparity audit (else they hold nobody:
    ///     a list model's training origins are not audited, and a state's are 230 MB).
    /// - Throws: ``IGraphError`` from the centralities.
    /// - Complexity: that of ``Ranking`` plus O(rows of the outcome files).
    public init(records: RecordSet, context: ScoringContext, configuration: RankConfiguration, origin: CalendarDay,
                outcomeWindow: CalendarPeriod, outcomes kinds: [OutcomeKind], withNeighbors: Bool = true,
                withAttributes: Bool = true) throws {
        var configuration = configuration
        configuration.eligibility.useCurrentStatus = false
        configuration.omitsUnusedPageRank = true   // no model reads it
        var ranking: Ranking! = try Ranking(records: records, asOf: origin, configuration: configuration, context: context)
        let known = ranking.windows.isKnown
        var dead = Set<Int32>()
        for v in context.victimizations where v.fatal && known(v.day) { dead.insert(v.person) }
        let nodes = ranking.persons.indices.filter { !dead.contains(ranking.persons[$0]) }
        self.origin = origin
        self.outcomeWindow = OutcomeWindow(origin: origin, length: outcomeWindow)
        persons = nodes.map { ranking.persons[$0] }
        // Everything read from the ranking first, so that its network can be freed before the
        // inputs, outcomes and attributes are built (at state scale the network is ≈ 1.5 GiB and
        // the inputs ≈ 0.75 GiB: together they took a fitted state rank past 3 GiB).
        let source = ModelInputs.Source(ranking, context: context)
        var index = [Int32](repeating: -1, count: ranking.persons.count)
        for (i, v) in nodes.enumerated() { index[v] = Int32(i) }
        neighbors = withNeighbors
            ? nodes.map { v in ranking.social.combined.neighbors(of: v).compactMap { index[Int($0)] >= 0 ? index[Int($0)] : nil } }
            : Array(repeating: [], count: nodes.count)
        networkPeople = ranking.persons.count
        deceasedExcluded = ranking.persons.count - nodes.count
        inCustody = nodes.filter { ranking.eligibility.status[$0] == .excluded(.inCustody) }.count
        ranking = nil
        inputs = ModelInputs(source: source, context: context, nodes: nodes)
        var outcomes: [OutcomeKind: [Bool]] = [:], all: [OutcomeKind: Int] = [:], unscored: [OutcomeKind: [Int32]] = [:]
        var scored = [Bool](repeating: false, count: records.personIDs.count)
        for p in persons { scored[Int(p)] = true }
        for kind in kinds {
            let happened = self.outcomeWindow.happened(kind, records: records, context: context)
            outcomes[kind] = persons.map { happened[Int($0)] }
            all[kind] = happened.filter { $0 }.count
            unscored[kind] = happened.indices.filter { happened[$0] && !scored[$0] }.map(Int32.init)
        }
        self.outcomes = outcomes
        outcomePersonsAll = all
        unscoredOutcomePersons = unscored
        attributes = withAttributes
            ? AuditAttributes(persons: persons, inputs: inputs, records: records, context: context, asOf: origin, known: known)
            : AuditAttributes(persons: [], inputs: inputs.subset([]), records: records, context: context, asOf: origin, known: known)
    }

    /// n, the number of scored people.
    public var count: Int { persons.count }

    /// The same origin restricted to the scored people at `indices` (e.g. without the people an
    /// intervention log marks as notified). Neighbour lists are re-indexed; network counts stay.
    /// - Complexity: O(n + ties).
    func subset(_ indices: [Int]) -> OriginSnapshot {
        var x = self
        var index = [Int32](repeating: -1, count: count)
        for (i, v) in indices.enumerated() { index[v] = Int32(i) }
        x.persons = indices.map { persons[$0] }
        x.inputs = inputs.subset(indices)
        x.outcomes = outcomes.mapValues { y in indices.map { y[$0] } }
        x.attributes = attributes.subset(indices)
        x.neighbors = indices.map { v in neighbors[v].compactMap { index[Int($0)] >= 0 ? index[Int($0)] : nil } }
        return x
    }
}
