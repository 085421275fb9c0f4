import FocusNetScoring

/// The risk band a person's score is shown as, instead of its digits: where the person stands
/// among everyone scored by the score that orders the list (the fitted probability, or the
/// composite when the composite orders it).
///
/// With r the number of people scored strictly higher plus one (people tied share the better
/// band) and n the people scored, the share r / n decides: at most 0.1% → very high, at most 1%
/// → high, at most 5% → elevated, else below elevated. Exact values stay in `scores.csv`.
public enum RiskBand: String, Sendable, CaseIterable, Codable {
    /// The top 0.1% of the people scored.
    case veryHigh = "very_high"
    /// The top 1%, below very high.
    case high
    /// The top 5%, below high.
    case elevated
    /// Below the top 5%: listed for another reason (group coverage, a small region).
    case below = "below_elevated"

    /// The upper share of each band, highest band first (0.1%, 1%, 5%).
    public static let cuts: [(band: RiskBand, share: Double)] = [(.veryHigh, 0.001), (.high, 0.01), (.elevated, 0.05)]

    /// The band of the r-th highest score of n.
    /// - Parameters:
    ///   - rank: people scored strictly higher, plus one (1...n).
    ///   - of: people scored, n ≥ 1.
    /// - Complexity: O(1).
    public init(rank: Int, of count: Int) {
        let share = Double(rank) / Double(max(count, 1))
        self = RiskBand.cuts.first { share <= $0.share }?.band ?? .below
    }

    /// The band's name to read aloud.
    public func label(_ language: Language) -> String {
        let key: MessageKey = switch self {
        case .veryHigh: .bandVeryHigh
        case .high: .bandHigh
        case .elevated: .bandElevated
        case .below: .bandBelow
        }
        return language.text(key)
    }
}

/// Ranks for bands: each score's count of strictly higher scores, plus one.
struct BandRanks {
    /// The scores, highest first.
    private let descending: [Double]

    /// - Complexity: O(n log n).
    init(_ scores: [Double]) { descending = scores.sorted(by: >) }

    /// The band of `score` among the scores.
    /// - Complexity: O(log n).
    func band(_ score: Double) -> RiskBand {
        var low = 0, high = descending.count   // first index whose value is not above `score`
        while low < high {
            let mid = (low + high) / 2
            if descending[mid] > score { low = mid + 1 } else { high = mid }
        }
        return RiskBand(rank: low + 1, of: descending.count)
    }
}
