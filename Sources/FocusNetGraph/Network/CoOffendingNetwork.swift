import Foundation

/// The co-offending network: persons tied by the arrests they share.
///
/// The one-mode projection of the person–arrest bipartite graph (B Bᵀ without the diagonal;
/// Newman 2001, "Scientific collaboration networks. II.", Phys. Rev. E 64, 016132,
/// doi:10.1103/PhysRevE.64.016132): two persons are tied when they were arrested together at
/// least once in the window; the tie strength is the number of **distinct** arrests they share —
/// with ``ProjectionOptions`` a mass event's ties are down-weighted by 1/(k − 1) or left out, and
/// old arrests may decay. A person listed twice on one arrest counts once; there are no
/// self-loops; persons arrested only alone stay in the network as isolates.
///
/// Only arrest rows dated in the window `(D − lookback, D]` are read (``ObservationWindow``):
/// nothing dated after the as-of date D enters the network.
///
/// Nodes are numbered `0..<n` in increasing person index; ``persons`` maps them back.
public struct CoOffendingNetwork: Sendable {
    /// The window the arrests were taken from, `(D − lookback, D]`.
    public let window: ObservationWindow
    /// How shared arrests became tie strength.
    public let options: ProjectionOptions
    /// Arrests in the window with more than `options.massEventSize` persons.
    public let massEvents: Int
    /// Ties on node indices; ``WeightedGraph/weights`` are shared-arrest counts (after the
    /// mass-event rule and decay of ``options``, plus the weights of given ties).
    public let graph: WeightedGraph
    /// Person index (into ``RecordSet/personIDs``) of each node, increasing.
    public let persons: [Int32]
    /// Distinct arrests of each node within the window. Shape `[n]`.
    public let arrestCounts: [Int]
    /// Date of each node's latest arrest within the window, `nil` for a node known only from
    /// given ties or the roster. Shape `[n]`.
    public let latestArrest: [CalendarDay?]

    /// Builds the network of `arrests` seen in `window`.
    /// - Parameters:
    ///   - arrests: the arrest rows (``RecordSet/arrests``); rows dated outside `window` are skipped.
    ///   - personCount: the number of persons in the person index (``RecordSet/personIDs``).
    ///   - window: `(D − lookback, D]`; a tie's decay age is counted in days to D.
    ///   - options: mass-event rule and decay; default: mass events over 10 persons down-weighted.
    ///   - ties: ties given directly (``TieTable``), added to the projection's ties with
    ///     their weights; a dated tie counts only when its date is in `window`, an undated tie is
    ///     in every window; its ends become nodes. A pair's rows in the window add up, or under
    ///     ``TieDuplicates/max`` give their largest weight (then added to the shared arrests').
    ///   - roster: persons who are nodes even with no tie in the window (``RecordSet/roster``:
    ///     the persons file of a network given as ties); they are isolates unless tied.
    /// - Complexity: O(r log r + Σₐ kₐ² log(Σₐ kₐ²)) time for r rows and kₐ persons on arrest a;
    ///   memory O(r + Σₐ kₐ²) for the pair list.
    public init(arrests: ArrestTable, personCount: Int, window: ObservationWindow, options: ProjectionOptions = .init(),
                ties given: TieTable? = nil, roster: [Int32] = []) {
        self.window = window
        self.options = options
        // (arrest, person) pairs in the window, each once; the newest date of each arrest.
        var pairs = [UInt64]()
        var latest = [Int32](repeating: .min, count: personCount)
        var arrestDay = [Int32](repeating: .min, count: arrests.arrestCount)
        for row in 0..<arrests.rowCount where window.contains(arrests.day[row]) {
            let p = Int(arrests.person[row]), a = Int(arrests.arrest[row])
            pairs.append(UInt64(UInt32(a)) << 32 | UInt64(UInt32(p)))
            latest[p] = max(latest[p], arrests.day[row].daysSinceEpoch)
            arrestDay[a] = max(arrestDay[a], arrests.day[row].daysSinceEpoch)
        }
        pairs.sort()
        pairs = pairs.uniqued()

        var isNode = latest.map { $0 != .min }
        for p in roster { isNode[Int(p)] = true }
        var givenTies = [(Int32, Int32, Double)]()
        if let given {
            for row in 0..<given.rowCount where given.day[row].map(window.contains) ?? true {
                isNode[Int(given.source[row])] = true
                isNode[Int(given.target[row])] = true
                givenTies.append((given.source[row], given.target[row], given.weight[row]))
            }
            if given.duplicates == .max { givenTies = givenTies.largestPerPair() }
        }
        var node = [Int32](repeating: -1, count: personCount)
        var persons = [Int32]()
        for p in 0..<personCount where isNode[p] {
            node[p] = Int32(persons.count)
            persons.append(Int32(p))
        }
        var counts = [Int](repeating: 0, count: persons.count)
        var ties = [(UInt64, Double)]()
        var massEvents = 0
        var start = 0
        while start < pairs.count {
            var end = start + 1
            while end < pairs.count, pairs[end] >> 32 == pairs[start] >> 32 { end += 1 }
            for i in start..<end { counts[Int(node[Int(pairs[i] & 0xFFFF_FFFF)])] += 1 }
            let size = end - start
            var weight = 1.0
            if size > options.massEventSize {
                massEvents += 1
                switch options.massEventPolicy {
                case .keep: break
                case .downweight: weight = 1 / Double(size - 1)
                case .exclude: weight = 0
                }
            }
            if let halfLife = options.tieHalfLifeDays {
                let age = Double(window.asOf.daysSinceEpoch - arrestDay[Int(pairs[start] >> 32)])
                weight *= pow(2, -age / halfLife)
            }
            if weight > 0 {
                for i in start..<end {
                    let a = Int(node[Int(pairs[i] & 0xFFFF_FFFF)])
                    for j in (i + 1)..<end {
                        // a < b: persons are sorted within an arrest.
                        ties.append((WeightedGraph.key(a, Int(node[Int(pairs[j] & 0xFFFF_FFFF)])), weight))
                    }
                }
            }
            start = end
        }
        for (a, b, w) in givenTies { ties.append((WeightedGraph.key(Int(node[Int(a)]), Int(node[Int(b)])), w)) }
        ties.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }   // fixed summation order
        graph = WeightedGraph(nodeCount: persons.count, sortedKeys: ties)
        self.massEvents = massEvents
        self.persons = persons
        arrestCounts = counts
        latestArrest = persons.map { latest[Int($0)] == .min ? nil : CalendarDay(daysSinceEpoch: latest[Int($0)]) }
    }
}

extension [(Int32, Int32, Double)] {
    /// One tie per pair (`source < target`) with the largest weight of its rows, in pair order.
    func largestPerPair() -> [(Int32, Int32, Double)] {
        var out: [(Int32, Int32, Double)] = []
        for tie in sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
            if let last = out.last, last.0 == tie.0, last.1 == tie.1 {
                out[out.count - 1].2 = Swift.max(last.2, tie.2)
            } else {
                out.append(tie)
            }
        }
        return out
    }
}

extension Array where Element: Equatable {
    /// Removes adjacent repeats (the array is sorted).
    func uniqued() -> [Element] {
        var out = [Element]()
        out.reserveCapacity(count)
        for x in self where out.last != x { out.append(x) }
        return out
    }
}
