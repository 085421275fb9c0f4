/// One ranking with up to four outcomes of its people laid out in list order, so that the
/// metric components of every outcome under one set of weights (a bootstrap replicate) come
/// from a single pass that reads the list and the outcome bits in sequence; the weights are the
/// only lookup by person.
///
/// The baseline models rank once for every outcome, so a city backtest's 24 (model, outcome)
/// lists are 12 passes; the pass was 72% of a city backtest when each list made its own with a
/// lookup of the outcome and 8-byte weights per person.
struct RankedOutcomes: Sendable {
    /// The most outcomes one pass carries.
    static let capacity = 4

    /// The ranking.
    let ranked: RankedScores
    /// `ranked.order` in 32 bits. Shape `[n]`.
    let order: [UInt32]
    /// Bit s set when outcome s happened to the person at that place of the list. Shape `[n]`.
    let bits: [UInt8]
    /// How many outcomes the bits carry (1…``capacity``).
    let outcomes: Int

    /// Lays out `outcomes` (each shape `[n]`, person order) in the order of `ranked`.
    /// - Complexity: O(n × outcomes).
    init(_ ranked: RankedScores, outcomes: [[Bool]]) {
        precondition((1...RankedOutcomes.capacity).contains(outcomes.count), "1 to \(RankedOutcomes.capacity) outcomes per pass")
        precondition(outcomes.allSatisfy { $0.count == ranked.count }, "one outcome per scored person")
        precondition(ranked.count < Int(UInt32.max), "more people than 32-bit indices hold")
        self.ranked = ranked
        order = ranked.order.map { UInt32(truncatingIfNeeded: $0) }
        bits = ranked.order.map { i in
            var b: UInt8 = 0
            for (s, outcome) in outcomes.enumerated() where outcome[i] { b |= 1 << s }
            return b
        }
        self.outcomes = outcomes.count
    }

    /// The weight N and the outcome persons P of each outcome under `weights` (shape `[n]`,
    /// person order): the population totals every pass of one replicate shares. `positives[o]`
    /// lists the people with outcome o (their indices).
    /// - Complexity: O(n + Σ P).
    static func totals(positives: [[Int]], weights: [UInt32]) -> (people: Int, positives: [Int]) {
        var people = 0
        for w in weights { people &+= Int(w) }
        return (people, positives.map { list in list.reduce(0) { $0 + Int(weights[$1]) } })
    }

