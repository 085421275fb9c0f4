import FocusNetGraph

/// Draws an index with probability proportional to its weight in O(1): Walker's alias method
/// with Vose's stable construction.
///
/// Walker, "An efficient method for generating discrete random variables with general
/// distributions", ACM TOMS 3(3) 1977, doi:10.1145/355744.355749; Vose, IEEE TSE 17(9) 1991,
/// doi:10.1109/32.92917. Flat arrays only: `8n` bytes of probabilities and `4n` of aliases.
struct AliasSampler {
    private var probability: [Double]
    private var alias: [Int32]

    var count: Int { probability.count }

    /// Builds the table. - Precondition: at least one weight, all finite and ≥ 0, sum > 0.
    /// - Complexity: O(n) time and memory.
    init(weights: [Double]) {
        let n = weights.count
        let total = weights.reduce(0, +)
        precondition(n > 0 && n < Int(Int32.max) && total > 0 && total.isFinite, "alias table needs positive weights")
        probability = [Double](repeating: 0, count: n)
        alias = [Int32](repeating: 0, count: n)
        var scaled = weights.map { $0 * Double(n) / total }
        var small = [Int32](), large = [Int32]()
        small.reserveCapacity(n); large.reserveCapacity(n)
        for i in 0..<n { if scaled[i] < 1 { small.append(Int32(i)) } else { large.append(Int32(i)) } }
        while let s = small.last, let l = large.last {
            small.removeLast()
            probability[Int(s)] = scaled[Int(s)]
            alias[Int(s)] = l
            scaled[Int(l)] = (scaled[Int(l)] + scaled[Int(s)]) - 1
            if scaled[Int(l)] < 1 { large.removeLast(); small.append(l) }
        }
        for i in large { probability[Int(i)] = 1 }
        for i in small { probability[Int(i)] = 1 }   // only rounding leftovers
    }

    /// One index, drawn with probability weight[i] / Σ weight. - Complexity: O(1).
    func sample(_ random: inout Xoshiro256StarStar) -> Int {
        let column = random.below(probability.count)
        return random.uniform() < probability[column] ? column : Int(alias[column])
    }
}
