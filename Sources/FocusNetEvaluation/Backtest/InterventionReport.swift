/// A descriptive comparison of outcomes after an origin for notified people, their one-step
/// peers, and scored people of similar rank who were neither.
///
/// People are put in bands of their composite rank at D (mid-rank of their tie group over the
/// scored people: top 1%, 1–5%, 5–10%, 10–25%, 25–50%, 50–100%); within each band the outcome
/// rate of the notified is set beside that of the comparison group. The band-standardized
/// comparison rate is Σ_b notified_b × rate_b(comparison) / Σ_b notified_b: what the notified
/// would show if they fared like unnotified people of their rank.
///
/// This is not an effect estimate: who is notified is chosen (often for the very risk the
/// outcome measures), notification may change how people are policed and recorded, peers share
/// risk with the notified person, and the groups are small.
///
/// Outcomes are those of the backtest: dated in `(D, D + W]` after the origin D; notification
/// is judged in `(D − within, D]` (``InterventionLog/notified(at:within:persons:)``).
public struct InterventionReport: Sendable {
    /// The people of one group in one rank band, and how many of them had the outcome.
    public struct Cell: Sendable, Equatable {
        /// The rank band's label (one of ``InterventionReport/bands``, or `all` for totals).
        public let band: String
        /// `notified`, `peer` (a one-step neighbour of a notified person, not notified) or `comparison`.
        public let group: String
        /// People in the cell (a count).
        public let people: Int
        /// People in the cell with the outcome (a count).
        public let positives: Int
        /// positives / people, a share; NaN for an empty cell.
        public var rate: Double { people > 0 ? Double(positives) / Double(people) : .nan }
    }

    /// The rank bands: a label and the upper bound of the mid-rank share of the scored people.
    public static let bands: [(label: String, upTo: Double)] = [
        ("top 1%", 0.01), ("1-5%", 0.05), ("5-10%", 0.10), ("10-25%", 0.25), ("25-50%", 0.50), ("50-100%", 1.0),
    ]
    /// The three groups compared within each band, in ``cells`` order.
    public static let groups = ["notified", "peer", "comparison"]

    /// The outcome counted.
    public let outcome: OutcomeKind
    /// Band-major, then group in ``groups`` order.
    public let cells: [Cell]

    /// - Parameters:
    ///   - composite: the ranking score of each scored person.
    ///   - notified: shape `[n]`.
    ///   - neighbors: one-step neighbours among the scored people.
    /// - Complexity: O(n log n + ties).
    init(outcome: OutcomeKind, composite: RankedScores, notified: [Bool], neighbors: [[Int32]], happened: [Bool]) {
        let n = composite.count
        var band = [Int](repeating: 0, count: n)
        var start = 0
        for end in composite.groupEnds {
            let mid = Double(start + end + 1) / 2 / Double(max(n, 1))
            let b = InterventionReport.bands.firstIndex { mid <= $0.upTo } ?? InterventionReport.bands.count - 1
            for position in start..<end { band[composite.order[position]] = b }
            start = end
        }
        var peer = [Bool](repeating: false, count: n)
        for i in 0..<n where notified[i] { for j in neighbors[i] where !notified[Int(j)] { peer[Int(j)] = true } }
        var people = [[Int]](repeating: [0, 0, 0], count: InterventionReport.bands.count), positives = people
        for i in 0..<n {
            let g = notified[i] ? 0 : (peer[i] ? 1 : 2)
            people[band[i]][g] += 1
            if happened[i] { positives[band[i]][g] += 1 }
        }
        self.outcome = outcome
        cells = InterventionReport.bands.indices.flatMap { b in
            (0..<3).map { g in
                Cell(band: InterventionReport.bands[b].label, group: InterventionReport.groups[g], people: people[b][g], positives: positives[b][g])
            }
        }
    }

    /// Totals of one group over the bands (band `all`).
    /// - Complexity: O(cells).
    public func total(_ group: String) -> Cell {
        let cells = cells.filter { $0.group == group }
        return Cell(band: "all", group: group, people: cells.map(\.people).reduce(0, +), positives: cells.map(\.positives).reduce(0, +))
    }

    /// Σ_b notified_b × rate_b(comparison) / Σ_b notified_b; NaN without notified people or
    /// when a band with notified people has no comparison people.
    /// - Complexity: O(bands × cells).
    public var standardizedComparisonRate: Double {
        var expected = 0.0, notified = 0
        for label in InterventionReport.bands.map(\.label) {
            let n = cells.first { $0.band == label && $0.group == "notified" }!.people
            guard n > 0 else { continue }
            let comparison = cells.first { $0.band == label && $0.group == "comparison" }!
            guard comparison.people > 0 else { return .nan }
            expected += Double(n) * comparison.rate
            notified += n
        }
        return notified > 0 ? expected / Double(notified) : .nan
    }
}