    /// The components of each outcome (without the squared error) when person i counts
    /// `weights[i]` times, given the totals from ``totals(positives:weights:)``.
    ///
    /// Each list size's expected outcome persons are kept as an exact integer for the tie
    /// groups wholly inside the list plus the share of the one group its end cuts, which is the
    /// sum ``MetricComponents`` defines; so a pass costs O(n + sizes), not O(n × sizes).
    /// - Parameters:
    ///   - weights: shape `[n]`, person order.
    ///   - people: N, the total weight.
    ///   - positives: P of each outcome, in bit order.
    ///   - sizes: list sizes, taken of N.
    /// - Returns: one value per outcome, in bit order.
    /// - Complexity: O(n + sizes log sizes + sizes × outcomes).
    func components(weights: [UInt32], people: Int, positives: [Int], sizes: [ListSize]) -> [MetricComponents] {
        precondition(weights.count == ranked.count && positives.count == outcomes, "one weight per person, one total per outcome")
        let ks = sizes.map { $0.count(outOf: people) }
        let byLength = ks.indices.sorted { ks[$0] < ks[$1] || (ks[$0] == ks[$1] && $0 < $1) }
        let sortedKs = byLength.map { ks[$0] }
        let longest = sortedKs.last ?? 0
        let m = outcomes, sizeCount = ks.count
        // Per outcome: whole-group outcome persons entering at each sorted size, and the share of
        // the group each size's end cuts.
        var entering = [Int](repeating: 0, count: m * (sizeCount + 1))
        var cut = [Double](repeating: 0, count: m * sizeCount)
        var concordance = [Double](repeating: 0, count: m), precisionSum = [Double](repeating: 0, count: m)
        var positivesAbove = SIMD4<Int64>(), negativesAbove = SIMD4<Int64>()
        let used = RankedOutcomes.laneMasks[(1 << m) - 1]
        var negatives = SIMD4<Int64>()
        for s in 0..<m { negatives[s] = Int64(people - positives[s]) }
        var above = 0, open = 0
        var nextLength = sortedKs.first ?? Int.max   // sortedKs[open], or Int.max past the last
        var start = 0
        order.withUnsafeBufferPointer { order in
            bits.withUnsafeBufferPointer { bits in
                weights.withUnsafeBufferPointer { weights in
                    RankedOutcomes.laneMasks.withUnsafeBufferPointer { lanes in
                        ranked.groupEnds.withUnsafeBufferPointer { ends in
                            for end in ends {
                                var g: Int64 = 0
                                var p = SIMD4<Int64>()
                                if ends.count == 1 {   // everyone tied (the random list): the totals
                                    g = Int64(people)
                                    for s in 0..<m { p[s] = Int64(positives[s]) }
                                } else {
                                    for position in start..<end {
                                        let w = Int64(weights[Int(order[position])])
                                        g &+= w
                                        p &+= SIMD4(repeating: w) & lanes[Int(bits[position])]
                                    }
                                }
                                start = end
                                guard g > 0 else { continue }
                                if p == SIMD4() {
                                    // No outcome person in the group: only the negatives move (the
                                    // other sums would add exact zeros).
                                    negativesAbove &+= SIMD4(repeating: g) & used
                                } else {
                                    let gi = Int(g)
                                    var full = open
                                    if above < longest {
                                        while full < sizeCount && sortedKs[full] < above + gi { full += 1 }
                                    }
                                    for s in 0..<m {
                                        let ps = Int(p[s]), n = gi - ps
                                        guard ps > 0 else { continue }
                                        if above < longest {
                                            for t in open..<full {
                                                cut[s * sizeCount + t] = Double(sortedKs[t] - above) * Double(ps) / Double(gi)
                                            }
                                            entering[s * (sizeCount + 1) + full] += ps
                                        }
                                        concordance[s] += Double(ps) * (Double(Int(negatives[s] - negativesAbove[s]) - n) + 0.5 * Double(n))
                                        precisionSum[s] += Double(ps) * MetricComponents.expectedPrecision(
                                            above: above, positivesAbove: Int(positivesAbove[s]), tied: gi, tiedPositives: ps)
                                    }
                                    positivesAbove &+= p
                                    negativesAbove &+= (SIMD4(repeating: g) &- p) & used
                                }
                                above += Int(g)
                                if above >= nextLength {
                                    while open < sizeCount && sortedKs[open] <= above { open += 1 }
                                    nextLength = open < sizeCount ? sortedKs[open] : Int.max
                                }
                            }
                        }
                    }
                }
            }
        }
        return (0..<m).map { s in
            var c = MetricComponents(lists: sizeCount, probabilistic: false)
            c.people = Double(people)
            c.positives = Double(positives[s])
            c.pairs = Double(positives[s]) * Double(people - positives[s])
            c.listLengths = ks.map(Double.init)
            var inside = 0
            for t in 0..<sizeCount {
                inside += entering[s * (sizeCount + 1) + t]
                c.truePositives[byLength[t]] = Double(inside) + cut[s * sizeCount + t]
            }
            c.concordance = concordance[s]
            c.precisionSum = precisionSum[s]
            return c
        }
    }

    /// For each 4-bit outcome pattern, all-ones in the lanes of the outcomes it holds.
    private static let laneMasks: [SIMD4<Int64>] = (0..<16).map { b in
        SIMD4((0..<4).map { b & (1 << $0) != 0 ? -1 : 0 })
    }
}
