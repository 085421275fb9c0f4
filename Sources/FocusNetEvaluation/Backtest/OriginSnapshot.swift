import FocusNetGraph
import FocusNetScoring

/// Everything a backtest needs from one origin D, rebuilt from records dated ≤ D only.
///
/// The network, groups, features, exposure, scores and eligibility come from
/// ``Ranking/init(records:context:configuration:)`` with the observation window moved to D and
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
    public let origin: CalendarDay
    public let outcomeWindow: OutcomeWindow
    /// Person index of each scored person, increasing.
    public private(set) var persons: [Int32]
    public private(set) var inputs: ModelInputs
    /// Outcome of each scored person, for each outcome kind asked for.
    public private(set) var outcomes: [OutcomeKind: [Bool]]
    public private(set) var attributes: AuditAttributes
    /// Everyone in the records with the outcome in the window, scored or not (victims outside
    /// the network at D are not in any list's denominator: compare with the scored ones).
    public let outcomePersonsAll: [OutcomeKind: Int]
    /// One-step neighbours among the scored people (indices into ``persons``), shape `[n]`.
    public private(set) var neighbors: [[Int32]]
    /// People in the network at D, before the dead are removed.
    public let networkPeople: Int
    /// Network people dead by D, not scored.
    public let deceasedExcluded: Int
    /// Scored people in custody at D (by the dated custody periods).
    public private(set) var inCustody: Int

    /// Rebuilds the origin.
    /// - Parameters:
    ///   - configuration: scoring settings; its window's lookback and as-of-day convention are
    ///     kept, its as-of date replaced by `origin`.
    /// - Throws: ``IGraphError`` from the centralities.
    /// - Complexity: that of ``Ranking`` plus O(rows of the outcome files).
    public init(records: RecordSet, context: ScoringContext, configuration: RankConfiguration, origin: CalendarDay,
                outcomeWindow: CalendarPeriod, outcomes kinds: [OutcomeKind]) throws {
        var configuration = configuration
        configuration.eligibility.useCurrentStatus = false
        let ranking = try Ranking(records: records, asOf: origin, configuration: configuration, context: context)
        let known = ranking.windows.isKnown
        var dead = Set<Int32>()
        for v in context.victimizations where v.fatal && known(v.day) { dead.insert(v.person) }
        let nodes = ranking.persons.indices.filter { !dead.contains(ranking.persons[$0]) }
        self.origin = origin
        self.outcomeWindow = OutcomeWindow(origin: origin, length: outcomeWindow)
        persons = nodes.map { ranking.persons[$0] }
        inputs = ModelInputs(ranking: ranking, context: context, nodes: nodes)
        var outcomes: [OutcomeKind: [Bool]] = [:], all: [OutcomeKind: Int] = [:]
        for kind in kinds {
            let happened = self.outcomeWindow.happened(kind, records: records, context: context)
            outcomes[kind] = persons.map { happened[Int($0)] }
            all[kind] = happened.filter { $0 }.count
        }
        self.outcomes = outcomes
        outcomePersonsAll = all
        attributes = AuditAttributes(persons: persons, inputs: inputs, records: records, context: context, asOf: origin,
                                     known: known)
        var index = [Int32](repeating: -1, count: ranking.persons.count)
        for (i, v) in nodes.enumerated() { index[v] = Int32(i) }
        neighbors = nodes.map { v in ranking.adjacency.neighbors(of: v).compactMap { index[Int($0)] >= 0 ? index[Int($0)] : nil } }
        networkPeople = ranking.persons.count
        deceasedExcluded = ranking.persons.count - nodes.count
        inCustody = nodes.filter { ranking.eligibility.status[$0] == .excluded(.inCustody) }.count
    }

    public var count: Int { persons.count }

    /// The same origin restricted to the scored people at `indices` (e.g. without the people an
    /// intervention log marks as notified). Neighbour lists are re-indexed; network counts stay.
    /// - Complexity: O(n + ties).
    public func subset(_ indices: [Int]) -> OriginSnapshot {
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
